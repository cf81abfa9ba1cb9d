import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeftEdgeIndex } from '../../../../src/core/drawing/households/leftEdgeIndex';

describe('LeftEdgeIndex', () => {
  it('misses no item that reaches into the stretch asked about, and keeps left-edge order', () => {
    const span = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 300 })).map(([x, w]) => ({ x0: x, x1: x + w }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (items, query) => {
        const near = new LeftEdgeIndex(items, (i) => i.x0, (i) => i.x1).near(query.x0, query.x1);
        for (const item of items) if (item.x0 < query.x1 && item.x1 > query.x0) expect(near).toContain(item);
        for (let i = 1; i < near.length; i++) expect(near[i]!.x0).toBeGreaterThanOrEqual(near[i - 1]!.x0);
      }),
    );
  });

  it('skips items that end before the stretch begins', () => {
    const items = [{ x0: 0, x1: 10 }, { x0: 100, x1: 110 }, { x0: 200, x1: 210 }];
    expect(new LeftEdgeIndex(items, (i) => i.x0, (i) => i.x1).near(150, 205)).toEqual([items[2]]);
  });
});
