import type { Point } from '../scene';
import { corners } from './gridSearch';

/** Steps sideways shorter than this are straightened where they can be. */
const LONGEST_JOG = 30;

/**
 * Takes short sideways steps out of an orthogonal route: where a run steps aside by a few
 * units and carries on in the same direction (a Z), one of the two runs is moved onto the
 * other's line, lengthening or shortening the runs at its ends, if every new segment is
 * `free`. The first and last points (on the symbols' edges) never move.
 */
export function straightenJogs(route: readonly Point[], free: (p: Point, q: Point) => boolean): Point[] {
  let points = [...route];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i + 2 < points.length && !changed; i++) {
      const [a, b, c, d] = [points[i - 1]!, points[i]!, points[i + 1]!, points[i + 2]!];
      const step: Point = [c[0] - b[0], c[1] - b[1]];
      if (Math.abs(step[0]) + Math.abs(step[1]) >= LONGEST_JOG || !sameWay(a, b, c, d)) continue;
      // Move the run after the step back onto the line of the run before it…
      if (i + 3 < points.length) {
        const moved: Point = [d[0] - step[0], d[1] - step[1]];
        const e = points[i + 3]!;
        if (keepsWay(d, e, moved) && free(a, moved) && free(moved, e)) {
          points = corners([...points.slice(0, i), moved, ...points.slice(i + 3)]);
          changed = true;
          continue;
        }
      }
      // …or the run before it onto the line of the run after it.
      if (i >= 2) {
        const moved: Point = [a[0] + step[0], a[1] + step[1]];
        const z = points[i - 2]!;
        if (keepsWay(a, z, moved) && free(z, moved) && free(moved, d)) {
          points = corners([...points.slice(0, i - 1), moved, ...points.slice(i + 2)]);
          changed = true;
        }
      }
    }
  }
  return points;
}

/** a→b and c→d run the same way along one axis, b→c across it. */
function sameWay(a: Point, b: Point, c: Point, d: Point): boolean {
  const s1: Point = [Math.sign(b[0] - a[0]), Math.sign(b[1] - a[1])];
  const s3: Point = [Math.sign(d[0] - c[0]), Math.sign(d[1] - c[1])];
  const across = (b[0] === c[0]) !== (a[0] === b[0]);
  return across && s1[0] === s3[0] && s1[1] === s3[1] && s1[0] + s1[1] !== 0 && (s1[0] === 0) !== (s1[1] === 0);
}

/** The run from `corner` to `other`, with `corner` moved to `moved`, still runs the same way and is not empty. */
function keepsWay(corner: Point, other: Point, moved: Point): boolean {
  const before: Point = [Math.sign(other[0] - corner[0]), Math.sign(other[1] - corner[1])];
  const after: Point = [Math.sign(other[0] - moved[0]), Math.sign(other[1] - moved[1])];
  return before[0] === after[0] && before[1] === after[1] && (after[0] !== 0 || after[1] !== 0);
}
