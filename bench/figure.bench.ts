// The figure as a reader judges it (src/core/quality): counts (a)–(h) on the drawn Scene, the
// engine that placed it, the time to lay it out and the printed width at which its smallest text
// is 7 pt, for the shared fixtures, synthetic families and 60 review-shaped families (summed).
// Run alone with `npx tsx bench/figure.bench.ts`, or through `npm run bench`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildScene } from '../src/core/drawing/buildScene';
import { chooseWidth } from '../src/core/export/printSize';
import { importGedcom } from '../src/core/gedcom/importGedcom';
import { layoutDocument } from '../src/core/layout/layoutDocument';
import { syntheticFamily } from '../src/core/example/syntheticFamily';
import { exampleFamily } from '../src/core/example/exampleFamily';
import { checkLegibility } from '../src/core/quality/legibility';
import type { GenogramDocument } from '../src/core/model/types';
import { reviewFamily } from '../test/support/reviewFamilies';
import { isMain, median, type BenchRow } from './benchRow';

function gedcom(file: string): GenogramDocument {
  const result = importGedcom(readFileSync(fileURLToPath(new URL(`../../shared/fixtures/${file}`, import.meta.url))));
  if (!result.ok) throw new Error(`${file} did not import`);
  return result.document;
}

const COUNTS = [
  ['overlappingApart', '(a) collinear lines of different parts, not leaving one point'],
  ['nearParallel', '(a) near-parallel lines under a quarter symbol apart'],
  ['textOverlaps', '(b) text over text'],
  ['linesThroughText', '(c) lines through text'],
  ['linesThroughSymbols', '(d) lines through symbols'],
  ['crossings', '(e) crossings'],
  ['overlappingBars', '(f) pairs of families with overlapping sibling bars'],
  ['splitSibships', '(g) sibships split by outsiders'],
  ['birthOrderFaultsUnmarked', '(h) birth-order faults not marked with numbers'],
] as const;

type Counts = Record<(typeof COUNTS)[number][0], number>;

interface Measured {
  name: string;
  persons: number;
  engine: string;
  ms: number;
  widthCm: number;
  counts: Counts;
}

async function measure(name: string, doc: GenogramDocument, runs: number): Promise<Measured> {
  await layoutDocument(doc); // warm-up
  const times: number[] = [];
  let layout = await layoutDocument(doc);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    layout = await layoutDocument(doc);
    times.push(performance.now() - t0);
  }
  const scene = buildScene(doc, layout, { asAt: doc.settings.asAt ?? { year: 2024 } });
  const { counts, info } = checkLegibility(scene, { doc, layout });
  return {
    name,
    persons: doc.persons.length,
    engine: layout.engine ?? 'own',
    ms: Math.round(median(times)),
    widthCm: chooseWidth(scene).cm,
    counts: {
      overlappingApart: counts.overlapping - info.overlappingSharedEnd,
      nearParallel: counts.nearParallel - info.nearParallelSharedEnd,
      textOverlaps: counts.textOverlaps,
      linesThroughText: counts.linesThroughText,
      linesThroughSymbols: counts.linesThroughSymbols,
      crossings: counts.crossings,
      overlappingBars: counts.overlappingBars ?? 0,
      splitSibships: counts.splitSibships ?? 0,
      birthOrderFaultsUnmarked: counts.birthOrderFaultsUnmarked ?? 0,
    },
  };
}

export async function measureFigures(): Promise<Measured[]> {
  const out: Measured[] = [];
  out.push(await measure('example family', exampleFamily(), 5));
  for (const file of ['family2.ged', 'kennedy.ged', 'maximal70.ged']) out.push(await measure(file, gedcom(file), 3));
  for (const n of [50, 300]) out.push(await measure(`synthetic ${n}`, syntheticFamily(n, 1), 3));
  // Review-shaped families: one row, the counts summed and the time and width medians.
  const review: Measured[] = [];
  for (let seed = 1; seed <= 60; seed++) review.push(await measure(`review ${seed}`, reviewFamily(seed), 1));
  const sum = Object.fromEntries(COUNTS.map(([k]) => [k, review.reduce((s, m) => s + m.counts[k], 0)])) as Counts;
  out.push({
    name: '60 review-shaped families (counts summed)',
    persons: Math.round(median(review.map((m) => m.persons))),
    engine: [...new Set(review.map((m) => m.engine))].join('/'),
    ms: Math.round(median(review.map((m) => m.ms))),
    widthCm: median(review.map((m) => m.widthCm)),
    counts: sum,
  });
  return out;
}

export async function runFigureBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const m of await measureFigures()) {
    const label = `Figure, ${m.name} (${m.persons} persons${m.name.startsWith('60') ? ', median' : ''}; engine ${m.engine})`;
    rows.push({ name: label, metric: 'layout time, median', median: m.ms, unit: 'ms', ...(m.persons <= 60 ? { target: '≤ 150 ms' } : m.persons <= 300 ? { target: '≤ 600 ms' } : {}) });
    rows.push({ name: label, metric: 'printed width for 7 pt text', median: m.widthCm, unit: 'cm' });
    for (const [key, what] of COUNTS) {
      const zero = key !== 'crossings' && key !== 'nearParallel';
      rows.push({ name: label, metric: what, median: m.counts[key], unit: 'count', ...(zero && m.name !== 'kennedy.ged' ? { target: '≤ 0' } : {}) });
    }
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const m of await measureFigures()) console.log(`${m.name} (${m.persons} persons, ${m.engine}): ${m.ms} ms, ${m.widthCm} cm; ${JSON.stringify(m.counts)}`);
}
