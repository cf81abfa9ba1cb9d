import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import {
  addPerson,
  addTwin,
  leaveMultipleBirth,
  removeMultipleBirth,
  setMultipleBirth,
  updateMultipleBirth,
} from '../../../../src/core/model/operations';
import { people, sampleFamily } from './sampleFamily';

describe('multiple births', () => {
  it('changes only the kind when the same members are grouped again, keeping the id', () => {
    const s = sampleFamily();
    const group = s.doc.multipleBirths[0]!;
    const { doc, id } = setMultipleBirth(s.doc, [s.twinA, s.twinB], 'identical');
    expect(id).toBe(group.id);
    expect(doc.multipleBirths).toEqual([{ ...group, kind: 'identical' }]);
    expect(setMultipleBirth(doc, [s.twinA, s.twinB], 'identical').doc).toBe(doc);
  });

  it('moves members out of their old group, dissolving it when fewer than two remain', () => {
    const s = sampleFamily();
    const { doc, id } = setMultipleBirth(s.doc, [s.twinB, s.third], 'fraternal');
    expect(doc.multipleBirths).toEqual([{ id, kind: 'fraternal', members: [s.twinB, s.third] }]);
  });

  it('groups people in the given order, taking them out of any earlier group', () => {
    const { doc, ids } = people(3);
    const first = setMultipleBirth(doc, [ids[0]!, ids[1]!], 'fraternal');
    const second = setMultipleBirth(first.doc, [ids[1]!, ids[2]!], 'fraternal');
    expect(second.doc.multipleBirths).toEqual([{ id: second.id, kind: 'fraternal', members: [ids[1], ids[2]] }]);
  });

  it('refuses fewer than two people and removes a group', () => {
    const s = sampleFamily();
    expect(() => setMultipleBirth(s.doc, [s.twinA, s.twinA], 'fraternal')).toThrow(/at least two/);
    expect(removeMultipleBirth(s.doc, s.doc.multipleBirths[0]!.id).multipleBirths).toEqual([]);
  });

  it('changes kind and birth order, refusing a group of one or a person listed twice', () => {
    const s = sampleFamily();
    const group = s.doc.multipleBirths[0]!;
    const doc = updateMultipleBirth(s.doc, group.id, { kind: 'identical', members: [s.twinB, s.twinA] });
    expect(doc.multipleBirths).toEqual([{ id: group.id, kind: 'identical', members: [s.twinB, s.twinA] }]);
    expect(updateMultipleBirth(doc, group.id, { kind: 'identical' })).toBe(doc);
    expect(() => updateMultipleBirth(doc, group.id, { members: [s.twinA] })).toThrow(/at least two/);
    expect(() => updateMultipleBirth(doc, group.id, { members: [s.twinA, s.twinA, s.twinB] })).toThrow(/only once/);
    expect(() => updateMultipleBirth(doc, group.id, { members: [s.twinA, 'p_x'] })).toThrow(/no person with id "p_x"/);
  });

  it('taking a person out of twins dissolves the group; out of triplets leaves twins', () => {
    const a = addPerson(emptyDocument(), {});
    const twins = addTwin(a.doc, a.id);
    expect(leaveMultipleBirth(twins.doc, twins.multipleBirthId, a.id).multipleBirths).toEqual([]);
    const triplets = addTwin(twins.doc, twins.id);
    const left = leaveMultipleBirth(triplets.doc, triplets.multipleBirthId, a.id);
    expect(left.multipleBirths).toEqual([{ id: twins.multipleBirthId, kind: 'fraternal', members: [twins.id, triplets.id] }]);
    expect(leaveMultipleBirth(left, twins.multipleBirthId, a.id)).toBe(left);
  });
});
