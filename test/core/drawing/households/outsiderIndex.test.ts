import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OutsiderIndex } from '../../../../src/core/drawing/households/outsiderIndex';
import { overlaps, type Rect } from '../../../../src/core/drawing/households/rect';

describe('OutsiderIndex', () => {
  it('finds the same boxes as a scan of everyone, skipping members', () => {
    const box = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100 }));
    fc.assert(
      fc.property(fc.array(fc.array(box, { minLength: 1, maxLength: 3 }), { maxLength: 30 }), box, fc.array(fc.nat(29)), (people, [x, y, w, h], skipped) => {
        const entries = people.map((boxes, i) => [`p${i}`, boxes.map(([bx, by, bw, bh]): Rect => ({ x0: bx, y0: by, x1: bx + bw, y1: by + bh }))] as [string, Rect[]]);
        const region = { x0: x, y0: y, x1: x + w, y1: y + h };
        const skip = new Set(skipped.map((i) => `p${i}`));
        const expected = entries.filter(([id]) => !skip.has(id)).flatMap(([, boxes]) => boxes.filter((b) => overlaps(b, region)));
        const found = new OutsiderIndex(entries).boxesIn(region, skip);
        const key = (b: Rect) => `${b.x0},${b.y0},${b.x1},${b.y1}`;
        expect(found.map(key).sort()).toEqual(expected.map(key).sort());
      }),
      { numRuns: 200 },
    );
  });
});
