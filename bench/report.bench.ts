// Report export time, layout excluded: the description alone, and the whole Word document
// (figure at its 7 pt width → PNG at 300 dpi → docx with key, description and family table),
// for the example family and a generated family of 200 persons.
import { renderPng } from '../src/cli/renderPng';
import { exampleFamily } from '../src/core/example/exampleFamily';
import { syntheticFamily } from '../src/core/example/syntheticFamily';
import { sceneToSvg } from '../src/core/export/svg';
import { layoutDocument } from '../src/core/layout/layoutDocument';
import type { GenogramDocument } from '../src/core/model/types';
import { describeFamily } from '../src/core/report/describeFamily';
import { reportDocx } from '../src/core/report/reportDocx';
import { reportDocxInput, reportParts } from '../src/editor/report';
import { isMain, median, type BenchRow } from './benchRow';

const FAMILIES: { name: string; doc: () => GenogramDocument; runs: number }[] = [
  { name: 'example family (10 persons)', doc: exampleFamily, runs: 5 },
  { name: '200 persons', doc: () => syntheticFamily(200, 1), runs: 3 },
];

async function timed(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    await work();
    if (i > 0) times.push(performance.now() - t0); // the first run warms up
  }
  return Math.round(median(times));
}

export async function runReportBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const family of FAMILIES) {
    const doc = family.doc();
    const layout = await layoutDocument(doc);
    rows.push({ name: `description, ${family.name}`, metric: `median of ${family.runs}`, median: await timed(family.runs, () => describeFamily(doc)), unit: 'ms' });
    const docx = await timed(family.runs, async () => {
      const parts = reportParts(doc, layout, { publication: false });
      const { png } = renderPng(sceneToSvg(parts.figure.scene, { background: '#ffffff' }), parts.figure.scene.bounds, parts.page.figureWidthCm, 300);
      const bytes = await reportDocx(reportDocxInput(parts, png, false));
      if (bytes.length < 1000) throw new Error('the Word document came out empty');
    });
    rows.push({ name: `Word document, ${family.name}`, metric: `median of ${family.runs}, layout excluded`, median: docx, unit: 'ms' });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const row of await runReportBench()) console.log(`${row.name}: ${row.median} ${row.unit} (${row.metric})`);
}
