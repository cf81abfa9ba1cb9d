import type { Box, Point, Primitive } from '../scene';
import { ringsOfPath } from '../geometry';
import { BoxesByX } from '../households/boxesByX';
import type { TakenLine, TakenSource } from './routeTypes';

/** The straight stretches a primitive strokes (curves and text give none). */
export function strokedSegments(item: Primitive, keepApart: number): TakenLine[] {
  if (item.type === 'text' || !('stroke' in item) || !item.stroke) return [];
  const chains: (readonly Point[])[] =
    item.type === 'line' ? [[[item.x1, item.y1], [item.x2, item.y2]]] : item.type === 'polyline' ? [item.points] : item.type === 'path' && !/[AQC]/i.test(item.d) ? ringsOfPath(item.d) : [];
  const out: TakenLine[] = [];
  for (const chain of chains) for (let i = 1; i < chain.length; i++) out.push({ from: chain[i - 1]!, to: chain[i]!, keepApart });
  return out;
}

/** Lines longer than this are indexed in pieces, so a query near a long bar scans few boxes. */
const PIECE = 200;

/** Taken lines, found by region through the boxes they keep clear. */
export class TakenLines implements TakenSource {
  private readonly boxes: Box[] = [];
  private readonly lines = new Map<Box, TakenLine>();
  private readonly index: BoxesByX;

  constructor(lines: readonly TakenLine[]) {
    for (const line of lines) this.remember(line);
    this.index = new BoxesByX(this.boxes);
  }

  add(line: TakenLine): void {
    this.remember(line);
  }

  near(region: Box): TakenLine[] {
    const found = new Set<TakenLine>();
    for (const b of this.index.overlapping(region)) found.add(this.lines.get(b)!);
    return [...found];
  }

  private remember(line: TakenLine): void {
    const k = line.keepApart;
    const x0 = Math.min(line.from[0], line.to[0]);
    const x1 = Math.max(line.from[0], line.to[0]);
    const y0 = Math.min(line.from[1], line.to[1]) - k;
    const height = Math.abs(line.from[1] - line.to[1]) + 2 * k;
    for (let x = x0; ; x += PIECE) {
      const end = Math.min(x1, x + PIECE);
      const box = { x: x - k, y: y0, width: end - x + 2 * k, height };
      this.boxes.push(box);
      this.lines.set(box, line);
      if (end >= x1) break;
    }
  }
}

/** Distances along the route at which it crosses one of the lines near it. */
export function crossingsAlong(route: readonly Point[], linesNear: (region: Box) => readonly TakenLine[]): number[] {
  const out: number[] = [];
  let along = 0;
  for (let i = 1; i < route.length; i++) {
    const p = route[i - 1]!;
    const q = route[i]!;
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const region = { x: Math.min(p[0], q[0]), y: Math.min(p[1], q[1]), width: Math.abs(q[0] - p[0]), height: Math.abs(q[1] - p[1]) };
    for (const line of linesNear(region)) {
      const t = intersection(p, q, line.from, line.to);
      if (t !== undefined) out.push(along + t * length);
    }
    along += length;
  }
  return out.sort((a, b) => a - b);
}

/** Where along p→q (0..1) it crosses a→b, if it does. */
function intersection(p: Point, q: Point, a: Point, b: Point): number | undefined {
  const rx = q[0] - p[0];
  const ry = q[1] - p[1];
  const sx = b[0] - a[0];
  const sy = b[1] - a[1];
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-9) return undefined;
  const t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / den;
  const u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : undefined;
}
