import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations/persons';
import { addBothParents, addTwin } from '../../../src/ui/actions/relatives';
import { deleteItems, makeHousehold, makeMultipleBirth, makeRelationshipLine, nextHouseholdLabel, releasePins } from '../../../src/ui/actions/structure';

describe('structure edits', () => {
  it('deleting a person takes their links, partnerships and group places with them', () => {
    const base = addPerson(emptyDocument(), { givenNames: 'Kid' });
    const withParents = addBothParents(base.doc, base.id);
    const twins = addTwin(withParents.doc, base.id);
    const after = deleteItems(twins.doc, [base.id]);
    expect(after.persons.map((p) => p.id)).not.toContain(base.id);
    expect(after.parentLinks.some((l) => l.child === base.id)).toBe(false);
    expect(after.multipleBirths).toHaveLength(0);
    const mother = withParents.created!;
    const noMother = deleteItems(twins.doc, [mother]);
    expect(noMother.partnerships).toHaveLength(0);
  });

  it('deletes a selected partnership or household alone, and returns the same document for unknown ids', () => {
    const base = addPerson(emptyDocument(), {});
    const r = addBothParents(base.doc, base.id);
    const h = makeHousehold(r.doc, [base.id]);
    const partnershipId = h.doc.partnerships[0]!.id;
    const after = deleteItems(h.doc, [partnershipId, h.id]);
    expect(after.partnerships).toHaveLength(0);
    expect(after.households).toHaveLength(0);
    expect(after.persons).toHaveLength(3);
    expect(deleteItems(h.doc, ['x_missing'])).toBe(h.doc);
  });

  it('households get numbered labels and refuse an empty selection', () => {
    const base = addPerson(emptyDocument(), {});
    const one = makeHousehold(base.doc, [base.id, base.id]);
    expect(one.doc.households[0]).toMatchObject({ label: 'Household 1', members: [{ person: base.id }] });
    expect(nextHouseholdLabel(one.doc)).toBe('Household 2');
    expect(() => makeHousehold(base.doc, [])).toThrow(/Select the people/);
  });

  it('relationship lines need two different existing people', () => {
    const a = addPerson(emptyDocument(), {});
    const b = addPerson(a.doc, {});
    const line = makeRelationshipLine(b.doc, a.id, b.id, 'abuse-domestic');
    expect(line.doc.relationships[0]).toMatchObject({ from: a.id, to: b.id, kind: 'abuse-domestic' });
    expect(() => makeRelationshipLine(b.doc, a.id, a.id, 'close')).toThrow(/two different people/);
    expect(() => makeRelationshipLine(b.doc, a.id, 'p_gone', 'close')).toThrow(/p_gone/);
  });

  it('releasing pins removes every pin and is a no-op without pins', () => {
    const a = addPerson(emptyDocument(), { pinned: { x: 1, y: 2 } });
    const released = releasePins(a.doc);
    expect(released.persons[0]).not.toHaveProperty('pinned');
    expect(releasePins(released)).toBe(released);
  });
});

describe('multiple birth from selected people', () => {
  it('groups them in the given order, taking them out of any earlier group', () => {
    let doc = emptyDocument();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = addPerson(doc, { givenNames: `C${i}` });
      doc = r.doc;
      ids.push(r.id);
    }
    const first = makeMultipleBirth(doc, [ids[0]!, ids[1]!]);
    const second = makeMultipleBirth(first.doc, [ids[1]!, ids[2]!]);
    expect(second.doc.multipleBirths).toEqual([{ id: second.id, kind: 'fraternal', members: [ids[1], ids[2]] }]);
    expect(() => makeMultipleBirth(doc, [ids[0]!, ids[0]!])).toThrow(/two or more/);
  });
});
