import { describe, expect, it } from 'vitest';
import {
  addHousehold,
  addHouseholdMember,
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

  it('adds periods, dates them, and removes a person’s periods', () => {
    const s = sampleFamily();
    const h = s.doc.households[0]!;
    let doc = removeHouseholdMember(s.doc, h.id, s.father);
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
    expect(() => updateHouseholdMember(doc, h.id, 99, {})).toThrow(/Home" has no member number 100/);
    expect(removeHouseholdMember(doc, h.id, s.father).households[0]!.members.some((m) => m.person === s.father)).toBe(false);
  });

  it('updates label and emphasis, and removes the household', () => {
    const s = sampleFamily();
    const h = s.doc.households[0]!;
    const doc = updateHousehold(s.doc, h.id, { label: 'Mother’s home', emphasised: true });
    expect(doc.households[0]).toMatchObject({ label: 'Mother’s home', emphasised: true });
    expect(removeHousehold(doc, h.id).households).toEqual([]);
  });
});
