// `npm run bench`: runs every benchmark module's run…Bench(), prints one
// Markdown table of medians and targets, and writes it to bench/RESULTS.md.
// A module that is missing or fails gets a note in the table instead of
// stopping the others.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchRow } from './benchRow';
import { markdownTable, type Outcome } from './benchTable';

const MODULES: { file: string; what: string }[] = [
  { file: './layout.bench.ts', what: 'layout' },
  { file: './figure.bench.ts', what: 'figure legibility' },
  { file: './import.bench.ts', what: 'GEDCOM import' },
  { file: './chronology.bench.ts', what: 'chronology import and filtering' },
  { file: './buildScene.bench.ts', what: 'drawing' },
  { file: './export.bench.ts', what: 'export' },
  { file: './scale.bench.ts', what: 'size and long text' },
  { file: './report.bench.ts', what: 'report' },
  { file: './edit.bench.ts', what: 'edit latency' },
  { file: './startup.bench.ts', what: 'start-up time' },
  { file: './bundle.bench.ts', what: 'bundle size' },
];

async function runModule(file: string, what: string): Promise<Outcome> {
  let module: Record<string, unknown>;
  try {
    module = (await import(file)) as Record<string, unknown>;
  } catch (error) {
    const missing = error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${(error as { code?: string }).code ?? ''} ${error.message}`);
    return { what, note: missing ? `${file.slice(2)} is not there yet` : `${file.slice(2)} failed to load: ${String(error)}` };
  }
  const runners = Object.entries(module).filter(([name, value]) => /^run\w*Bench$/.test(name) && typeof value === 'function');
  if (runners.length === 0) return { what, note: `${file.slice(2)} exports no run…Bench() function` };
  const rows: BenchRow[] = [];
  for (const [name, run] of runners) {
    try {
      rows.push(...(await (run as () => Promise<BenchRow[]>)()));
    } catch (error) {
      return { what, note: `${name}() failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { what, rows };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const outcomes: Outcome[] = [];
  for (const { file, what } of MODULES) {
    if (only.length && !only.some((o) => file.includes(o))) continue;
    console.log(`Running the ${what} benchmarks…`);
    outcomes.push(await runModule(file, what));
  }
  const table = markdownTable(outcomes);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`;
  const report = [
    '# Benchmark results',
    '',
    `Medians from \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${machine}).`,
    'Times are wall-clock medians of several runs; sizes are single measurements of the production build.',
    '',
    table,
    '',
  ].join('\n');
  console.log(`\n${table}\n`);
  if (only.length === 0) {
    writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
    console.log('Written to bench/RESULTS.md');
  } else {
    console.log('Partial run: bench/RESULTS.md left as it was.');
  }
}

await main();
