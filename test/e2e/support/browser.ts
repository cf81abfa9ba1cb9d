import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execSync } from 'node:child_process';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function chromiumPath(): string {
  return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/bash' }).trim();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, for the privacy tests. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile (empty IndexedDB) with the built app open and the canvas drawn. */
export async function openApp(options: { browser?: Browser; path?: string; waitForCanvas?: boolean } = {}): Promise<AppSession> {
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(inject('appUrl') + (options.path ?? ''));
  if (options.waitForCanvas !== false) await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
  return {
    browser,
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      if (!options.browser) await browser.close();
    },
  };
}
