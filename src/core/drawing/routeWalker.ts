import type { Point } from './scene';

/** Positions along a polyline by distance from its start, with sideways offsets. */
export interface RouteWalker {
  length: number;
  /** The point at distance t along the route, moved `off` to the route's left. */
  at(t: number, off?: number): Point;
  /** The route between two distances, as a polyline, moved `off` sideways. */
  slice(t0: number, t1: number, off?: number): Point[];
}

export function walkRoute(route: Point[]): RouteWalker {
  const cumulative: number[] = [0];
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    cumulative.push(cumulative[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const length = cumulative[cumulative.length - 1] ?? 0;
  // The segment holding distance t: the first i with cumulative[i] >= t (binary search, so
  // drawing a pattern along a long route with many rounded corners stays linear).
  const segmentAt = (t: number) => {
    let lo = 1;
    let hi = route.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const normal = (i: number): Point => {
    const a = route[i - 1]!;
    const b = route[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  };
  const at = (t: number, off = 0): Point => {
    if (route.length < 2) return route[0] ?? [0, 0];
    const clamped = Math.max(0, Math.min(length, t));
    const i = segmentAt(clamped);
    const a = route[i - 1]!;
    const b = route[i]!;
    const segLen = cumulative[i]! - cumulative[i - 1]! || 1;
    const f = (clamped - cumulative[i - 1]!) / segLen;
    const n = normal(i);
    return [a[0] + f * (b[0] - a[0]) + n[0] * off, a[1] + f * (b[1] - a[1]) + n[1] * off];
  };
  const slice = (t0: number, t1: number, off = 0): Point[] => {
    const points: Point[] = [at(t0, off)];
    for (let i = 1; i < route.length - 1; i++) {
      const d = cumulative[i]!;
      if (d <= t0 || d >= t1) continue;
      // Mitre the corner so both offset segments meet.
      const n1 = normal(i);
      const n2 = normal(i + 1);
      const mx = n1[0] + n2[0];
      const my = n1[1] + n2[1];
      const dot = (mx * n1[0] + my * n1[1]) || 1;
      const v = route[i]!;
      points.push([v[0] + (mx / dot) * off, v[1] + (my / dot) * off]);
    }
    points.push(at(t1, off));
    return points;
  };
  return { length, at, slice };
}
