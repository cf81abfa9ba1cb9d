import type { Box, Point } from '../scene';

/** Space between the route and a label beside it (a zigzag swings 4 either side). */
const GAP = 6;
/** Candidate places are this far apart along the route. */
const STEP = 6;
/** Runs shorter than this are the pieces of a rounded corner: no label beside them. */
const SHORTEST_RUN = 8;

export interface LabelPreference {
  /** Near the middle of the route (a relationship's kind) or near its end (a child's link). */
  prefer?: 'middle' | 'end';
  /** A place tried before all others, kept when it covers nothing: where the label stood before. */
  first?: Box;
}

/**
 * Where a label of the given size goes beside the route: above or below a horizontal run,
 * right or left of a vertical one, as near the middle (or the end) of the route as it can be
 * while `badness` (how much it covers: other text, symbols, lines) is least. Covering the
 * route itself counts as bad. Deterministic: ties go to the earlier place along the route.
 */
export function labelAlongRoute(route: readonly Point[], width: number, height: number, badness: (box: Box) => number, preference: LabelPreference = {}): { box: Box; badness: number } {
  const cumulative = [0];
  for (let i = 1; i < route.length; i++) cumulative.push(cumulative[i - 1]! + Math.hypot(route[i]![0] - route[i - 1]![0], route[i]![1] - route[i - 1]![1]));
  const total = cumulative[cumulative.length - 1]!;
  const aim = preference.prefer === 'end' ? total : total / 2;
  // Every candidate place with what it costs before looking at what it covers; then the
  // places are looked at cheapest first, until no place left could beat the best found.
  const candidates: { box: Box; base: number; order: number }[] = [];
  if (preference.first) candidates.push({ box: preference.first, base: -1, order: -1 });
  const add = (box: Box, along: number, sidePenalty: number) => candidates.push({ box, base: Math.abs(along - aim) * 0.05 + sidePenalty, order: candidates.length });
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    if (length < SHORTEST_RUN) continue;
    const horizontal = Math.abs(dx) >= Math.abs(dy);
    const edge = Math.min(length / 2, 4);
    const places: number[] = [length / 2];
    for (let t = edge; t <= length - edge + 1e-9; t += STEP) places.push(t);
    for (const t of places) {
      const x = a[0] + (dx / length) * t;
      const y = a[1] + (dy / length) * t;
      const along = cumulative[i - 1]! + t;
      if (horizontal) {
        add({ x: x - width / 2, y: y - GAP - height, width, height }, along, 0);
        add({ x: x - width / 2, y: y + GAP, width, height }, along, 1);
      } else {
        add({ x: x + GAP, y: y - height / 2, width, height }, along, 3);
        add({ x: x - GAP - width, y: y - height / 2, width, height }, along, 4);
      }
    }
  }
  candidates.sort((p, q) => p.base - q.base || p.order - q.order);
  let best: { box: Box; badness: number } | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.base >= bestScore) break;
    const bad = badness(c.box) + coversRoute(route, c.box);
    const score = bad * 1000 + c.base;
    if (score < bestScore) {
      bestScore = score;
      best = { box: c.box, badness: bad };
    }
  }
  if (best) return best;
  // A route too short for any run: centre the label above its middle.
  const mid = route[Math.floor(route.length / 2)] ?? [0, 0];
  const box = { x: mid[0] - width / 2, y: mid[1] - GAP - height, width, height };
  return { box, badness: badness(box) };
}

/** 1 when some segment of the route passes through the box, else 0. */
function coversRoute(route: readonly Point[], box: Box): number {
  for (let i = 1; i < route.length; i++) if (segmentMeetsBox(route[i - 1]!, route[i]!, box)) return 1;
  return 0;
}

/** Does the segment pass through the inside of the box (Liang–Barsky)? */
export function segmentMeetsBox(p: Point, q: Point, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [
    [-dx, p[0] - b.x],
    [dx, b.x + b.width - p[0]],
    [-dy, p[1] - b.y],
    [dy, b.y + b.height - p[1]],
  ];
  for (const [d, room] of checks) {
    if (d === 0) {
      if (room <= 0) return false;
      continue;
    }
    const t = room / d;
    if (d < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}
