import type { AbuseKind, RelationshipLine } from '../model/types';
import type { Point, Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { r } from './geometry';
import { INK, LONG_DASH, SMALL_TEXT, STROKE } from './style';
import type { PersonDrawing } from './personSymbol';

export const ABUSE_LABELS: Record<AbuseKind, string> = {
  domestic: 'domestic abuse',
  physical: 'physical abuse',
  emotional: 'emotional abuse',
  sexual: 'sexual abuse',
  neglect: 'neglect',
};

/** Legend key for a relationship kind: the abuse kinds share one entry (their label names the kind). */
export function relationshipLegendKey(kind: RelationshipLine['kind']): string {
  return kind.startsWith('abuse-') ? 'rel-abuse' : `rel-${kind}`;
}

/** One relationship line drawn over the structure, from edge to edge of the two symbols. */
export function drawRelationship(rel: RelationshipLine, from: PersonDrawing, to: PersonDrawing, used: Set<string>): SceneGroup | undefined {
  const dx = to.cx - from.cx;
  const dy = to.cy - from.cy;
  const length = Math.hypot(dx, dy);
  const start = from.radius + 5;
  const end = length - to.radius - 5;
  if (end - start < 12) return undefined;
  const ux = dx / length;
  const uy = dy / length;
  // Perpendicular unit, for offsets and marks across the line.
  const nx = -uy;
  const ny = ux;
  const at = (t: number, off = 0): Point => [from.cx + ux * t + nx * off, from.cy + uy * t + ny * off];
  const items: Primitive[] = [];
  const key = relationshipLegendKey(rel.kind);
  used.add(key);
  const line = (a: Point, b: Point, mark: string, extra: { dash?: string; width?: number } = {}): Primitive => ({
    type: 'line',
    x1: r(a[0]),
    y1: r(a[1]),
    x2: r(b[0]),
    y2: r(b[1]),
    stroke: INK,
    strokeWidth: extra.width ?? STROKE,
    ...(extra.dash ? { dash: extra.dash } : {}),
    mark,
  });
  switch (rel.kind) {
    case 'close':
      items.push(line(at(start, -2.5), at(end, -2.5), 'close'), line(at(start, 2.5), at(end, 2.5), 'close'));
      break;
    case 'distant':
      items.push(line(at(start), at(end), 'distant', { dash: LONG_DASH }));
      break;
    case 'conflict':
      items.push({ type: 'polyline', points: zigzag(at, start, end).map(round), stroke: INK, strokeWidth: STROKE, mark: 'zigzag' });
      break;
    case 'cut-off': {
      const mid = (start + end) / 2;
      items.push(line(at(start), at(mid - 4), 'cut-off'), line(at(mid + 4), at(end), 'cut-off'));
      items.push(line(at(mid - 4, -7), at(mid - 4, 7), 'cut-off-bar'), line(at(mid + 4, -7), at(mid + 4, 7), 'cut-off-bar'));
      break;
    }
    default: {
      const abuse = rel.kind.slice('abuse-'.length) as AbuseKind;
      const head = 10;
      items.push({ type: 'polyline', points: zigzag(at, start, end - head).map(round), stroke: INK, strokeWidth: STROKE, mark: 'zigzag' });
      const tip = at(end);
      const b1 = at(end - head, -5);
      const b2 = at(end - head, 5);
      items.push({ type: 'path', d: `M${r(tip[0])} ${r(tip[1])} L${r(b1[0])} ${r(b1[1])} L${r(b2[0])} ${r(b2[1])} Z`, fill: INK, stroke: INK, strokeWidth: 1, mark: 'arrowhead' });
      const labelAt = at((start + end) / 2, ny > 0 ? -10 : 10);
      items.push({ type: 'text', x: r(labelAt[0]), y: r(labelAt[1] + 3), text: ABUSE_LABELS[abuse] ?? abuse, size: SMALL_TEXT, weight: 700, anchor: 'middle', fill: INK, halo: true, mark: 'abuse-label' });
    }
  }
  return makeGroup(`relationship:${rel.id}`, 'relationship', items, { refId: rel.id, personIds: [rel.from, rel.to], tags: [rel.kind] });
}

function zigzag(at: (t: number, off?: number) => Point, start: number, end: number): Point[] {
  const points: Point[] = [at(start)];
  const lead = 5;
  const step = 5;
  const count = Math.max(2, Math.floor((end - start - 2 * lead) / step));
  const real = (end - start - 2 * lead) / count;
  points.push(at(start + lead));
  for (let i = 1; i < count; i++) points.push(at(start + lead + i * real, i % 2 ? 4 : -4));
  points.push(at(end - lead), at(end));
  return points;
}

function round(p: Point): Point {
  return [r(p[0]), r(p[1])];
}
