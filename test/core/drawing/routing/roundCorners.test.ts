import { describe, expect, it } from 'vitest';
import { roundCorners } from '../../../../src/core/drawing/routing/roundCorners';
import type { Point } from '../../../../src/core/drawing/scene';

describe('roundCorners', () => {
  it('keeps both ends and stays within a quarter of the radius of each corner', () => {
    const route: Point[] = [[0, 0], [100, 0], [100, 50], [300, 50]];
    const round = roundCorners(route, 8);
    expect(round[0]).toEqual([0, 0]);
    expect(round.at(-1)).toEqual([300, 50]);
    for (const corner of [route[1]!, route[2]!]) {
      const nearest = Math.min(...round.map((p) => Math.hypot(p[0] - corner[0], p[1] - corner[1])));
      expect(nearest).toBeLessThanOrEqual(8 / 4 * Math.SQRT2 + 1e-9);
      expect(nearest).toBeGreaterThan(0);
    }
  });

  it('takes no more than half of a short run at either corner', () => {
    const round = roundCorners([[0, 0], [100, 0], [100, 6], [200, 6]], 8);
    // The 6-unit step is shared by its two corners: 3 each, so the curves meet in its middle.
    expect(round.some((p) => p[0] === 100 && p[1] === 3)).toBe(true);
    expect(round.some((p) => p[0] === 97 && p[1] === 0)).toBe(true);
  });

  it('leaves a straight line alone', () => {
    expect(roundCorners([[0, 0], [10, 0]], 8)).toEqual([[0, 0], [10, 0]]);
  });
});
