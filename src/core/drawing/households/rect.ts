import type { Box } from '../scene';

/** An axis-aligned rectangle by its edges, which keeps overlap tests to four comparisons. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function rectOfBox(b: Box, pad = 0): Rect {
  return { x0: b.x - pad, y0: b.y - pad, x1: b.x + b.width + pad, y1: b.y + b.height + pad };
}

/** True when the two share some area; rectangles that only touch do not overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when the two share area or a stretch of edge, so their union is one piece. */
export function joined(a: Rect, b: Rect): boolean {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w >= 0 && h >= 0 && (w > 0 || h > 0);
}

export function hull(a: Rect, b: Rect): Rect {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function isFree(r: Rect, obstacles: readonly Rect[]): boolean {
  for (const o of obstacles) if (overlaps(r, o)) return false;
  return true;
}

/** The parts of `a` outside `b`: up to four rectangles (bands above and below, then sides). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const out: Rect[] = [];
  if (b.y0 > a.y0) out.push({ x0: a.x0, y0: a.y0, x1: a.x1, y1: b.y0 });
  if (b.y1 < a.y1) out.push({ x0: a.x0, y0: b.y1, x1: a.x1, y1: a.y1 });
  const y0 = Math.max(a.y0, b.y0);
  const y1 = Math.min(a.y1, b.y1);
  if (b.x0 > a.x0) out.push({ x0: a.x0, y0, x1: b.x0, y1 });
  if (b.x1 < a.x1) out.push({ x0: b.x1, y0, x1: a.x1, y1 });
  return out;
}

/** Gap between two rectangles along both axes (0 where they overlap on that axis). */
export function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1));
  const dy = Math.max(0, Math.max(a.y0, b.y0) - Math.min(a.y1, b.y1));
  return dx + dy;
}
