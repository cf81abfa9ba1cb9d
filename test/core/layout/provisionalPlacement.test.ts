import { describe, expect, it } from 'vitest';
import { withProvisionalBoxes } from '../../../src/core/layout/provisionalPlacement';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { addChild, addParents, addPartner, addSibling, removePersons } from '../../../src/core/model/operations';

const doc = exampleFamily();
const layout = await layoutDocument(doc);

describe('withProvisionalBoxes', () => {

  it('returns the layout unchanged when every person has a box', () => {
    expect(withProvisionalBoxes(doc, layout)).toBe(layout);
  });

  it('puts a new child one row under its parent, on a free cell', () => {
    const parent = 'p_leanne';
    const { doc: next, id } = addChild(doc, [parent]);
    const placed = withProvisionalBoxes(next, layout);
    const box = placed.boxes.get(id)!;
    expect(box.row).toBe(layout.boxes.get(parent)!.row + 1);
    const sameCell = [...placed.boxes.values()].filter((b) => b.row === box.row && Math.abs(b.x - box.x) < 1);
    expect(sameCell).toHaveLength(1);
  });

  it('puts a new partner on the partner row, and new parents of a new person somewhere', () => {
    const withPartner = addPartner(doc, 'p_ellie');
    const placed = withProvisionalBoxes(withPartner.doc, layout);
    expect(placed.boxes.get(withPartner.id)!.row).toBe(layout.boxes.get('p_ellie')!.row);
    const withParents = addParents(withPartner.doc, withPartner.id, 'both');
    const again = withProvisionalBoxes(withParents.doc, placed);
    for (const pid of withParents.parentIds) expect(again.boxes.has(pid)).toBe(true);
  });

  it('puts a new sibling beside a sister who has room, not beyond the partners (issue 17)', async () => {
    // Leanne has a partner on each side; her sister Sue, laid out, stands apart. A third sister comes in beside one of them.
    const withSue = addSibling(doc, 'p_leanne', { givenNames: 'Sue' });
    const laidOut = await layoutDocument(withSue.doc);
    const { doc: next, id } = addSibling(withSue.doc, 'p_leanne');
    const box = withProvisionalBoxes(next, laidOut).boxes.get(id)!;
    const sisters = ['p_leanne', withSue.id].map((s) => laidOut.boxes.get(s)!);
    expect(box.row).toBe(sisters[0]!.row);
    const gap = Math.min(...sisters.map((s) => Math.abs(s.x - box.x)));
    expect(gap).toBeLessThanOrEqual(112);
    // Nobody of the family stands between her and the sister she is beside.
    const nearest = sisters.reduce((a, b) => (Math.abs(a.x - box.x) <= Math.abs(b.x - box.x) ? a : b));
    const between = [...laidOut.boxes.values()].filter((b) => b.row === box.row && (b.x - box.x) * (b.x - nearest.x) < 0);
    expect(between).toEqual([]);
  });

  it('drops boxes of persons that were removed', () => {
    const next = removePersons(doc, ['p_ellie']);
    expect(withProvisionalBoxes(next, layout).boxes.has('p_ellie')).toBe(false);
  });
});
