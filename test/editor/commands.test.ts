import { describe, expect, it } from 'vitest';
import { birthParentsOf, indexDocument } from '../../src/core/model/documentIndex';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { addPerson, updateSettings } from '../../src/core/model/operations';
import { updatePerson } from '../../src/core/model/operations/persons';
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  addPregnancyCommand,
  addSiblingCommand,
  addTwinCommand,
  deleteSelectionCommand,
  makeHouseholdCommand,
  makeMultipleBirthCommand,
  makePartnershipCommand,
  makeRelationshipLineCommand,
  movePersonsCommand,
  releasePinsCommand,
  runCommand,
  setAsAtCommand,
} from '../../src/editor/commands';
import { createEditorStore } from '../../src/editor/editorStore';
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
    // The mother is selected: her name is what the author types next.
    expect(store.getState().selection).toEqual(parents.ids.slice(0, 1));
    expect(indexDocument(store.getState().doc).person.get(parents.ids[0]!)!.gender).toBe('female');
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

  it('adds a twin as one undo step, and an ongoing pregnancy as "Add pregnancy"', () => {
    const { store, child } = childStore();
    const twin = addTwinCommand(store, child);
    expect(twin.ok).toBe(true);
    expect(store.getState().doc.multipleBirths[0]!.members).toEqual([child, store.getState().selection[0]]);
    const pregnancy = addPregnancyCommand(store, [child], 'ongoing');
    const pregnancyId = pregnancy.ok ? pregnancy.ids[0]! : '';
    expect(indexDocument(store.getState().doc).person.get(pregnancyId)!.pregnancy).toEqual({ outcome: 'ongoing' });
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add twin', 'Add pregnancy']);
  });

  it('merges typing in one field of one person, not across fields or persons', () => {
    const { store, child, clock } = childStore();
    // As the inspector edits a person: one coalescing key a person and field.
    const edit = (field: 'givenNames' | 'familyName', value: string) =>
      runCommand(store, 'Edit person', (doc) => ({ doc: updatePerson(doc, child, { [field]: value }) }), `person:${child}:${field}`);
    for (const name of ['K', 'Ki', 'Kit']) {
      edit('givenNames', name);
      clock.advance(200);
    }
    expect(store.getState().past).toHaveLength(1);
    edit('familyName', 'H');
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
    const between = makeRelationshipLineCommand(store, 'abuse-physical', [s.mother, s.father]);
    expect(between.ok).toBe(true);
    expect(store.getState().doc.relationships.at(-1)).toMatchObject({ from: s.mother, to: s.father, kind: 'abuse-physical' });
    expect(makeRelationshipLineCommand(store, 'close', [s.mother, s.mother])).toEqual({
      ok: false,
      message: 'A relationship line joins two different people',
    });
  });

  it('makes the two selected persons partners and selects the partnership', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    store.getState().select([s.third, s.twinA]);
    const result = makePartnershipCommand(store);
    expect(result.ok).toBe(true);
    expect(store.getState().doc.partnerships.at(-1)).toMatchObject({ a: s.third, b: s.twinA, events: [] });
    expect(store.getState().selection).toEqual(result.ok ? result.ids : []);
    store.getState().select([s.third]);
    expect(makePartnershipCommand(store)).toEqual({ ok: false, message: 'Select exactly two people to make them partners' });
  });

  it('makes a household and a multiple birth from the selected persons, selecting what it made', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    // The reference date says when the figure is drawn, not when anyone moved in: members are undated.
    setAsAtCommand(store, { year: 2024, month: 3 });
    store.getState().select([s.mother, s.third, s.union]);
    const household = makeHouseholdCommand(store, 'Mother and Eve');
    expect(household.ok).toBe(true);
    expect(store.getState().doc.households.at(-1)).toMatchObject({ label: 'Mother and Eve', members: [{ person: s.mother }, { person: s.third }] });
    expect(store.getState().selection).toEqual(household.ok ? household.ids : []);
    store.getState().select([s.third]);
    makeHouseholdCommand(store);
    expect(store.getState().doc.households.at(-1)!.label).toBe('Household 3');
    store.getState().select([s.twinB, s.third]);
    const twins = makeMultipleBirthCommand(store, 'fraternal');
    expect(store.getState().doc.multipleBirths).toEqual([{ id: expect.any(String), kind: 'fraternal', members: [s.twinB, s.third] }]);
    expect(store.getState().selection).toEqual(twins.ok ? twins.ids : []);
  });

  it('refuses a household or multiple birth without enough selected persons', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    store.getState().select([s.union]);
    expect(makeHouseholdCommand(store)).toEqual({ ok: false, message: 'Select the people who live together first' });
    store.getState().select([s.third]);
    expect(makeMultipleBirthCommand(store, 'identical')).toEqual({ ok: false, message: 'Select two or more people born together' });
    expect(store.getState().doc).toBe(s.doc);
  });

  it('pins on move, releases pins, and changes settings', () => {
    const s = sampleFamily();
    const store = createEditorStore(s.doc);
    movePersonsCommand(store, new Map([[s.mother, { x: 5, y: 6 }]]));
    expect(indexDocument(store.getState().doc).person.get(s.mother)!.pinned).toEqual({ x: 5, y: 6 });
    releasePinsCommand(store);
    expect(indexDocument(store.getState().doc).person.get(s.mother)!.pinned).toBeUndefined();
    runCommand(store, 'Change settings', (doc) => ({ doc: updateSettings(doc, { title: 'Review', notation: { showLegend: false } }) }));
    expect(store.getState().doc.settings).toMatchObject({ title: 'Review', notation: { showLegend: false } });
    expect(store.getState().past).toHaveLength(3);
  });
});
