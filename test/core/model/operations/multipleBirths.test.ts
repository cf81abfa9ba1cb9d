import { describe, expect, it } from 'vitest';
import { removeMultipleBirth, setMultipleBirth } from '../../../../src/core/model/operations';
import { sampleFamily } from './sampleFamily';

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

  it('refuses fewer than two people and removes a group', () => {
    const s = sampleFamily();
    expect(() => setMultipleBirth(s.doc, [s.twinA, s.twinA], 'fraternal')).toThrow(/at least two/);
    expect(removeMultipleBirth(s.doc, s.doc.multipleBirths[0]!.id).multipleBirths).toEqual([]);
  });
});
