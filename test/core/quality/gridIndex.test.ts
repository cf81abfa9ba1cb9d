import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsMeet, type Rect } from '../../../src/core/quality/geometry';
import { GridIndex, noWork } from '../../../src/core/quality/gridIndex';

const rect = fc
  .record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }), w: fc.integer({ min: 0, max: 600 }), h: fc.integer({ min: 0, max: 600 }) })
  .map(({ x, y, w, h }): Rect => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

describe('GridIndex', () => {
  it('finds exactly the boxes meeting a query, each once, wherever the query lies', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 60 }), fc.array(rect, { minLength: 1, maxLength: 10 }), (rects, queries) => {
        const grid = new GridIndex(rects, noWork());
        for (const q of queries) {
          const found: number[] = [];
          grid.near(q, (i) => found.push(i));
          const expected = rects.flatMap((r, i) => (rectsMeet(q, r) ? [i] : []));
          expect(found.sort((a, b) => a - b)).toEqual(expected);
        }
      }),
    );
  });

  it('counts its work and leaves out boxes that are not finite', () => {
    const work = noWork();
    const grid = new GridIndex([{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: NaN, y0: 0, x1: 1, y1: 1 }, { x0: 500, y0: 500, x1: 510, y1: 510 }], work);
    const found: number[] = [];
    grid.near({ x0: -5, y0: -5, x1: 5, y1: 5 }, (i) => found.push(i));
    expect(found).toEqual([0]);
    expect(work).toEqual({ cellVisits: 1, pairsTested: 1 });
  });

  it('a vast sparse figure gets larger cells rather than millions of them', () => {
    const work = noWork();
    const grid = new GridIndex([{ x0: 0, y0: 0, x1: 1, y1: 1 }, { x0: 1e7, y0: 1e7, x1: 1e7 + 1, y1: 1e7 + 1 }], work);
    const found: number[] = [];
    grid.near({ x0: 1e7, y0: 1e7, x1: 1e7 + 1, y1: 1e7 + 1 }, (i) => found.push(i));
    expect(found).toEqual([1]);
  });
});
