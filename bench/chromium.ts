import { chromium, type Browser } from 'playwright-core';
import { execSync } from 'node:child_process';

// The same flags as the browser tests: Debian's Chromium as root, and no
// background traffic that would blur timings or the privacy picture.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBenchChromium(): Promise<Browser> {
  const executablePath = execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/bash' }).trim();
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}
