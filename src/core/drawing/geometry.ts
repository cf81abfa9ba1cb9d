import type { Box, Point } from './scene';

/** Clips a convex polygon to the half-plane a*x + b*y <= c (Sutherland–Hodgman, one edge). */
export function clipToHalfPlane(polygon: Point[], a: number, b: number, c: number): Point[] {
  const out: Point[] = [];
  const inside = (p: Point) => a * p[0] + b * p[1] <= c + 1e-9;
  for (let i = 0; i < polygon.length; i++) {
    const cur = polygon[i]!;
    const prev = polygon[(i + polygon.length - 1) % polygon.length]!;
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn !== prevIn) {
      const dPrev = a * prev[0] + b * prev[1] - c;
      const dCur = a * cur[0] + b * cur[1] - c;
      const t = dPrev / (dPrev - dCur);
      out.push([prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])]);
    }
    if (curIn) out.push(cur);
  }
  return out;
}

/** The part of the segment p→q inside a convex polygon (Cyrus–Beck), or undefined. */
export function clipSegmentToConvex(p: Point, q: Point, polygon: Point[]): [Point, Point] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const area = signedArea(polygon);
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    // Inward normal depends on the winding.
    const nx = area > 0 ? -(b[1] - a[1]) : b[1] - a[1];
    const ny = area > 0 ? b[0] - a[0] : -(b[0] - a[0]);
    const num = nx * (p[0] - a[0]) + ny * (p[1] - a[1]);
    const den = nx * dx + ny * dy;
    if (Math.abs(den) < 1e-12) {
      if (num < 0) return undefined;
      continue;
    }
    const t = -num / den;
    if (den > 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  return [
    [p[0] + t0 * dx, p[1] + t0 * dy],
    [p[0] + t1 * dx, p[1] + t1 * dy],
  ];
}

export function signedArea(polygon: Point[]): number {
  let s = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function polygonPath(polygon: Point[]): string {
  if (polygon.length === 0) return '';
  return `${polygon.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p[0])} ${r(p[1])}`).join(' ')} Z`;
}

/** Rounds to 2 decimals so output is compact and stable. */
export function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Even-odd point-in-polygon over several rings (outer outlines and holes alike). */
export function pointInRings(point: Point, rings: Point[][]): boolean {
  let inside = false;
  const [x, y] = point;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Parses a path of M/L/Z commands (as the drawing writes them) back into rings. */
export function ringsOfPath(d: string): Point[][] {
  const rings: Point[][] = [];
  let current: Point[] = [];
  for (const m of d.matchAll(/([MLZ])\s*(-?[\d.]+)?\s*(-?[\d.]+)?/g)) {
    if (m[1] === 'M') {
      if (current.length) rings.push(current);
      current = [[Number(m[2]), Number(m[3])]];
    } else if (m[1] === 'L') current.push([Number(m[2]), Number(m[3])]);
    else {
      if (current.length) rings.push(current);
      current = [];
    }
  }
  if (current.length) rings.push(current);
  return rings;
}

/** A straight line's box, reaching `pad` either side of it (half the ink's width, or a hair for a bare path). */
export function segmentBox(from: Point, to: Point, pad: number): Box {
  return { x: Math.min(from[0], to[0]) - pad, y: Math.min(from[1], to[1]) - pad, width: Math.abs(from[0] - to[0]) + 2 * pad, height: Math.abs(from[1] - to[1]) + 2 * pad };
}
