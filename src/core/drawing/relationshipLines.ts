import type { RelationshipLine } from '../model/types';
import type { Box, Point, Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { r } from './geometry';
import { INK, LONG_DASH, SMALL_TEXT, STROKE } from './style';
import { walkRoute } from './routeWalker';
import { LABEL_LEADING, relationshipLabel } from '../metrics/relationshipLabel';

/** The cut-off bars: this far either side of the break's middle, reaching this far across the line. */
const BAR_GAP = 4;
const BAR_HALF = 7;

/** Legend key for a relationship kind: the abuse kinds share one entry (their label names the kind). */
export function relationshipLegendKey(kind: RelationshipLine['kind']): string {
  return kind.startsWith('abuse-') ? 'rel-abuse' : `rel-${kind}`;
}

export interface RelationshipDrawingOptions {
  /**
   * Where the abuse label goes, found by the router (relationshipRoute.ts): its box and which
   * of relationshipLabel()'s layouts fits there. Without it the label goes above the middle.
   */
  label?: { box: Box; choice: number };
  /** What the router had to do (e.g. 'route-blocked'), added to the group's tags. */
  tags?: readonly string[];
  /** Distances along the route where other lines cross it: the cut-off bars keep away from them. */
  crossings?: readonly number[];
  /** Whether a mark across the route at this distance along it, reaching `half` to either side, is clear of text and symbols. */
  markFits?: (along: number, half: number) => boolean;
}

/**
 * One relationship line drawn along a route from one symbol's edge to the other's.
 * The route's first point is at the `from` person, its last at the `to` person (for the
 * abuse kinds, the person harmed, where the arrowhead goes).
 */
export function drawRelationship(rel: RelationshipLine, route: Point[], used: Set<string>, options: RelationshipDrawingOptions = {}): SceneGroup | undefined {
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
      items.push(poly(zigzag(walk, 0, L, straightRuns(route)), 'zigzag'));
      break;
    case 'cut-off': {
      // The bars go across a straight run, not on a rounded corner, away from lines crossing it.
      const fits = options.markFits;
      const mid = barsAt(straightRuns(route), options.crossings ?? [], L, fits ? (t) => fits(t - BAR_GAP, BAR_HALF) && fits(t + BAR_GAP, BAR_HALF) : () => true);
      items.push(poly(walk.slice(0, mid - BAR_GAP), 'cut-off'), poly(walk.slice(mid + BAR_GAP, L), 'cut-off'));
      for (const t of [mid - BAR_GAP, mid + BAR_GAP]) items.push(poly([walk.at(t, -BAR_HALF), walk.at(t, BAR_HALF)], 'cut-off-bar'));
      break;
    }
    default: {
      const head = 10;
      items.push(poly(zigzag(walk, 0, L - head, straightRuns(route)), 'zigzag'));
      const tip = walk.at(L);
      const b1 = walk.at(L - head, -5);
      const b2 = walk.at(L - head, 5);
      items.push({ type: 'path', d: `M${r(tip[0])} ${r(tip[1])} L${r(b1[0])} ${r(b1[1])} L${r(b2[0])} ${r(b2[1])} Z`, fill: INK, stroke: INK, strokeWidth: 1, mark: 'arrowhead' });
      const { layouts } = relationshipLabel(rel.kind)!;
      let lines = layouts[0]!;
      let firstBaseline: Point;
      if (options.label) {
        lines = layouts[options.label.choice] ?? lines;
        // The box a text primitive takes (bounds.ts): 0.95 of the size above the baseline, 0.3 below.
        firstBaseline = [options.label.box.x + options.label.box.width / 2, options.label.box.y + SMALL_TEXT * 0.95];
      } else {
        // The label goes on the upper side of the line.
        const probe = walk.at(L / 2, 10);
        const centre = walk.at(L / 2);
        const side = probe[1] <= centre[1] ? 10 : -10;
        const at = walk.at(L / 2, side);
        firstBaseline = [at[0], at[1] + 3];
      }
      lines.forEach((text, i) => {
        items.push({ type: 'text', x: r(firstBaseline[0]), y: r(firstBaseline[1] + i * LABEL_LEADING), text, size: SMALL_TEXT, weight: 700, anchor: 'middle', fill: INK, halo: true, mark: 'abuse-label' });
      });
    }
  }
  return makeGroup(`relationship:${rel.id}`, 'relationship', items, { refId: rel.id, personIds: [rel.from, rel.to], tags: [rel.kind, ...(options.tags ?? [])] });
}

/**
 * Where along the route the cut-off bars go: the place on a straight run farthest from the
 * run's ends and from every crossing line (so the bars never read as marks on another line),
 * where the bars touch no text or symbol, the middle of the route breaking ties.
 */
function barsAt(runs: readonly [number, number][], crossings: readonly number[], total: number, fits: (t: number) => boolean): number {
  let best = total / 2;
  let bestRoom = -Infinity;
  for (const [a, b] of runs) {
    for (let t = a; t <= b; t += 2) {
      let room = Math.min(t - a, b - t);
      for (const c of crossings) room = Math.min(room, Math.abs(t - c));
      const score = Math.min(room, 30) - Math.abs(t - total / 2) * 0.01 - (fits(t) ? 0 : 1000);
      if (score > bestRoom) {
        bestRoom = score;
        best = t;
      }
    }
  }
  return best;
}

function zigzag(walk: ReturnType<typeof walkRoute>, start: number, end: number, runs: readonly [number, number][]): Point[] {
  const lead = 5;
  const count = Math.max(2, Math.floor((end - start - 2 * lead) / 5));
  const step = (end - start - 2 * lead) / count;
  const points: Point[] = [walk.at(start), walk.at(start + lead)];
  // Teeth only where the route runs straight for a while: through a rounded corner, and on
  // the short way out of a symbol before a corner, the line stays smooth.
  const straight = (t: number) => runs.some(([a, b]) => b - a >= 16 && t >= a + 5 && t <= b - 5);
  for (let i = 1; i < count; i++) {
    const t = start + lead + i * step;
    points.push(walk.at(t, straight(t) ? (i % 2 ? 4 : -4) : 0));
  }
  points.push(walk.at(end - lead), walk.at(end));
  return points;
}

/** Stretches of the route (by distance along it) that run straight: its segments of some length, not the short pieces of a rounded corner. */
function straightRuns(route: Point[]): [number, number][] {
  const runs: [number, number][] = [];
  let along = 0;
  for (let i = 1; i < route.length; i++) {
    const length = Math.hypot(route[i]![0] - route[i - 1]![0], route[i]![1] - route[i - 1]![1]);
    if (length >= 8 || route.length === 2) runs.push([along, along + length]);
    along += length;
  }
  return runs;
}

function round(p: Point): Point {
  return [r(p[0]), r(p[1])];
}
