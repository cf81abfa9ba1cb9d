import { describe, expect, it } from 'vitest';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { countViolations } from '../../../src/core/layout/violations';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';
import type { GenogramDocument } from '../../../src/core/model/types';
import { readSharedFixture } from '../../support/sharedFixtures';

function load(name: string): GenogramDocument {
  const result = importGedcom(readSharedFixture(name));
  if (!result.ok) throw new Error(`${name} did not import`);
  return result.document;
}

const cases: [string, () => GenogramDocument][] = [
  ['family2.ged', () => load('family2.ged')],
  ['kennedy.ged', () => load('kennedy.ged')],
  ['maximal70.ged', () => load('maximal70.ged')],
  ['royal92.ged', () => load('royal92.ged')],
  ['synthetic 300', () => syntheticFamily(300, 7)],
  ['synthetic 1000', () => syntheticFamily(1000, 11)],
];

describe('layout of real and synthetic families', () => {
  it.each(cases)('%s: every person once, no row, adjacency, overlap or line-through-symbol faults, broken birth order marked', async (_, make) => {
    const doc = make();
    const layout = await layoutDocument(doc);
    expect(layout.boxes.size).toBe(new Set(doc.persons.map((p) => p.id)).size);
    expect(layout.rowOrder.flat().length).toBe(layout.boxes.size);
    const v = countViolations(doc, layout);
    expect(v).toMatchObject({ rowMismatch: 0, partnersNotAdjacent: 0, partnerLinesThroughSymbols: 0, overlaps: 0, siblingOrderUnmarked: 0 });
  });

  it.each(cases.filter(([name]) => !/royal92|1000/.test(name)))('%s with the own placement: the same faults-free result', async (_, make) => {
    const doc = make();
    const layout = await layoutDocument(doc, { engine: 'own' });
    expect(layout.engine).toBe('own');
    expect(countViolations(doc, layout)).toMatchObject({ rowMismatch: 0, partnersNotAdjacent: 0, partnerLinesThroughSymbols: 0, overlaps: 0, siblingOrderUnmarked: 0 });
  });
});
