import type { Point } from './scene';
import type { PlacedPerson } from './partnerLines';

/** Height above a row's symbols where relationship lines between people in that row run. */
const ABOVE_ROW = 21;

/**
 * The route of a relationship line: straight from edge to edge, unless the two stand in
 * one row with other symbols between them; then it rises above the row, runs along it
 * and comes down, so it never crosses the symbols in between.
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
  const dir = Math.sign(dx) || 1;
  const top = Math.min(from.y, to.y) - ABOVE_ROW;
  return [
    [a.cx + dir * 6, a.top],
    [a.cx + dir * 16, top],
    [b.cx - dir * 16, top],
    [b.cx - dir * 6, b.top],
  ];
}
