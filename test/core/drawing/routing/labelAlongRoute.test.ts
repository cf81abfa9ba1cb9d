import { describe, expect, it } from 'vitest';
import { labelAlongRoute } from '../../../../src/core/drawing/routing/labelAlongRoute';
import type { Box, Point } from '../../../../src/core/drawing/scene';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('labelAlongRoute', () => {
  const route: Point[] = [[0, 0], [400, 0]];

  it('puts the label above the middle of the route when nothing is there', () => {
    const { box, badness } = labelAlongRoute(route, 60, 12, () => 0);
    expect(badness).toBe(0);
    expect(box.x + box.width / 2).toBe(200);
    expect(box.y + box.height).toBeLessThan(0);
  });

  it('slides along the route to the nearest free place when the middle is taken', () => {
    const taken: Box[] = [{ x: 150, y: -30, width: 100, height: 60 }];
    const { box, badness } = labelAlongRoute(route, 60, 12, (b) => taken.filter((t) => overlaps(b, t)).length);
    expect(badness).toBe(0);
    expect(overlaps(box, taken[0]!)).toBe(false);
    // As near the middle as the free space allows: just beside the taken box.
    expect(Math.min(Math.abs(box.x + box.width - 150), Math.abs(box.x - 250))).toBeLessThanOrEqual(6);
  });

  it('goes beside a vertical run, never over the route itself', () => {
    const bend: Point[] = [[0, 0], [0, 300], [20, 300]];
    const { box } = labelAlongRoute(bend, 60, 12, () => 0);
    expect(box.x >= 0 || box.x + box.width <= 0).toBe(true);
    expect(box.y + box.height / 2).toBeCloseTo(160, -1);
  });
});
