import { describe, expect, it } from 'vitest';
import { straightenJogs } from '../../../../src/core/drawing/routing/straightenJogs';
import type { Point } from '../../../../src/core/drawing/scene';

const everywhere = () => true;

describe('straightenJogs', () => {
  it('moves the run after a short step sideways back onto the line before it', () => {
    const route: Point[] = [[0, 0], [0, 100], [200, 100], [200, 110], [400, 110], [400, 200]];
    expect(straightenJogs(route, everywhere)).toEqual([[0, 0], [0, 100], [400, 100], [400, 200]]);
  });

  it('moves the run before it instead where the run after cannot move', () => {
    // The step sits just before the last run, whose end (a symbol's edge) stays put.
    const route: Point[] = [[0, 0], [0, 100], [200, 100], [200, 110], [400, 110]];
    expect(straightenJogs(route, everywhere)).toEqual([[0, 0], [0, 110], [400, 110]]);
  });

  it('leaves a step where the straight way is not free, and steps longer than a jog', () => {
    const route: Point[] = [[0, 0], [0, 100], [200, 100], [200, 110], [400, 110], [400, 200]];
    // An obstacle on the line y = 100 beyond x = 200, and on x = 0 below y = 100.
    const blocked = (p: Point, q: Point) => !(p[1] === 100 && q[1] === 100 && Math.max(p[0], q[0]) > 200) && !(p[0] === 0 && q[0] === 0 && Math.max(p[1], q[1]) > 100);
    expect(straightenJogs(route, blocked)).toEqual(route);
    const long: Point[] = [[0, 0], [0, 100], [200, 100], [200, 160], [400, 160], [400, 200]];
    expect(straightenJogs(long, everywhere)).toEqual(long);
  });

  it('never moves the two ends, and leaves a U-turn alone', () => {
    const u: Point[] = [[0, 0], [100, 0], [100, 10], [0, 10]];
    expect(straightenJogs(u, everywhere)).toEqual(u);
    const z: Point[] = [[0, 0], [100, 0], [100, 10], [200, 10]];
    expect(straightenJogs(z, everywhere)).toEqual(z);
  });
});
