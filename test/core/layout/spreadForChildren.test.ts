import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { checkFamilies } from '../../../src/core/quality/familyChecks';
import { roomForLabel } from '../../../src/core/metrics/relationshipLabel';
import { SYMBOL_SIZE } from '../../../src/core/metrics/figureSizes';
import { family } from '../../fixtures/layout/familyBuilder';

// A mother with one child by her earlier partner, four by her husband and one by his earlier
// partner: the middle sibship is wider than the couple above it, so unless the block of
// partners widens, the outer couples' lines stand above the middle children and the three
// bars overlap (review seed 8 before the change: two pairs overlapping by 86).
function blendedFamily() {
  const f = family().person('p7', 'male', 1986).person('mum', 'female', 1990).person('dad', 'male', 1987).person('p9', 'female', 1986);
  f.couple('mum', 'dad', 2010).couple('mum', 'p7', 2017).couple('dad', 'p9', 2005);
  f.person('older', 'female', 2006).child(['dad', 'p9'], 'older');
  for (const [id, year] of [['a', 2011], ['b', 2012], ['c', 2014], ['d', 2015]] as const) f.person(id, 'male', year).child(['mum', 'dad'], id);
  f.person('youngest', 'male', 2018).child(['mum', 'p7'], 'youngest');
  return f;
}

describe('a block of partners widens for its couples’ children', () => {
  it.each(['elk', 'own'] as const)('keeps the three sibships’ bars apart (%s placement)', async (engine) => {
    const { doc } = blendedFamily();
    const layout = await layoutDocument(doc, { engine });
    const scene = buildScene(doc, layout, { asAt: { year: 2024 } });
    const found = checkFamilies(scene, doc, layout, { cellVisits: 0, pairsTested: 0 });
    expect(found.overlappingBars).toEqual([]);
    expect(found.splitSibships).toEqual([]);
  });

  it('stands partners with a labelled line between them far enough apart for the label', async () => {
    const f = family().person('a', 'male', 1980).person('b', 'female', 1982);
    f.couple('a', 'b', 2005);
    f.doc.relationships.push({ id: 'r', kind: 'abuse-domestic', from: 'a', to: 'b' });
    const layout = await layoutDocument(f.doc);
    const gap = Math.abs(layout.boxes.get('b')!.x - layout.boxes.get('a')!.x);
    expect(gap).toBeGreaterThanOrEqual(roomForLabel('abuse-domestic', SYMBOL_SIZE) - 0.5);
  });
});
