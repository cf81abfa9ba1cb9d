// Automatic layout (rows, order, ELK placement) for synthetic families of 50 to
// 3,000 persons and for the shared GEDCOM fixtures: time (median of several
// runs after a warm-up), peak heap, edge crossings and the layout-rule faults.
// Run alone with `npx tsx bench/layout.bench.ts`, or through `npm run bench`.
import { readFileSync } from 'node:fs';
import { importGedcom } from '../src/core/gedcom/importGedcom';
import { layoutDocument } from '../src/core/layout/layoutDocument';
import { countViolations, type LayoutViolations } from '../src/core/layout/violations';
import { syntheticFamily } from '../src/core/example/syntheticFamily';
import type { GenogramDocument } from '../src/core/model/types';
import { isMain, median, type BenchRow } from './benchRow';

interface Case {
  name: string;
  load: () => GenogramDocument;
  runs: number;
  target?: string;
}

function gedcom(file: string): () => GenogramDocument {
  return () => {
    const result = importGedcom(readFileSync(`/work/shared/fixtures/${file}`));
    if (!result.ok) throw new Error(`${file} did not import`);
    return result.document;
  };
}

const CASES: Case[] = [
  { name: 'synthetic 50', load: () => syntheticFamily(50, 1), runs: 9, target: '≤ 50 ms' },
  { name: 'synthetic 300', load: () => syntheticFamily(300, 1), runs: 7, target: '≤ 300 ms' },
  { name: 'synthetic 1,000', load: () => syntheticFamily(1000, 1), runs: 5, target: '≤ 1 s' },
  { name: 'synthetic 3,000', load: () => syntheticFamily(3000, 1), runs: 3 },
  { name: 'family2.ged', load: gedcom('family2.ged'), runs: 7 },
  { name: 'kennedy.ged', load: gedcom('kennedy.ged'), runs: 5 },
  { name: 'royal92.ged', load: gedcom('royal92.ged'), runs: 3, target: '≤ 5 s' },
];

export interface LayoutBenchDetail {
  name: string;
  persons: number;
  medianMs: number;
  peakHeapMB: number;
  violations: LayoutViolations;
  warnings: string[];
}

export async function measureLayouts(cases: Case[] = CASES): Promise<LayoutBenchDetail[]> {
  const details: LayoutBenchDetail[] = [];
  for (const c of cases) {
    const doc = c.load();
    await layoutDocument(doc); // warm-up: the first run also compiles and loads ELK
    const times: number[] = [];
    let peak = 0;
    let last;
    for (let i = 0; i < c.runs; i++) {
      const t0 = performance.now();
      last = await layoutDocument(doc);
      times.push(performance.now() - t0);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    details.push({
      name: c.name,
      persons: doc.persons.length,
      medianMs: Math.round(median(times)),
      peakHeapMB: Math.round(peak / 1024 ** 2),
      violations: countViolations(doc, last!),
      warnings: last!.warnings ?? [],
    });
  }
  return details;
}

export async function runLayoutBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const d of await measureLayouts()) {
    const c = CASES.find((x) => x.name === d.name)!;
    const v = d.violations;
    const faults = v.rowMismatch + v.partnersNotAdjacent + v.overlaps + v.partnerLinesThroughSymbols + v.siblingOrderUnmarked;
    const label = `Layout, ${d.name} (${d.persons} persons)`;
    rows.push({ name: label, metric: `time, median of ${c.runs}`, median: d.medianMs, unit: 'ms', ...(c.target ? { target: c.target } : {}) });
    rows.push({ name: label, metric: 'peak heap', median: d.peakHeapMB, unit: 'MB' });
    rows.push({ name: label, metric: 'edge crossings', median: v.edgeCrossings, unit: 'crossings' });
    rows.push({ name: label, metric: 'rule faults (rows, adjacency, overlaps, lines through symbols, unmarked birth order)', median: faults, unit: 'faults', target: '≤ 0' });
    rows.push({ name: label, metric: 'siblings out of birth order (all marked with numbers)', median: v.siblingOrder, unit: 'pairs' });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const d of await measureLayouts()) {
    console.log(`${d.name} (${d.persons} persons): ${d.medianMs} ms median, peak heap ${d.peakHeapMB} MB`);
    console.log(`  ${JSON.stringify(d.violations)}${d.warnings.length ? `\n  warnings: ${d.warnings.join(' | ')}` : ''}`);
  }
}
