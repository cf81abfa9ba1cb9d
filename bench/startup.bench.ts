// Start-up time of the production build in Chromium: from navigation to the
// example family's first person drawn, and to the laid-out figure (ELK's
// answer), each in a fresh profile (empty IndexedDB, cold caches).
import { startStaticServer } from '../test/e2e/support/staticServer';
import { launchBenchChromium } from './chromium';
import { ensureBuilt } from './appBuild';
import { isMain, median, type BenchRow } from './benchRow';

const RUNS = 7;

export async function runStartupBench(): Promise<BenchRow[]> {
  ensureBuilt();
  const server = await startStaticServer('dist');
  const browser = await launchBenchChromium();
  const firstDrawn: number[] = [];
  const domReady: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      const drawnAt = await page.waitForFunction(() => (document.querySelector('[data-testid="person-node"]') ? performance.now() : false), undefined, {
        polling: 'raf',
        timeout: 60_000,
      });
      firstDrawn.push(Number(await drawnAt.jsonValue()));
      domReady.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    { name: 'start-up (production build, fresh profile)', metric: 'DOMContentLoaded', median: median(domReady), unit: 'ms' },
    { name: 'start-up (production build, fresh profile)', metric: 'first person drawn', median: median(firstDrawn), unit: 'ms', target: '≤ 1500 ms' },
  ];
}

if (isMain(import.meta.url)) {
  const rows = await runStartupBench();
  for (const row of rows) console.log(`${row.name} — ${row.metric}: median ${row.median.toFixed(0)} ${row.unit}`);
}
