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

/**
 * Playwright turns file-chooser interception on when a 'filechooser' listener is added and
 * off when the last one goes, without waiting for Chromium to take the change in. A key press
 * sent straight after `waitForEvent('filechooser')` can reach the page first; its chooser then
 * opens unintercepted and the wait never ends (the Ctrl+O misses; reproduced outside the app by
 * test/e2e/support/fileChooserRace.ts). A click loses that race almost never, as Playwright
 * checks the target first. A listener that stays for the page's life keeps interception on.
 */
export function keepFileChoosersIntercepted(page: Page): void {
  page.on('filechooser', () => {});
}

/** A fresh browser profile (empty IndexedDB) with the built app open and the canvas drawn. */
export async function openApp(options: { browser?: Browser; path?: string; waitForCanvas?: boolean } = {}): Promise<AppSession> {
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  keepFileChoosersIntercepted(page);
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
