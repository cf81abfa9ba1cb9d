import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations/persons';
import { addTwin } from '../../../src/ui/actions/relatives';
import { makeHousehold } from '../../../src/ui/actions/structure';
import {
  addHouseholdMember,
  leaveMultipleBirth,
  patchHousehold,
  patchHouseholdMember,
  patchNotation,
  patchSettings,
  removeHouseholdMember,
} from '../../../src/ui/inspector/listEdits';

describe('inspector list edits', () => {
  it('edits household members by period, keeping the same document for no-op edits', () => {
    const a = addPerson(emptyDocument(), {});
    const h = makeHousehold(a.doc, [a.id]);
    const dated = patchHouseholdMember(h.doc, h.id, 0, { from: { year: 2019 } });
    expect(dated.households[0]!.members[0]).toEqual({ person: a.id, from: { year: 2019 } });
    expect(patchHouseholdMember(dated, h.id, 0, { from: { year: 2019 } })).toBe(dated);
    const twice = addHouseholdMember(dated, h.id, a.id);
    expect(twice.households[0]!.members).toHaveLength(2);
    expect(removeHouseholdMember(twice, h.id, 0).households[0]!.members).toEqual([{ person: a.id }]);
    expect(patchHousehold(h.doc, h.id, { address: undefined })).toBe(h.doc);
  });

  it('leaving a twin group dissolves it', () => {
    const a = addPerson(emptyDocument(), {});
    const twins = addTwin(a.doc, a.id);
    const group = twins.doc.multipleBirths[0]!;
    expect(leaveMultipleBirth(twins.doc, group.id, a.id).multipleBirths).toEqual([]);
  });

  it('settings and notation patches clear optional fields', () => {
    const doc = patchSettings(emptyDocument(), { asAt: { year: 2024 }, caption: 'c' });
    expect(doc.settings.asAt).toEqual({ year: 2024 });
    expect(patchSettings(doc, { asAt: undefined }).settings).not.toHaveProperty('asAt');
    expect(patchNotation(doc, { showAges: false }).settings.notation.showAges).toBe(false);
    expect(patchNotation(doc, { showAges: true })).toBe(doc);
  });
});
