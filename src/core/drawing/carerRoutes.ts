import type { Id } from '../model/types';
import type { Box, Point, SceneGroup } from './scene';
import type { PlacedPerson } from './partnerLines';
import type { Sibship } from './childLines';
import { primitiveBox, unionBoxes } from './bounds';
import { segmentBox } from './geometry';
import { BoxesByX } from './households/boxesByX';
import { routeOrthogonal } from './routing/orthogonalRoute';
import { strokedSegments, TakenLines } from './routing/takenLines';
import { EDGE_GAP, STRUCTURE_APART } from './routing/routeCosts';
import { alongside } from './routing/axisSegments';
import { SYMBOL_SIZE } from '../metrics/figureSizes';
import type { RouteEnd } from './routing/routeTypes';
import type { Point as LayoutPoint } from '../layout/types';

/**
 * A carer's line (fostering, kinship care, adoption) to a child two or more rows below runs
 * through a lane the order keeps in each row between. Where a wide partner block fills that
 * row the lane can only stand at its end, and the line went round the block and back: in 16
 * of 69 carer lines of 160 review-shaped families it was over half as long again as the way
 * down. Such a line is routed instead, round every symbol and name and apart from the lines
 * already drawn (the router of relationship lines), from the carers' point down to the top of
 * the child's symbol, as a carer's line is read. Only lines to one child: a carer line to
 * several children keeps its lane, where the lines part.
 */
export function rerouteCarerDetours(sibships: readonly Sibship[], placed: ReadonlyMap<Id, PlacedPerson>, drawn: readonly SceneGroup[]): Sibship[] {
  const detours = sibships.filter((s) => s.kind !== 'birth' && s.children.length === 1 && s.routed && isDetour(s));
  if (!detours.length) return [...sibships];
  const people = [...placed.values()];
  // Round people and the labels already drawn (partnership dates), as relationship lines go.
  const labels = drawn.flatMap((g) => g.items.filter((i) => i.type === 'text').map(primitiveBox));
  const boxes = [...people.map((p) => p.drawing.group.box), ...labels];
  const figure = boxes.length ? unionBoxes(boxes) : undefined;
  const obstacles = new BoxesByX(boxes);
  const rerouted = new Map<string, Sibship>();
  for (const s of detours) {
    const child = placed.get(s.children[0]!.id);
    if (!child) continue;
    const own = `children:${s.key}`;
    const taken = new TakenLines(drawn.filter((g) => g.key !== own).flatMap((g) => g.items.flatMap((i) => strokedSegments(i, STRUCTURE_APART))));
    const start = s.routed!.drop[0]!;
    // The ends' own boxes, and a label the line starts under (the carers' partnership dates), are not in the way.
    const skip = new Set<Box | undefined>([child.drawing.group.box, ...s.parents.map((p) => placed.get(p)?.drawing.group.box), ...labels.filter((b) => contains(b, start))]);
    // Arriving where the lane's line did: beside the child's own line from its parents, not along it.
    const old = pathOf(s);
    const top: Point = old[old.length - 1]!;
    const result = routeOrthogonal({
      from: pointEnd(start, 2),
      to: { ports: [{ edge: [top[0], top[1] - EDGE_GAP], dir: 3, cost: 0 }], symbol: child.drawing.group.box, labels: [] },
      obstacles: { overlapping: (region) => obstacles.overlapping(region).filter((b) => !skip.has(b)), extent: () => figure },
      taken,
    });
    // A route that runs through a name, a symbol or a label, or is no shorter, is no better
    // than the lane. (The router's own `clear` also counts its margin round each obstacle, which
    // a line across a crowded row cannot keep; the line must only not touch what is drawn.)
    const through = result.points.some((p, i) => i > 0 && obstacles.overlapping(segmentBox(result.points[i - 1]!, p, HAIR)).some((b) => !skip.has(b)));
    // Nor one that runs along another line (a sibling bar) closer than a quarter symbol: it
    // would read as part of that family's lines.
    // (Its first and last pieces leave the carers' line and reach the child beside the child's own line, as the lane's did.)
    const along = result.points.some((p, i) => i > 1 && i < result.points.length - 1 && taken.near(segmentBox(result.points[i - 1]!, p, HAIR)).some((t) => alongside(result.points[i - 1]!, p, { ...t, keepApart: APART }) > 1));
    if (through || along || length([...result.points, top]) >= length(old)) continue;
    const points: LayoutPoint[] = [...result.points, top].map(([x, y]) => [x, y]);
    rerouted.set(s.key, {
      ...s,
      routed: { drop: points.slice(0, -1), routes: new Map([[s.children[0]!.id, points.slice(-2)]]) },
    });
  }
  return sibships.map((s) => rerouted.get(s.key) ?? s);
}

/** The lane's way is over half as long again as the way straight down and across, and longer by more than a symbol's width or two. */
function isDetour(s: Sibship): boolean {
  const path = pathOf(s);
  const a = path[0]!;
  const b = path[path.length - 1]!;
  const direct = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]);
  return length(path) > 1.5 * direct + DETOUR_SLACK;
}

/** A route's pieces as boxes only just wider than the line itself, for what they pass through. */
const HAIR = 0.005;

/** How far from another line a routed carer line must keep where it runs beside one. */
const APART = SYMBOL_SIZE / 4;

/** Beyond the way straight down and across, what a lane may add before the line is routed instead. */
const DETOUR_SLACK = 100;

function pathOf(s: Sibship): Point[] {
  const route = s.routed!.routes.get(s.children[0]!.id) ?? [];
  return [...s.routed!.drop, ...route] as Point[];
}

function contains(b: Box, [x, y]: Point): boolean {
  return x >= b.x - 1 && x <= b.x + b.width + 1 && y >= b.y - 1 && y <= b.y + b.height + 1;
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.abs(points[i]![0] - points[i - 1]![0]) + Math.abs(points[i]![1] - points[i - 1]![1]);
  return total;
}

/** A route end that is a point on a line (the carers' partner line), left straight out in `dir`. */
function pointEnd(at: Point, dir: 2 | 3): RouteEnd {
  const box: Box = { x: at[0] - 0.5, y: at[1] - 0.5, width: 1, height: 1 };
  return { ports: [{ edge: at, dir, cost: 0 }], symbol: box, labels: [] };
}
