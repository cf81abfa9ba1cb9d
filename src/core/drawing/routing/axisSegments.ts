import type { Point } from '../scene';
import type { Rect } from '../households/rect';
import type { TakenLine } from './routeTypes';
import { isHorizontal, isVertical } from './routingGrid';

/** Length of an axis-parallel segment inside the open rectangle. */
export function insideLength(p: Point, q: Point, r: Rect): number {
  if (p[1] === q[1]) {
    if (p[1] <= r.y0 || p[1] >= r.y1) return 0;
    return Math.max(0, Math.min(r.x1, Math.max(p[0], q[0])) - Math.max(r.x0, Math.min(p[0], q[0])));
  }
  if (p[0] <= r.x0 || p[0] >= r.x1) return 0;
  return Math.max(0, Math.min(r.y1, Math.max(p[1], q[1])) - Math.max(r.y0, Math.min(p[1], q[1])));
}

/** Length over which an axis-parallel segment runs beside a taken line closer than it asks. */
export function alongside(p: Point, q: Point, t: TakenLine): number {
  const horizontal = p[1] === q[1];
  if (horizontal ? !isHorizontal(t) : !isVertical(t)) return 0;
  const axis: 0 | 1 = horizontal ? 0 : 1;
  const across: 0 | 1 = horizontal ? 1 : 0;
  if (Math.abs(p[across] - t.from[across]) >= t.keepApart) return 0;
  const lo = Math.max(Math.min(p[axis], q[axis]), Math.min(t.from[axis], t.to[axis]));
  const hi = Math.min(Math.max(p[axis], q[axis]), Math.max(t.from[axis], t.to[axis]));
  return Math.max(0, hi - lo);
}
