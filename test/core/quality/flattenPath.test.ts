import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenPath } from '../../../src/core/quality/flattenPath';

describe('flattenPath', () => {
  it('reads the M/L/Z paths the drawing writes as they are', () => {
    expect(flattenPath('M60 40 L60 47 L220 47 L220 40')).toEqual([{ points: [[60, 40], [60, 47], [220, 47], [220, 40]], closed: false }]);
    expect(flattenPath('M0 0 L10 0 L10 10 Z')).toEqual([{ points: [[0, 0], [10, 0], [10, 10], [0, 0]], closed: true }]);
  });

  it('reads relative commands, H and V, implicit line-tos and several subpaths', () => {
    expect(flattenPath('m10 10 h5 v5 l-5 0 z M100 100 200 100')).toEqual([
      { points: [[10, 10], [15, 10], [15, 15], [10, 15], [10, 10]], closed: true },
      { points: [[100, 100], [200, 100]], closed: false },
    ]);
  });

  it('flattens a cubic through its end points, bulging towards its control points', () => {
    const [sub] = flattenPath('M0 100 C 30 0 70 0 100 100');
    expect(sub!.points[0]).toEqual([0, 100]);
    expect(sub!.points[sub!.points.length - 1]).toEqual([100, 100]);
    expect(Math.min(...sub!.points.map((p) => p[1]))).toBeCloseTo(25, 0);
  });

  it('reflects the control point for S and T', () => {
    const [t] = flattenPath('M0 0 Q 10 10 20 0 T 40 0');
    // The second curve's control point is the reflection (30, -10): it dips below.
    expect(Math.min(...t!.points.map((p) => p[1]))).toBeCloseTo(-5, 0);
    const [s] = flattenPath('M0 0 C 0 10 20 10 20 0 S 40 -10 40 0');
    expect(Math.min(...s!.points.map((p) => p[1]))).toBeCloseTo(-7.5, 0);
  });

  it('flattens arcs onto their circle, ending at the end point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.boolean(), (r, sweep) => {
        const [sub] = flattenPath(`M0 0 A ${r} ${r} 0 0 ${sweep ? 1 : 0} ${2 * r} 0`);
        const points = sub!.points;
        expect(points[points.length - 1]).toEqual([2 * r, 0]);
        for (const [x, y] of points) expect(Math.hypot(x - r, y)).toBeCloseTo(r, 6);
        // Sweep flag 1 turns clockwise on screen (y down): from the left end over the top.
        const mid = points[Math.floor(points.length / 2)]!;
        expect(Math.sign(mid[1])).toBe(sweep ? -1 : 1);
      }),
    );
  });

  it('never loops or throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (d) => {
        expect(Array.isArray(flattenPath(d))).toBe(true);
      }),
    );
    expect(flattenPath('')).toEqual([]);
    expect(flattenPath('M')).toEqual([]);
    expect(flattenPath('L 10 10')).toEqual([{ points: [[0, 0], [10, 10]], closed: false }]);
    expect(flattenPath('M0 0 L5 0 Z 1 2 L 3 3')).toEqual([{ points: [[0, 0], [5, 0], [0, 0]], closed: true }, { points: [[0, 0], [3, 3]], closed: false }]);
  });
});
