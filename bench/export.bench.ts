// PNG export time, layout excluded: Scene → SVG → PNG (resvg, bundled fonts, pHYs) at the
// default 16 cm and 300 dpi, for generated families of 60 and 1,000 persons.
// Target: within 1 s at 60 persons.
import { renderPng } from '../src/cli/renderPng';
import { buildScene } from '../src/core/drawing/buildScene';
import { sceneToSvg } from '../src/core/export/svg';
import { layoutDocument } from '../src/core/layout/layoutDocument';
import { syntheticFamily } from '../src/core/example/syntheticFamily';
import { isMain, median, type BenchRow } from './benchRow';

const SIZES: { persons: number; runs: number; target?: string }[] = [
  { persons: 60, runs: 7, target: '≤ 1 s' },
  { persons: 1000, runs: 3 },
];
const AS_AT = { year: 2025, month: 1, day: 1 };

export async function runExportBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { persons, runs, target } of SIZES) {
    const doc = syntheticFamily(persons, 1);
    const layout = await layoutDocument(doc);
    const times: number[] = [];
    let pixels = '';
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const scene = buildScene(doc, layout, { asAt: AS_AT });
      const { png, plan } = renderPng(sceneToSvg(scene, { background: '#ffffff' }), scene.bounds, 16, 300);
      const elapsed = performance.now() - t0;
      if (png.length < 100) throw new Error('the PNG came out empty');
      pixels = `${plan.pixelWidth}×${plan.pixelHeight} px`;
      if (i > 0) times.push(elapsed); // the first run warms up
    }
    rows.push({ name: `PNG export, ${persons.toLocaleString('en-GB')} persons (${pixels})`, metric: `median of ${runs}, layout excluded`, median: Math.round(median(times)), unit: 'ms', ...(target ? { target } : {}) });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const row of await runExportBench()) console.log(`${row.name}: ${row.median} ${row.unit} (${row.metric}${row.target ? `; target ${row.target}` : ''})`);
}
