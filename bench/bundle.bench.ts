// Sizes of what a user's browser loads: the main entry script (raw and gzip),
// all scripts, the stylesheet, the lazily loaded chunks (layout worker,
// fonts for export) and the single-file build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './appBuild';
import { isMain, type BenchRow } from './benchRow';

const KB = 1024;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export async function runBundleBench(): Promise<BenchRow[]> {
  ensureBuilt();
  const html = readFileSync('dist/index.html', 'utf8');
  const entrySrc = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entrySrc) throw new Error('dist/index.html has no module entry script');
  const entry = join('dist', entrySrc);
  const files = filesUnder('dist');
  const scripts = files.filter((f) => f.endsWith('.js'));
  const styles = files.filter((f) => f.endsWith('.css'));
  const lazy = scripts.filter((f) => f !== entry);
  const sum = (list: string[], size: (f: string) => number) => list.reduce((total, f) => total + size(f), 0);
  const rows: BenchRow[] = [
    { name: 'main bundle', metric: 'entry script, gzip', median: gzipSize(entry) / KB, unit: 'KB', target: '≤ 250 KB' },
    { name: 'main bundle', metric: 'entry script, raw', median: statSync(entry).size / KB, unit: 'KB' },
    { name: 'main bundle', metric: 'stylesheets, gzip', median: sum(styles, gzipSize) / KB, unit: 'KB' },
    { name: 'lazy chunks', metric: `${lazy.length} scripts loaded on demand (layout worker, export fonts, …), gzip`, median: sum(lazy, gzipSize) / KB, unit: 'KB' },
    { name: 'static site', metric: `all ${files.length} files, raw`, median: sum(files, (f) => statSync(f).size) / KB, unit: 'KB' },
  ];
  const single = 'dist-single/genogram-editor.html';
  if (existsSync(single)) {
    rows.push({ name: 'single-file build', metric: 'genogram-editor.html, raw', median: statSync(single).size / KB, unit: 'KB' });
    rows.push({ name: 'single-file build', metric: 'genogram-editor.html, gzip', median: gzipSize(single) / KB, unit: 'KB' });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const row of await runBundleBench()) console.log(`${row.name} — ${row.metric}: ${row.median.toFixed(1)} ${row.unit}`);
}
