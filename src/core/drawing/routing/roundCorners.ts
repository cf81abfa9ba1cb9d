import type { Point } from '../scene';

/** Points drawn along each rounded corner. */
const STEPS = 4;

/**
 * The polyline with every corner replaced by a quadratic curve of at most `radius`, less
 * where a run is short (a corner takes at most half of each run beside it). The curve never
 * strays more than radius/4 from the corner, inside the route's clearance; the two ends stay.
 */
export function roundCorners(points: readonly Point[], radius: number): Point[] {
  if (points.length < 3 || radius <= 0) return [...points];
  const out: Point[] = [points[0]!];
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const inLen = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const outLen = Math.hypot(c[0] - b[0], c[1] - b[1]);
    const k = Math.min(radius, inLen / 2, outLen / 2);
    if (k < 0.5) {
      out.push(b);
      continue;
    }
    const p: Point = [b[0] - ((b[0] - a[0]) / inLen) * k, b[1] - ((b[1] - a[1]) / inLen) * k];
    const q: Point = [b[0] + ((c[0] - b[0]) / outLen) * k, b[1] + ((c[1] - b[1]) / outLen) * k];
    for (let s = 0; s <= STEPS; s++) {
      const t = s / STEPS;
      const u = 1 - t;
      out.push([u * u * p[0] + 2 * u * t * b[0] + t * t * q[0], u * u * p[1] + 2 * u * t * b[1] + t * t * q[1]]);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}
