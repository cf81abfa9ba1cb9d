// The single-file delivery: dist-single/genogram-editor.html opened straight
// from disk (file://) with the network cut off draws the example family, with
// the layout worker running from inside the file, and asks for nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';

const SINGLE = resolve('dist-single/genogram-editor.html');

/** The single file must be built from the same sources as dist/; rebuild it when older. */
function ensureSingleFile(): void {
  const fresh = existsSync(SINGLE) && existsSync('dist/index.html') && statSync(SINGLE).mtimeMs >= statSync('dist/index.html').mtimeMs;
  if (!fresh) execSync('npx tsx scripts/buildSingleFile.ts', { stdio: 'pipe', timeout: 300_000, env: { ...process.env, NODE_ENV: 'production' } });
}

describe('single-file delivery', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ensureSingleFile();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true });
    // Anything not inside the file itself is refused, as in an office with no network.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(SINGLE).href);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('is one HTML file with no reference to another file and a hash-based policy', () => {
    const html = readFileSync(SINGLE, 'utf8');
    // The markup around the inlined code (the code itself may mention tags in its strings).
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2');
    expect(markup.length).toBeLessThan(5_000);
    expect(/<script[^>]+src=/.test(markup), 'a script loaded from a file').toBe(false);
    expect(/<link[^>]+rel="(stylesheet|modulepreload)"/.test(markup), 'a stylesheet or preload link').toBe(false);
    // React's production build: the development build is several times larger and slower.
    expect(html.includes('react-stack-top-frame'), 'React development build bundled').toBe(false);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(markup)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('draws the example family from disk with no network, laid out by the worker inside the file', async () => {
    await page.waitForSelector('[data-testid="person-node"]', { timeout: 30_000 });
    // The first paint is the simple placement; the worker's answer replaces it.
    await page.waitForFunction(() => !document.querySelector('.canvas__status'), undefined, { timeout: 30_000 });
    expect(await page.locator('.canvas__status--error').count()).toBe(0);
    const labels = await page.locator('[data-testid="person-node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    const drawn = (await page.locator('.react-flow__viewport text').allTextContents()).join('').replace(/\s+/g, '');
    for (const label of labels.filter((l) => l !== 'Unnamed person')) expect(drawn).toContain(label.replace(/\s+/g, ''));
    const workers = page.workers().map((w) => w.url());
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith('blob:') || url.startsWith('data:'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
