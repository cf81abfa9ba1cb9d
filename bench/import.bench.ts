// GEDCOM import time for royal92.ged (3,010 persons, 1,422 families, ASCII, CRLF):
// bytes in, validated document and summary out. Target: within 1 s.
import { readFileSync } from 'node:fs';
import { importGedcom } from '../src/core/gedcom/importGedcom';
import { isMain, median, type BenchRow } from './benchRow';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../../shared/fixtures/royal92.ged', import.meta.url));
const RUNS = 9;

export async function runImportBench(): Promise<BenchRow[]> {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  importGedcom(bytes); // warm-up: the first run also compiles
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = importGedcom(bytes);
    times.push(performance.now() - t0);
    if (!result.ok || result.document.persons.length !== 3010) throw new Error('royal92.ged did not import with 3,010 persons');
  }
  return [{ name: 'GEDCOM import, royal92.ged (3,010 persons)', metric: `median of ${RUNS}`, median: Math.round(median(times)), unit: 'ms', target: '≤ 1 s' }];
}

if (isMain(import.meta.url)) {
  for (const row of await runImportBench()) console.log(`${row.name}: ${row.median} ${row.unit} (${row.metric}; target ${row.target})`);
}
