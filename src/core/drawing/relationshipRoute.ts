import type { Point } from './scene';
import type { PlacedPerson } from './partnerLines';

/** How high an arc between two people of one row rises above their symbols. */
const ABOVE_ROW = 24;
const MAX_RISE = 70;
const ARC_STEPS = 24;

/**
 * The route of a relationship line: straight from edge to edge, unless the two stand in
 * one row with other symbols between them; then it arcs over the row, so it never
 * crosses the symbols in between.
 */
export function relationshipRoute(from: PlacedPerson, to: PlacedPerson, everyone: Iterable<PlacedPerson>): Point[] {
  const a = from.drawing;
  const b = to.drawing;
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const length = Math.hypot(dx, dy) || 1;
  const straight: Point[] = [
    [a.cx + (dx / length) * (a.radius + 5), a.cy + (dy / length) * (a.radius + 5)],
    [b.cx - (dx / length) * (b.radius + 5), b.cy - (dy / length) * (b.radius + 5)],
  ];
  if (from.row !== to.row) return straight;
  const lo = Math.min(a.cx, b.cx);
  const hi = Math.max(a.cx, b.cx);
  const blocked = [...everyone].some((p) => p !== from && p !== to && p.row === from.row && p.drawing.cx > lo && p.drawing.cx < hi);
  if (!blocked) return straight;
  // An arc over the row: it crosses other lines at an angle instead of running along them.
  const dir = Math.sign(dx) || 1;
  // Leave from the upper side facing the other person, clear of the years above the symbol.
  const p0: Point = [a.cx + dir * (a.radius + 2), a.cy - a.radius * 0.6];
  const p2: Point = [b.cx - dir * (b.radius + 2), b.cy - b.radius * 0.6];
  const rise = Math.min(MAX_RISE, ABOVE_ROW + 0.12 * Math.abs(dx));
  const control: Point = [(p0[0] + p2[0]) / 2, Math.min(from.y, to.y) - 2 * rise];
  const points: Point[] = [];
  for (let i = 0; i <= ARC_STEPS; i++) {
    const t = i / ARC_STEPS;
    const u = 1 - t;
    points.push([u * u * p0[0] + 2 * u * t * control[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * control[1] + t * t * p2[1]]);
  }
  return points;
}
