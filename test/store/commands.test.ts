import { describe, expect, it } from 'vitest';
import { birthParentsOf, indexDocument } from '../../src/core/model/documentIndex';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { addPerson } from '../../src/core/model/operations';
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  addPregnancyCommand,
  addSiblingCommand,
  deleteSelectionCommand,
  makeHouseholdCommand,
  makeMultipleBirthCommand,
  makeRelationshipLineCommand,
  movePersonsCommand,
  releasePinsCommand,
  setAsAtCommand,
  updatePersonCommand,
  updateSettingsCommand,
} from '../../src/store/commands';
import { createEditorStore } from '../../src/store/editorStore';
import { sampleFamily } from '../core/model/operations/sampleFamily';

function childStore() {
  const { doc, id } = addPerson(emptyDocument(), { givenNames: 'Kim', familyName: 'Hart', gender: 'female' });
  let t = 0;
  const clock = { now: () => t, advance: (ms: number) => (t += ms) };
  return { store: createEditorStore(doc, { now: clock.now }), child: id, clock };
}

describe('commands', () => {
  it('add parents, partner, child, sibling and pregnancy: one undo step each, selecting the new person', () => {
    const { store, child } = childStore();
    const parents = addParentsCommand(store, child, 'both');
    expect(parents.ok).toBe(true);
    if (!parents.ok) return;
    expect(store.getState().selection).toEqual(parents.ids);
    const sibling = addSiblingCommand(store, child);
    expect(sibling.ok && birthParentsOf(store.getState().doc, sibling.ids[0]!)).toEqual(parents.ids);
    const partner = addPartnerCommand(store, child);
    expect(partner.ok && store.getState().selection).toEqual(partner.ok ? [partner.ids[0]] : []);
    const baby = addChildCommand(store, [child, partner.ok ? partner.ids[0]! : '']);
    expect(baby.ok).toBe(true);
    const loss = addPregnancyCommand(store, [child], 'miscarriage');
    expect(loss.ok).toBe(true);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add parents', 'Add sibling', 'Add partner', 'Add child', 'Add pregnancy loss']);
    for (let i = 0; i < 5; i++) store.getState().undo();
    expect(store.getState().doc.persons).toHaveLength(1);
  });

  it('refuses what cannot be done, with a message, changing nothing', () => {
    const { store, child } = childStore();
    addParentsCommand(store, child, 'both');
    const before = store.getState().doc;
    const result = addParentsCommand(store, child, 'mother');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Kim Hart .* already has two birth parents/) });
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(1);
  });

  it('passes on the note when a sibling has no parents to share', () => {
    const { store, child } = childStore();
    const result = addSiblingCommand(store, child);
    expect(result.ok && result.note).toMatch(/No birth parents are recorded/);
  });

  it('merges typing in one field of one person, not across fields or persons', () => {
    const { store, child, clock } = childStore();
    for (const name of ['K', 'Ki', 'Kit']) {
      updatePersonCommand(store, child, { givenNames: name });
      clock.advance(200);
    }
    expect(store.getState().past).toHaveLength(1);
    updatePersonCommand(store, child, { familyName: 'H' });
    expect(store.getState().past).toHaveLength(2);
  });

  it('deleting a person takes their links, and undo brings all of it back with the selection', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    store.getState().select([s.mother]);
    const result = deleteSelectionCommand(store);
    expect(result.ok).toBe(true);
    const after = store.getState().doc;
    expect(after.partnerships).toEqual([]);
    expect(after.relationships).toEqual([]);
    expect(after.parentLinks.some((l) => l.parent === s.mother)).toBe(false);
    expect(after.households[0]!.members.some((m) => m.person === s.mother)).toBe(false);
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc).toBe(s.doc);
    expect(store.getState().selection).toEqual([s.mother]);
    expect(deleteSelectionCommand(createEditorStore(s.doc))).toEqual({ ok: false, message: 'Nothing is selected' });
  });

  it('draws a relationship line from the first selected person to the second', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    store.getState().select([s.third, s.mother]);
    const result = makeRelationshipLineCommand(store, 'abuse-emotional');
    expect(result.ok).toBe(true);
    expect(store.getState().doc.relationships.at(-1)).toMatchObject({ from: s.third, to: s.mother, kind: 'abuse-emotional' });
    store.getState().select([s.third]);
    expect(makeRelationshipLineCommand(store, 'close').ok).toBe(false);
  });

  it('makes a household (from the reference date) and a multiple birth from the selected persons', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    setAsAtCommand(store, { year: 2024, month: 3 });
    store.getState().select([s.mother, s.third, s.union]);
    const household = makeHouseholdCommand(store, 'Mother and Eve');
    expect(household.ok).toBe(true);
    expect(store.getState().doc.households.at(-1)!.members).toEqual([
      { person: s.mother, from: { year: 2024, month: 3 } },
      { person: s.third, from: { year: 2024, month: 3 } },
    ]);
    store.getState().select([s.twinB, s.third]);
    expect(makeMultipleBirthCommand(store, 'fraternal').ok).toBe(true);
    expect(store.getState().doc.multipleBirths).toEqual([{ id: expect.any(String), kind: 'fraternal', members: [s.twinB, s.third] }]);
  });

  it('pins on move, releases pins, and changes settings', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    movePersonsCommand(store, new Map([[s.mother, { x: 5, y: 6 }]]));
    expect(indexDocument(store.getState().doc).person.get(s.mother)!.pinned).toEqual({ x: 5, y: 6 });
    releasePinsCommand(store);
    expect(indexDocument(store.getState().doc).person.get(s.mother)!.pinned).toBeUndefined();
    updateSettingsCommand(store, { title: 'Review', notation: { showLegend: false } });
    expect(store.getState().doc.settings).toMatchObject({ title: 'Review', notation: { showLegend: false } });
    expect(store.getState().past).toHaveLength(3);
  });
});
