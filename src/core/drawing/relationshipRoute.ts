import type { Id } from '../model/types';
import type { Box, Point, SceneGroup } from './scene';
import type { PlacedPerson } from './partnerLines';
import { primitiveBox, unionBoxes } from './bounds';
import { BoxesByX } from './households/boxesByX';
import { walkRoute } from './routeWalker';
import { routeOrthogonal } from './routing/orthogonalRoute';
import { roundCorners } from './routing/roundCorners';
import { labelAlongRoute, segmentMeetsBox } from './routing/labelAlongRoute';
import { crossingsAlong, strokedSegments, TakenLines } from './routing/takenLines';
import { EDGE_GAP, RELATIONSHIP_APART, STRUCTURE_APART } from './routing/routeCosts';
import type { Direction, ObstacleSource, RouteEnd, RoutePort, TakenLine } from './routing/routeTypes';

/** How far a relationship line's pattern reaches either side of its route (a zigzag's teeth, with the stroke). */
const LINE_REACH = 5;
/** Corners of a relationship line are rounded this much. */
const CORNER_RADIUS = 6;
/** Ports off the middle of a side sit this far from it (as far as relationship lines keep apart), so two lines between neighbours run side by side. */
const PORT_OFFSET = RELATIONSHIP_APART;

export interface RoutedLine {
  /** From the `from` person's symbol edge to the `to` person's (the person harmed, for abuse). */
  points: Point[];
  /**
   * 'route-blocked': no free route existed, this one enters something; 'route-crowded': it
   * runs close beside another line; 'label-crowded': no free place beside it for its label.
   */
  tags: string[];
  /** Where the label goes (its box, and which of the sizes asked for), for a line that has one. */
  label?: { box: Box; choice: number };
  /** Distances along `points` where another line crosses this one. */
  crossings: number[];
  /** Whether a mark across the line at a distance along it, reaching `half` either side, touches no text, symbol or label. */
  markFits(along: number, half: number): boolean;
}

/**
 * Routes for relationship lines (close, distant, conflict, cut-off, abuse), drawn over the
 * structure: each runs around every symbol and name and label, across the partner and child
 * lines rather than along them, and clear of the relationship lines routed before it. The
 * shortest lines are routed first, so lines between neighbours stay short and straight and
 * longer ones go round them. A line that carries a label (the abuse kinds) gets a place for
 * it beside the line, in the first of the label's sizes that fits, and the lines routed after
 * it go round the label. Routes come back in the order of `pairs`.
 */
export function routeRelationships(
  pairs: readonly { from: PlacedPerson; to: PlacedPerson; label?: readonly { width: number; height: number }[] }[],
  placed: ReadonlyMap<Id, PlacedPerson>,
  structure: readonly SceneGroup[],
): RoutedLine[] {
  if (pairs.length === 0) return [];
  const people = [...placed.values()];
  const personBoxes = people.map((p) => p.drawing.group.box);
  const structureLabels = structure.flatMap((g) => g.items.filter((i) => i.type === 'text').map(primitiveBox));
  // Label boxes placed later are added at the end, which BoxesByX scans one by one.
  const obstacleBoxes: Box[] = [...personBoxes, ...structureLabels];
  const obstacles = new BoxesByX(obstacleBoxes);
  // Labels are kept off what is drawn (symbols, text, badges), not off a person's whole box:
  // the empty corners of a box beside a symbol are room for a label.
  const inkBoxes: Box[] = [...people.flatMap((p) => p.drawing.group.items.map(primitiveBox)), ...structureLabels];
  const ink = new BoxesByX(inkBoxes);
  const figure = obstacleBoxes.length ? unionBoxes(obstacleBoxes) : undefined;
  const structureLines = structure.flatMap((g) => g.items.flatMap((i) => strokedSegments(i, STRUCTURE_APART)));
  const taken = new TakenLines(structureLines);

  // Of lines as long, labelled ones first: between two people side by side the first line
  // runs straight across and the next beside it, below, leaving the room above for the label.
  const labelled = (k: number) => (pairs[k]!.label?.length ? 1 : 0);
  const order = pairs.map((_, k) => k).sort((a, b) => span(pairs[a]!) - span(pairs[b]!) || labelled(b) - labelled(a) || a - b);
  const orthogonal: Point[][] = new Array(pairs.length);
  const tags: string[][] = new Array(pairs.length);
  const own: Set<TakenLine>[] = new Array(pairs.length);
  const labels: ({ box: Box; choice: number } | undefined)[] = new Array(pairs.length);
  // Every line near a region but route k's own: partner and child lines, and the other relationship lines.
  const otherLines = (k: number, region: Box) => taken.near(region).filter((line) => !own[k]!.has(line));
  for (const k of order) {
    const { from, to, label } = pairs[k]!;
    const skip = new Set([from.drawing.group.box, to.drawing.group.box]);
    const source: ObstacleSource = {
      overlapping: (region) => obstacles.overlapping(region).filter((b) => !skip.has(b)),
      extent: () => figure,
    };
    const result = routeOrthogonal({ from: routeEnd(from), to: routeEnd(to), obstacles: source, taken });
    orthogonal[k] = result.points;
    tags[k] = [...(result.clear ? [] : ['route-blocked']), ...(result.apart ? [] : ['route-crowded'])];
    own[k] = new Set();
    for (let i = 1; i < result.points.length; i++) {
      const line = { from: result.points[i - 1]!, to: result.points[i]!, keepApart: RELATIONSHIP_APART };
      taken.add(line);
      own[k]!.add(line);
    }
    // The label is placed now, so that the lines routed after this one go round it.
    if (label?.length) {
      const badness = (candidate: Box) => {
        let bad = ink.overlapping(candidate).length;
        // Lines are kept LINE_REACH off the label: a zigzag or a double line is that wide.
        const reach = { x: candidate.x - LINE_REACH, y: candidate.y - LINE_REACH, width: candidate.width + 2 * LINE_REACH, height: candidate.height + 2 * LINE_REACH };
        for (const line of otherLines(k, reach)) if (segmentMeetsBox(line.from, line.to, reach)) bad++;
        return bad;
      };
      const place = placeLabel(roundCorners(result.points, CORNER_RADIUS), label, badness);
      labels[k] = { box: place.box, choice: place.choice };
      if (place.badness > 0) tags[k]!.push('label-crowded');
      obstacleBoxes.push(place.box);
      inkBoxes.push(place.box);
    }
  }

  return pairs.map((_, k) => {
    const points = roundCorners(orthogonal[k]!, CORNER_RADIUS);
    const walk = walkRoute(points);
    return {
      points,
      tags: tags[k]!,
      crossings: crossingsAlong(points, (region) => otherLines(k, region)),
      markFits(along: number, half: number): boolean {
        const p = walk.at(along, -half);
        const q = walk.at(along, half);
        const region = { x: Math.min(p[0], q[0]), y: Math.min(p[1], q[1]), width: Math.abs(q[0] - p[0]), height: Math.abs(q[1] - p[1]) };
        return ink.overlapping(region).every((box) => !segmentMeetsBox(p, q, box));
      },
      ...(labels[k] ? { label: labels[k] } : {}),
    };
  });
}

/** The first of the label's sizes that fits somewhere beside the route, else the one that covers least. */
function placeLabel(route: readonly Point[], sizes: readonly { width: number; height: number }[], badness: (box: Box) => number): { box: Box; choice: number; badness: number } {
  let best: { box: Box; badness: number; choice: number } | undefined;
  for (const [choice, size] of sizes.entries()) {
    const place = labelAlongRoute(route, size.width, size.height, badness);
    if (!best || place.badness < best.badness) best = { ...place, choice };
    if (place.badness === 0) break;
  }
  return best!;
}

function span(pair: { from: PlacedPerson; to: PlacedPerson }): number {
  return Math.abs(pair.from.drawing.cx - pair.to.drawing.cx) + Math.abs(pair.from.drawing.cy - pair.to.drawing.cy);
}

/** One end of a relationship line: the symbol, its ports and the person's own labels. */
function routeEnd(p: PlacedPerson): RouteEnd {
  const d = p.drawing;
  const rad = d.radius;
  const symbol: Box = { x: d.cx - rad, y: d.cy - rad, width: 2 * rad, height: 2 * rad };
  const labels: Box[] = [];
  for (const item of d.group.items) {
    const b = primitiveBox(item);
    const inSymbol = b.x >= symbol.x - 2 && b.y >= symbol.y - 2 && b.x + b.width <= symbol.x + symbol.width + 2 && b.y + b.height <= symbol.y + symbol.height + 2;
    if (!inSymbol) labels.push(b);
  }
  const shape = shapeOf(d.group.tags);
  const ports: RoutePort[] = [];
  for (const off of [0, -PORT_OFFSET, PORT_OFFSET]) {
    if (Math.abs(off) > rad - 4) continue;
    const side = halfWidthAt(shape, rad, off) + EDGE_GAP;
    // Off the middle of a side costs a little, above a little more (labels go above lines).
    const cost = off === 0 ? 0 : off > 0 ? 6 : 8;
    ports.push(port(d.cx + side, d.cy + off, 0, cost), port(d.cx - side, d.cy + off, 1, cost));
    const top = halfHeightAt(shape, rad, off) + EDGE_GAP;
    // Leaving from the top costs several bends more: a line rising from a symbol's top reads like its child line.
    if (top > 0) ports.push(port(d.cx + off, d.cy - top, 3, cost + 150));
  }
  return { ports, symbol, labels };
}

function port(x: number, y: number, dir: Direction, cost: number): RoutePort {
  return { edge: [x, y], dir, cost };
}

type Outline = 'square' | 'circle' | 'diamond' | 'triangle';

function shapeOf(tags: readonly string[]): Outline {
  if (tags.includes('pregnancy')) return 'triangle';
  if (tags.includes('square')) return 'square';
  if (tags.includes('diamond')) return 'diamond';
  return 'circle';
}

/** How far the outline reaches sideways from the centre at height `off` from it. */
function halfWidthAt(shape: Outline, rad: number, off: number): number {
  switch (shape) {
    case 'square':
      return rad;
    case 'diamond':
      return rad - Math.abs(off);
    case 'circle':
      return Math.sqrt(Math.max(0, rad * rad - off * off));
    case 'triangle':
      // Apex up, base at the bottom: half the base width times how far down the point is.
      return Math.max(0, (rad + off) / 2);
  }
}

/** How far the outline reaches up from the centre at `off` to the side of it. */
function halfHeightAt(shape: Outline, rad: number, off: number): number {
  if (shape === 'triangle') return off === 0 ? rad : -1;
  return halfWidthAt(shape, rad, off);
}
