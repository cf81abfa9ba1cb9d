import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { addHousehold, addPerson } from '../../src/core/model/operations';
import { toggleHouseholdMemberCommand } from '../../src/editor/commands';
import { createEditorStore } from '../../src/editor/editorStore';

function setUp() {
  let doc = emptyDocument();
  const a = addPerson(doc, { givenNames: 'A' });
  const b = addPerson(a.doc, { givenNames: 'B' });
  const h = addHousehold(b.doc, 'Home', [a.id]);
  doc = h.doc;
  return { store: createEditorStore(doc), a: a.id, b: b.id, h: h.id };
}

describe('picking a household’s members on the figure', () => {
  it('adds a person with no dates of their own (the household’s apply), one undo step; picking them again takes them out', () => {
    const { store, b, h } = setUp();
    expect(toggleHouseholdMemberCommand(store, h, b).ok).toBe(true);
    expect(store.getState().doc.households[0]!.members.map((m) => m.person)).toContain(b);
    expect(store.getState().doc.households[0]!.members.find((m) => m.person === b)).toEqual({ person: b });
    expect(toggleHouseholdMemberCommand(store, h, b).ok).toBe(true);
    expect(store.getState().doc.households[0]!.members.some((m) => m.person === b)).toBe(false);
    store.getState().undo();
    expect(store.getState().doc.households[0]!.members.some((m) => m.person === b)).toBe(true);
  });

  it('refuses to take out someone whose periods are dated (that is done in the inspector), changing nothing', () => {
    const { store, a, h } = setUp();
    store.getState().apply('date', (d) => ({
      ...d,
      households: d.households.map((x) => ({ ...x, members: x.members.map((m) => ({ ...m, from: { year: 2020 } })) })),
    }));
    const before = store.getState().doc;
    const result = toggleHouseholdMemberCommand(store, h, a);
    expect(result.ok).toBe(false);
    expect(store.getState().doc).toBe(before);
  });
});
