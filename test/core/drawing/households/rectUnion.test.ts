import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointInRings } from '../../../../src/core/drawing/geometry';
import { rectUnionRings } from '../../../../src/core/drawing/households/rectUnion';
import type { Rect } from '../../../../src/core/drawing/households/rect';

const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 });

describe('rectUnionRings', () => {
  it('outlines two overlapping rectangles as one ring of eight corners', () => {
    const rings = rectUnionRings([rect(0, 0, 100, 40), rect(60, 20, 140, 80)], []);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(8);
  });

  it('merges rectangles in a row into one four-cornered ring', () => {
    const rings = rectUnionRings([rect(0, 0, 50, 40), rect(50, 0, 100, 40), rect(100, 0, 150, 40)], []);
    expect(rings).toEqual([[[0, 0], [150, 0], [150, 40], [0, 40]]]);
  });

  it('keeps a hole that holds an obstacle and fills one that does not', () => {
    const frame = [rect(0, 0, 100, 10), rect(0, 90, 100, 100), rect(0, 0, 10, 100), rect(90, 0, 100, 100)];
    expect(rectUnionRings(frame, [rect(40, 40, 60, 60)])).toHaveLength(2);
    expect(rectUnionRings(frame, [rect(200, 200, 220, 220)])).toHaveLength(1);
  });

  it('keeps pieces that touch only at a corner apart', () => {
    expect(rectUnionRings([rect(0, 0, 10, 10), rect(10, 10, 20, 20)], [])).toHaveLength(2);
  });

  it('encloses exactly the points covered by the rectangles when there are no holes to fill', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(28), fc.nat(28)), { minLength: 10, maxLength: 10 }),
        (specs, probes) => {
          const rects = specs.map(([x, y, w, h]) => rect(x, y, x + w, y + h));
          // Every cell is an obstacle, so no hole is ever filled.
          const everywhere = [rect(-1, -1, 30, 30)];
          const rings = rectUnionRings(rects, everywhere);
          for (const [px, py] of probes) {
            const p = [px + 0.5, py + 0.5] as const;
            const covered = rects.some((r) => p[0] > r.x0 && p[0] < r.x1 && p[1] > r.y0 && p[1] < r.y1);
            expect(pointInRings(p, rings)).toBe(covered);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
