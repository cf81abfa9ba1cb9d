import type { AbuseKind, RelationshipLine } from '../model/types';
import type { Point, Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { r } from './geometry';
import { INK, LONG_DASH, SMALL_TEXT, STROKE } from './style';
import { walkRoute } from './routeWalker';

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

/**
 * One relationship line drawn along a route from one symbol's edge to the other's.
 * The route's first point is at the `from` person, its last at the `to` person (for the
 * abuse kinds, the person harmed, where the arrowhead goes).
 */
export function drawRelationship(rel: RelationshipLine, route: Point[], used: Set<string>): SceneGroup | undefined {
  const walk = walkRoute(route);
  const L = walk.length;
  if (L < 12) return undefined;
  const items: Primitive[] = [];
  used.add(relationshipLegendKey(rel.kind));
  const poly = (points: Point[], mark: string, dash?: string): Primitive => ({
    type: 'polyline',
    points: points.map(round),
    stroke: INK,
    strokeWidth: STROKE,
    ...(dash ? { dash } : {}),
    mark,
  });
  switch (rel.kind) {
    case 'close':
      items.push(poly(walk.slice(0, L, -2.5), 'close'), poly(walk.slice(0, L, 2.5), 'close'));
      break;
    case 'distant':
      items.push(poly(walk.slice(0, L), 'distant', LONG_DASH));
      break;
    case 'conflict':
      items.push(poly(zigzag(walk, 0, L), 'zigzag'));
      break;
    case 'cut-off': {
      const mid = L / 2;
      items.push(poly(walk.slice(0, mid - 4), 'cut-off'), poly(walk.slice(mid + 4, L), 'cut-off'));
      items.push(poly([walk.at(mid - 4, -7), walk.at(mid - 4, 7)], 'cut-off-bar'), poly([walk.at(mid + 4, -7), walk.at(mid + 4, 7)], 'cut-off-bar'));
      break;
    }
    default: {
      const abuse = rel.kind.slice('abuse-'.length) as AbuseKind;
      const head = 10;
      items.push(poly(zigzag(walk, 0, L - head), 'zigzag'));
      const tip = walk.at(L);
      const b1 = walk.at(L - head, -5);
      const b2 = walk.at(L - head, 5);
      items.push({ type: 'path', d: `M${r(tip[0])} ${r(tip[1])} L${r(b1[0])} ${r(b1[1])} L${r(b2[0])} ${r(b2[1])} Z`, fill: INK, stroke: INK, strokeWidth: 1, mark: 'arrowhead' });
      // The label goes on the upper side of the line.
      const probe = walk.at(L / 2, 10);
      const centre = walk.at(L / 2);
      const side = probe[1] <= centre[1] ? 10 : -10;
      const labelAt = walk.at(L / 2, side);
      items.push({ type: 'text', x: r(labelAt[0]), y: r(labelAt[1] + 3), text: ABUSE_LABELS[abuse] ?? abuse, size: SMALL_TEXT, weight: 700, anchor: 'middle', fill: INK, halo: true, mark: 'abuse-label' });
    }
  }
  return makeGroup(`relationship:${rel.id}`, 'relationship', items, { refId: rel.id, personIds: [rel.from, rel.to], tags: [rel.kind] });
}

function zigzag(walk: ReturnType<typeof walkRoute>, start: number, end: number): Point[] {
  const lead = 5;
  const count = Math.max(2, Math.floor((end - start - 2 * lead) / 5));
  const step = (end - start - 2 * lead) / count;
  const points: Point[] = [walk.at(start), walk.at(start + lead)];
  for (let i = 1; i < count; i++) points.push(walk.at(start + lead + i * step, i % 2 ? 4 : -4));
  points.push(walk.at(end - lead), walk.at(end));
  return points;
}

function round(p: Point): Point {
  return [r(p[0]), r(p[1])];
}
