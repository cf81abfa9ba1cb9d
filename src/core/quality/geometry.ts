// Plane geometry for the legibility check: straight segments against segments, boxes,
// circles and convex polygons. Everything is in the Scene's user units.

import type { Point } from '../drawing/scene';

/** An axis-aligned box by its corners (x0 <= x1, y0 <= y1). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function rectOfPoints(points: readonly Point[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return { x0, y0, x1, y1 };
}

export function growRect(r: Rect, by: number): Rect {
  return { x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by };
}

export function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** How far two boxes overlap along x and along y (negative when apart). */
export function rectOverlap(a: Rect, b: Rect): { x: number; y: number } {
  return { x: Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), y: Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) };
}

export function distance(p: Point, q: Point): number {
  return Math.hypot(q[0] - p[0], q[1] - p[1]);
}

/** The piece of segment p→q inside the box (Liang–Barsky clipping), or undefined when it misses. */
export function segmentInRect(p: Point, q: Point, r: Rect): [Point, Point] | undefined {
  if (r.x1 <= r.x0 || r.y1 <= r.y0) return undefined;
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [
    [-dx, p[0] - r.x0],
    [dx, r.x1 - p[0]],
    [-dy, p[1] - r.y0],
    [dy, r.y1 - p[1]],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return undefined;
      continue;
    }
    const t = num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return undefined;
  }
  return [
    [p[0] + t0 * dx, p[1] + t0 * dy],
    [p[0] + t1 * dx, p[1] + t1 * dy],
  ];
}

export function distancePointToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Segments whose directions differ by less than about 2° are taken as parallel. */
export const PARALLEL_SINE = 0.035;

/**
 * Where two segments properly cross: not parallel, and the crossing more than `endClearance`
 * from all four ends (so a T-junction or two lines meeting at a point do not count). `ends`
 * says which of p1..p4 are ends of a line; the others are joints between two pieces of one
 * polyline, where a line crossing it exactly at the joint still crosses it.
 */
export function properCrossing(p1: Point, p2: Point, p3: Point, p4: Point, endClearance: number, ends: readonly boolean[] = [true, true, true, true]): Point | undefined {
  const d1x = p2[0] - p1[0];
  const d1y = p2[1] - p1[1];
  const d2x = p4[0] - p3[0];
  const d2y = p4[1] - p3[1];
  const l1 = Math.hypot(d1x, d1y);
  const l2 = Math.hypot(d2x, d2y);
  if (l1 === 0 || l2 === 0) return undefined;
  const den = d1x * d2y - d1y * d2x;
  if (Math.abs(den) / (l1 * l2) < PARALLEL_SINE) return undefined;
  const t = ((p3[0] - p1[0]) * d2y - (p3[1] - p1[1]) * d2x) / den;
  const u = ((p3[0] - p1[0]) * d1y - (p3[1] - p1[1]) * d1x) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return undefined;
  const at: Point = [p1[0] + t * d1x, p1[1] + t * d1y];
  const points = [p1, p2, p3, p4];
  for (let k = 0; k < 4; k++) if (ends[k] !== false && distance(points[k]!, at) <= endClearance) return undefined;
  return at;
}

/** Two segments running side by side: how far apart and over how long a stretch. */
export interface ParallelRun {
  /** Largest distance between the two lines over the shared stretch. */
  gap: number;
  /** Length of the stretch both segments cover, measured along the first. */
  length: number;
  /** Middle of the shared stretch, on the first segment. */
  at: Point;
}

/** The stretch over which segment c→d runs alongside segment a→b, if the two are parallel. */
export function parallelRun(a: Point, b: Point, c: Point, d: Point): ParallelRun | undefined {
  const ls = distance(a, b);
  const lt = distance(c, d);
  if (ls === 0 || lt === 0) return undefined;
  const ux = (b[0] - a[0]) / ls;
  const uy = (b[1] - a[1]) / ls;
  const vx = (d[0] - c[0]) / lt;
  const vy = (d[1] - c[1]) / lt;
  if (Math.abs(ux * vy - uy * vx) >= PARALLEL_SINE) return undefined;
  const along = (p: Point) => (p[0] - a[0]) * ux + (p[1] - a[1]) * uy;
  const across = (p: Point) => (p[0] - a[0]) * -uy + (p[1] - a[1]) * ux;
  const pc = along(c);
  const pd = along(d);
  const lo = Math.max(0, Math.min(pc, pd));
  const hi = Math.min(ls, Math.max(pc, pd));
  if (hi <= lo) return undefined;
  // The points of c→d level with the two ends of the shared stretch.
  const pointAt = (s: number): Point => {
    const t = (s - pc) / (pd - pc);
    return [c[0] + t * (d[0] - c[0]), c[1] + t * (d[1] - c[1])];
  };
  const gap = Math.max(Math.abs(across(pointAt(lo))), Math.abs(across(pointAt(hi))));
  const mid = (lo + hi) / 2;
  return { gap, length: hi - lo, at: [a[0] + mid * ux, a[1] + mid * uy] };
}

/** The convex hull of a set of points, counter-clockwise in a y-up frame (monotone chain). */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, p: Point, q: Point) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * How deep segment p→q reaches into a convex polygon: true when some point of it lies more
 * than `depth` inside every edge (Cyrus–Beck clipping against the edges moved inwards).
 */
export function segmentReachesInsideConvex(p: Point, q: Point, polygon: readonly Point[], depth: number): boolean {
  if (polygon.length < 3) return false;
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    area += a[0] * b[1] - b[0] * a[1];
  }
  const sign = area > 0 ? 1 : -1;
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const len = distance(a, b);
    if (len === 0) continue;
    // Unit inward normal of edge a→b.
    const nx = (sign * -(b[1] - a[1])) / len;
    const ny = (sign * (b[0] - a[0])) / len;
    // Inside by more than depth: n·(x − a) > depth.
    const num = nx * (p[0] - a[0]) + ny * (p[1] - a[1]) - depth;
    const den = nx * dx + ny * dy;
    if (den === 0) {
      if (num <= 0) return false;
      continue;
    }
    const t = -num / den;
    if (den > 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 > t0;
}

/** Distance from a point to a convex polygon's outline, 0 when the point is inside. */
export function distanceToConvex(p: Point, polygon: readonly Point[]): number {
  if (pointInPolygon(p, polygon)) return 0;
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) best = Math.min(best, distancePointToSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!));
  return best;
}

export function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  const [x, y] = p;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
