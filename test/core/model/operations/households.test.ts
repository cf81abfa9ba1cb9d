import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import {
  addHousehold,
  addHouseholdMember,
  addPerson,
  nextHouseholdLabel,
  removeHousehold,
  removeHouseholdMember,
  updateHousehold,
  updateHouseholdMember,
} from '../../../../src/core/model/operations';
import { sampleFamily } from './sampleFamily';

describe('households', () => {
  it('adds a household with its members from a date, each person once', () => {
    const s = sampleFamily();
    const { doc, id } = addHousehold(s.doc, 'Gran', [s.third, s.third], { year: 2021 });
    expect(doc.households.at(-1)).toEqual({ id, label: 'Gran', members: [{ person: s.third, from: { year: 2021 } }] });
    expect(() => addHousehold(s.doc, 'X', ['p_x'])).toThrow(/no person/);
  });

  it('numbers a household without a label, skipping numbers already taken', () => {
    const base = addPerson(emptyDocument(), {});
    const one = addHousehold(base.doc, undefined, [base.id, base.id]);
    expect(one.doc.households[0]).toMatchObject({ label: 'Household 1', members: [{ person: base.id }] });
    expect(nextHouseholdLabel(one.doc)).toBe('Household 2');
    const renamed = updateHousehold(one.doc, one.id, { label: 'Household 2' });
    expect(nextHouseholdLabel(renamed)).toBe('Household 3');
  });

  it('adds periods, dates them, and removes one period by its place in the list', () => {
    const s = sampleFamily();
    const h = s.doc.households[0]!;
    const fatherAt = h.members.findIndex((m) => m.person === s.father);
    let doc = removeHouseholdMember(s.doc, h.id, fatherAt);
    expect(doc.households[0]!.members.some((m) => m.person === s.father)).toBe(false);
    doc = addHouseholdMember(doc, h.id, s.father, { from: { year: 2015 }, to: { year: 2018 } });
    doc = addHouseholdMember(doc, h.id, s.father, { from: { year: 2020 } });
    const periods = doc.households[0]!.members.filter((m) => m.person === s.father);
    expect(periods).toEqual([
      { person: s.father, from: { year: 2015 }, to: { year: 2018 } },
      { person: s.father, from: { year: 2020 } },
    ]);
    const last = doc.households[0]!.members.length - 1;
    doc = updateHouseholdMember(doc, h.id, last, { to: { year: 2022, month: 4 } });
    expect(doc.households[0]!.members[last]).toEqual({ person: s.father, from: { year: 2020 }, to: { year: 2022, month: 4 } });
    expect(updateHouseholdMember(doc, h.id, last, { to: { year: 2022, month: 4 } })).toBe(doc);
    expect(() => updateHouseholdMember(doc, h.id, 99, {})).toThrow(/Home" has no member number 100/);
    const firstPeriodGone = removeHouseholdMember(doc, h.id, last - 1).households[0]!.members;
    expect(firstPeriodGone.filter((m) => m.person === s.father)).toEqual([{ person: s.father, from: { year: 2020 }, to: { year: 2022, month: 4 } }]);
    expect(() => removeHouseholdMember(doc, h.id, 99)).toThrow(/Home" has no member number 100/);
  });

  it('updates label and emphasis, and removes the household', () => {
    const s = sampleFamily();
    const h = s.doc.households[0]!;
    const doc = updateHousehold(s.doc, h.id, { label: 'Mother’s home', emphasised: true });
    expect(doc.households[0]).toMatchObject({ label: 'Mother’s home', emphasised: true });
    expect(updateHousehold(doc, h.id, { address: undefined })).toBe(doc);
    expect(removeHousehold(doc, h.id).households).toEqual([]);
  });
});
