import { describe, expect, it } from 'vitest';
import { hasPins, releasePins, setPinned } from '../../../../src/core/model/operations';
import { sampleFamily } from './sampleFamily';

describe('pins', () => {
  it('pins the persons named, ignoring unknown ids and non-finite positions', () => {
    const s = sampleFamily();
    const doc = setPinned(s.doc, new Map([[s.mother, { x: 10, y: 20 }], ['p_x', { x: 1, y: 1 }], [s.father, { x: NaN, y: 0 }]]));
    expect(doc.persons.filter((p) => p.pinned).map((p) => [p.id, p.pinned])).toEqual([[s.mother, { x: 10, y: 20 }]]);
    expect(setPinned(doc, new Map([[s.mother, { x: 10, y: 20 }]]))).toBe(doc);
  });

  it('releases some or all pins', () => {
    const s = sampleFamily();
    const doc = setPinned(s.doc, new Map([[s.mother, { x: 1, y: 2 }], [s.father, { x: 3, y: 4 }]]));
    expect(releasePins(doc, [s.mother]).persons.filter((p) => p.pinned).map((p) => p.id)).toEqual([s.father]);
    expect(hasPins(doc)).toBe(true);
    const none = releasePins(doc);
    expect(none.persons.some((p) => 'pinned' in p)).toBe(false);
    expect(hasPins(none)).toBe(false);
    expect(releasePins(none)).toBe(none);
  });
});
