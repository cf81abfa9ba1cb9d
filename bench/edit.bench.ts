// Edit latency in Chromium on the production build: from an "add child" key press to the new
// person's node in the DOM and painted (next animation frame), for generated families of 60
// and 500 persons. The page opens the family through the test hook (?testHooks=1&fixture=…),
// which exists only with that flag.
import type { Page } from 'playwright-core';
import { startStaticServer } from '../test/e2e/support/staticServer';
import { ensureBuilt } from './appBuild';
import { isMain, median, type BenchRow } from './benchRow';
import { launchBenchChromium } from './chromium';

const SIZES = [60, 500];
const RUNS = 9;
const NODE = '[data-testid="person-node"]';

async function waitForFamily(page: Page, persons: number): Promise<void> {
  await page.waitForFunction(
    ({ persons, selector }) => {
      const hooks = (window as any).__genogramTest;
      if (document.documentElement.dataset.fixtureLoaded !== String(persons) || !hooks) return false;
      return document.querySelectorAll(selector).length === hooks.persons().length;
    },
    { persons, selector: NODE },
    { timeout: 120_000, polling: 100 },
  );
}

/**
 * One measured "add child": select a person with at most one partnership, press C, and time
 * (a) until the inspector's name field has the focus (the editor's own answer) and
 * (b) until the new person's node is in the DOM and painted (after the layout worker's answer).
 */
async function measureAddChild(page: Page, personId: string): Promise<{ inspector: number; onScreen: number }> {
  await page.evaluate((id) => (window as any).__genogramTest.select([id]), personId);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return page.evaluate(
    (selector) =>
      new Promise<{ inspector: number; onScreen: number }>((resolve, reject) => {
        const before = document.querySelectorAll(selector).length;
        const timer = setTimeout(() => reject(new Error('no new person appeared within 60 s')), 60_000);
        const t0 = performance.now();
        let inspector = Number.NaN;
        const watchFocus = () => {
          if (document.activeElement?.getAttribute('data-testid') === 'inspector-given-names') inspector = performance.now() - t0;
          else requestAnimationFrame(watchFocus);
        };
        requestAnimationFrame(watchFocus);
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(selector).length <= before) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ inspector, onScreen: performance.now() - t0 }));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, cancelable: true }));
      }),
    NODE,
  );
}

export async function runEditBench(): Promise<BenchRow[]> {
  ensureBuilt();
  const server = await startStaticServer('dist');
  const browser = await launchBenchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // tsx keeps function names with a __name() helper that the page does not have.
      await context.addInitScript('window.__name = (f) => f;');
      const page = await context.newPage();
      await page.goto(`${server.url}?testHooks=1&fixture=synthetic-${size}`);
      await waitForFamily(page, size);
      const candidates: string[] = await page.evaluate(() =>
        (window as any).__genogramTest
          .persons()
          .filter((p: { partnerships: number }) => p.partnerships <= 1)
          .map((p: { id: string }) => p.id),
      );
      if (candidates.length === 0) throw new Error(`the ${size}-person family has no one with at most one partnership`);
      const times: number[] = [];
      const inspectorTimes: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const id = candidates[(run * 7) % candidates.length]!;
        const measured = await measureAddChild(page, id);
        times.push(measured.onScreen);
        if (Number.isFinite(measured.inspector)) inspectorTimes.push(measured.inspector);
        // Let the layout settle before the next edit.
        await page.waitForFunction(() => !document.querySelector('.canvas__status[role="status"]'), undefined, { timeout: 60_000 });
      }
      rows.push({
        name: `add child, ${size}-person family (Chromium, production build)`,
        metric: 'key press to new person on screen',
        median: median(times),
        unit: 'ms',
        ...(size === 60 ? { target: '≤ 100 ms' } : {}),
      });
      if (inspectorTimes.length) {
        rows.push({
          name: `add child, ${size}-person family (Chromium, production build)`,
          metric: 'key press to name field ready (before layout)',
          median: median(inspectorTimes),
          unit: 'ms',
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = await runEditBench();
  for (const row of rows) console.log(`${row.name} — ${row.metric}: median ${row.median.toFixed(1)} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
