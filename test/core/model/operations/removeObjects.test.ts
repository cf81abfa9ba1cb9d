import { describe, expect, it } from 'vitest';
import { removeObjects } from '../../../../src/core/model/operations';
import { sampleFamily } from './sampleFamily';

describe('removeObjects', () => {
  it('removes objects of every kind by id and ignores unknown ids', () => {
    const s = sampleFamily();
    const ids = [s.union, s.doc.households[0]!.id, s.doc.relationships[0]!.id, s.doc.multipleBirths[0]!.id, s.doc.parentLinks[0]!.id, 'zz_x'];
    const doc = removeObjects(s.doc, ids);
    expect(doc.partnerships).toEqual([]);
    expect(doc.households).toEqual([]);
    expect(doc.relationships).toEqual([]);
    expect(doc.multipleBirths).toEqual([]);
    expect(doc.parentLinks).toHaveLength(s.doc.parentLinks.length - 1);
    expect(doc.persons).toBe(s.doc.persons);
    expect(removeObjects(s.doc, ['zz_x'])).toBe(s.doc);
  });

  it('removes persons with what is attached to them', () => {
    const s = sampleFamily();
    const doc = removeObjects(s.doc, [s.mother]);
    expect(doc.persons).toHaveLength(4);
    expect(doc.partnerships).toEqual([]);
    expect(doc.parentLinks.some((l) => l.parent === s.mother)).toBe(false);
    const noTwin = removeObjects(s.doc, [s.twinA]);
    expect(noTwin.parentLinks.some((l) => l.child === s.twinA)).toBe(false);
    expect(noTwin.multipleBirths).toEqual([]);
  });
});
