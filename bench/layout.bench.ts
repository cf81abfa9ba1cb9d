// Automatic layout (rows, order, placement) for synthetic families of 50 to
// 3,000 persons and for the shared GEDCOM fixtures: time (median of several
// runs after a warm-up), peak heap, edge crossings and the layout-rule faults;
// for some, also the time with the own placement (the fallback) instead of ELK, for comparison.
// Run alone with `npx tsx bench/layout.bench.ts`, or through `npm run bench`;
// peak heap is cleaner with NODE_OPTIONS=--expose-gc.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  /** Also time the own placement (same rows and order), for comparison. */
  ownRuns?: number;
}

function gedcom(file: string): () => GenogramDocument {
  return () => {
    const result = importGedcom(readFileSync(fileURLToPath(new URL(`../../shared/fixtures/${file}`, import.meta.url))));
    if (!result.ok) throw new Error(`${file} did not import`);
    return result.document;
  };
}

const CASES: Case[] = [
  { name: 'synthetic 50', load: () => syntheticFamily(50, 1), runs: 9, target: '≤ 150 ms', ownRuns: 5 },
  { name: 'synthetic 300', load: () => syntheticFamily(300, 1), runs: 7, target: '≤ 600 ms', ownRuns: 3 },
  { name: 'synthetic 1,000', load: () => syntheticFamily(1000, 1), runs: 5, ownRuns: 3 },
  { name: 'synthetic 3,000', load: () => syntheticFamily(3000, 1), runs: 5 },
  { name: 'family2.ged', load: gedcom('family2.ged'), runs: 9 },
  { name: 'kennedy.ged', load: gedcom('kennedy.ged'), runs: 7, ownRuns: 3 },
  { name: 'royal92.ged', load: gedcom('royal92.ged'), runs: 5, target: '≤ 5 s', ownRuns: 3 },
];

export interface LayoutBenchDetail {
  name: string;
  persons: number;
  medianMs: number;
  /** Median time with the own placement, when measured. */
  ownMedianMs?: number;
  peakHeapMB: number;
  engine: string;
  violations: LayoutViolations;
  warnings: string[];
}

export async function measureLayouts(cases: Case[] = CASES): Promise<LayoutBenchDetail[]> {
  const details: LayoutBenchDetail[] = [];
  for (const c of cases) {
    const doc = c.load();
    // Without a collection first, the heap still holds the previous case's garbage
    // (ELK's especially); node exposes gc() with NODE_OPTIONS=--expose-gc.
    (globalThis as { gc?: () => void }).gc?.();
    await layoutDocument(doc); // warm-up: the first run also compiles
    const times: number[] = [];
    let peak = 0;
    let last;
    for (let i = 0; i < c.runs; i++) {
      const t0 = performance.now();
      last = await layoutDocument(doc);
      times.push(performance.now() - t0);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    let ownMedianMs: number | undefined;
    if (c.ownRuns) {
      await layoutDocument(doc, { engine: 'own' });
      const ownTimes: number[] = [];
      for (let i = 0; i < c.ownRuns; i++) {
        const t0 = performance.now();
        await layoutDocument(doc, { engine: 'own' });
        ownTimes.push(performance.now() - t0);
      }
      ownMedianMs = Math.round(median(ownTimes));
    }
    details.push({
      name: c.name,
      persons: doc.persons.length,
      medianMs: Math.round(median(times)),
      ...(ownMedianMs !== undefined ? { ownMedianMs } : {}),
      peakHeapMB: Math.round(peak / 1024 ** 2),
      engine: last!.engine ?? 'own',
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
    rows.push({ name: label, metric: `time (${d.engine}), median of ${c.runs}`, median: d.medianMs, unit: 'ms', ...(c.target ? { target: c.target } : {}) });
    if (d.ownMedianMs !== undefined) rows.push({ name: label, metric: `time with the own placement (fallback), median of ${c.ownRuns}`, median: d.ownMedianMs, unit: 'ms' });
    rows.push({ name: label, metric: 'peak heap', median: d.peakHeapMB, unit: 'MB' });
    rows.push({ name: label, metric: 'edge crossings', median: v.edgeCrossings, unit: 'crossings' });
    rows.push({ name: label, metric: 'rule faults (rows, adjacency, overlaps, lines through symbols, unmarked birth order)', median: faults, unit: 'faults', target: '≤ 0' });
    rows.push({ name: label, metric: 'siblings out of birth order (all marked with numbers)', median: v.siblingOrder, unit: 'pairs' });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const d of await measureLayouts()) {
    const elk = d.ownMedianMs !== undefined ? ` (own placement: ${d.ownMedianMs} ms)` : '';
    console.log(`${d.name} (${d.persons} persons): ${d.medianMs} ms median${elk}, peak heap ${d.peakHeapMB} MB`);
    console.log(`  ${JSON.stringify(d.violations)}${d.warnings.length ? `\n  warnings: ${d.warnings.join(' | ')}` : ''}`);
  }
}
