// Any size gets an answer, in time that grows with the size and no faster (issue 16):
// - a name of 10,000, 20,000 and 40,000 letters exported as SVG (layout, drawing, SVG): the
//   label costs what it shows, so the three take about the same time (they took 2.6 s, 6.9 s
//   and 26 s when wrapping was quadratic);
// - 200,000 persons (GEDCOM, no families) imported, then exported as JSON;
// - the largest figure the editor draws (MAX_FIGURE_PERSONS, a generated connected family)
//   laid out, drawn and written as SVG: target within 60 s.
import { layOutHeadless } from '../src/cli/layOutHeadless';
import { syntheticFamily } from '../src/core/example/syntheticFamily';
import { sceneToSvg } from '../src/core/export/svg';
import { saveGenogramFile } from '../src/core/format/save';
import { importGedcom } from '../src/core/gedcom/importGedcom';
import { MAX_FIGURE_PERSONS } from '../src/core/metrics/figureLimit';
import { emptyDocument } from '../src/core/model/emptyDocument';
import { figure } from '../src/editor/figure';
import { isMain, median, type BenchRow } from './benchRow';

const n = (x: number) => x.toLocaleString('en-GB');

async function longNameRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const letters of [10_000, 20_000, 40_000]) {
    const doc = emptyDocument('Long name');
    doc.persons = [{ id: 'p_1', givenNames: 'A'.repeat(letters), gender: 'female', subject: true }];
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      const layout = await layOutHeadless(doc);
      const svg = sceneToSvg(figure(doc, { layout, publication: false }).scene, {});
      if (!svg.includes('AAAA')) throw new Error('the name is not in the SVG');
      if (i > 0) times.push(performance.now() - t0); // the first run warms up
    }
    rows.push({ name: `SVG export, a name of ${n(letters)} letters`, metric: 'median of 3, layout included', median: Math.round(median(times)), unit: 'ms', target: '≤ 1 s' });
  }
  return rows;
}

function gedcomOf(persons: number): Uint8Array {
  const lines = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8'];
  for (let i = 1; i <= persons; i++) lines.push(`0 @I${i}@ INDI`, `1 NAME Person${i} /Many/`, `1 SEX ${i % 2 ? 'F' : 'M'}`);
  lines.push('0 TRLR', '');
  return new TextEncoder().encode(lines.join('\n'));
}

function manyPersonRows(): BenchRow[] {
  const persons = 200_000;
  const bytes = gedcomOf(persons);
  let t0 = performance.now();
  const imported = importGedcom(bytes);
  const importMs = performance.now() - t0;
  if (!imported.ok || imported.document.persons.length !== persons) throw new Error(`the ${n(persons)}-person GEDCOM did not import`);
  t0 = performance.now();
  const json = saveGenogramFile(imported.document);
  const exportMs = performance.now() - t0;
  if (json.length < persons) throw new Error('the JSON came out short');
  return [
    { name: `GEDCOM import, ${n(persons)} persons (${(bytes.length / 1048576).toFixed(1)} MB)`, metric: 'one run', median: Math.round(importMs), unit: 'ms', target: '≤ 60 s' },
    { name: `JSON export, ${n(persons)} persons`, metric: 'one run', median: Math.round(exportMs), unit: 'ms', target: '≤ 60 s' },
  ];
}

async function largestFigureRow(): Promise<BenchRow> {
  const doc = syntheticFamily(MAX_FIGURE_PERSONS, 1);
  const t0 = performance.now();
  const layout = await layOutHeadless(doc);
  const svg = sceneToSvg(figure(doc, { layout, publication: false }).scene, {});
  const elapsed = performance.now() - t0;
  if (svg.length < 1000) throw new Error('the SVG came out empty');
  return { name: `Largest figure drawn: ${n(doc.persons.length)} persons (generated family), laid out, drawn and written as SVG`, metric: 'one run', median: Math.round(elapsed), unit: 'ms', target: '≤ 60 s' };
}

export async function runScaleBench(): Promise<BenchRow[]> {
  return [...(await longNameRows()), ...manyPersonRows(), await largestFigureRow()];
}

if (isMain(import.meta.url)) {
  for (const row of await runScaleBench()) console.log(`${row.name}: ${row.median} ${row.unit} (${row.metric}${row.target ? `; target ${row.target}` : ''})`);
}
