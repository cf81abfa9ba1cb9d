import type { Household, Id } from '../model/types';
import type { Box, Point, Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { r } from './geometry';
import { HOUSEHOLD_DOTS, HOUSEHOLD_EMPHASISED_DOTS, HOUSEHOLD_EMPHASISED_WIDTH, HOUSEHOLD_INK, HOUSEHOLD_WIDTH, INK, SMALL_TEXT } from './style';
import { textWidth } from '../metrics/textMetrics';
import type { PlacedPerson } from './partnerLines';
import { BoxesByX } from './households/boxesByX';
import { gridOutline } from './households/gridOutline';
import { householdShape, type MemberBoxes } from './households/householdShape';
import { OutsiderIndex } from './households/outsiderIndex';
import type { Rect } from './households/rect';
import { rectOfBox } from './households/rect';
import { roundedPath } from './households/roundedPath';
import { ShapeCache } from './households/shapeCache';
import { maxOf, minOf } from '../model/extremes';

/** Room around a member's drawing inside the outline. */
const MEMBER_PAD = 6;
/** Room around a member's symbol that is theirs even when an outsider's drawing overlaps it. */
const SYMBOL_PAD = 4;
/** Room kept between an outsider's symbol and the outline. */
const OTHER_PAD = 8;
/** How far around its members a household looks for outsiders and room for corridors. */
const MARGIN = 90;
const CORNER_RADIUS = 6;

const shapes = new ShapeCache<{ rings: Point[][]; d: string }>(1000);
/** One index per set of people: buildScene passes the same map for every household. */
const indexes = new WeakMap<Map<Id, HouseholdPerson>, OutsiderIndex>();
/** One index per list of taken boxes; the labels added to the list later are scanned. */
const takenIndexes = new WeakMap<Box[], BoxesByX>();

export interface HouseholdPerson {
  placed: PlacedPerson;
  /** The person's whole drawing (symbol, years, name, badges). */
  drawingBox: Box;
}

/**
 * A dotted outline around exactly the household's members at the date: their padded
 * drawings, joined side by side in a row, by straight bands, or by corridors along free
 * lanes between the rows. Anyone outside the household has their symbol and name kept out,
 * and holes are left where an outsider would otherwise be enclosed (even-odd rule).
 * `people` must not change between calls: its outsider index is built once and reused.
 */
export function drawHousehold(
  household: Household,
  members: Id[],
  people: Map<Id, HouseholdPerson>,
  label: string,
  used: Set<string>,
  /** Boxes the label should keep off (people, earlier labels); its own box is added. */
  taken: Box[] = [],
): SceneGroup | undefined {
  const memberSet = new Set(members.filter((id) => people.has(id)));
  if (memberSet.size === 0) return undefined;
  const boxes: MemberBoxes[] = [...memberSet].map((id) => {
    const { placed, drawingBox } = people.get(id)!;
    return { symbol: rectOfBox({ x: placed.x, y: placed.y, width: placed.size, height: placed.size }, SYMBOL_PAD), body: rectOfBox(drawingBox, MEMBER_PAD) };
  });
  const region: Rect = {
    x0: minOf(boxes.map((b) => b.body.x0)) - MARGIN,
    y0: minOf(boxes.map((b) => b.body.y0)) - MARGIN,
    x1: maxOf(boxes.map((b) => b.body.x1)) + MARGIN,
    y1: maxOf(boxes.map((b) => b.body.y1)) + MARGIN,
  };
  const obstacles = outsiderIndex(people).boxesIn(region, memberSet);
  const { rings, d } = shapes.getOrMake(shapeInput(boxes, obstacles), () => {
    const shape = householdShape(boxes, obstacles, region);
    const made = shape.connected ? shape.rings : gridOutline(boxes, obstacles, region);
    return { rings: made, d: roundedPath(made, CORNER_RADIUS) };
  });
  if (rings.length === 0) return undefined;
  const key = household.emphasised ? 'household-emphasised' : 'household';
  used.add(key);
  const items: Primitive[] = [
    {
      type: 'path',
      d,
      fillRule: 'evenodd',
      stroke: household.emphasised ? INK : HOUSEHOLD_INK,
      strokeWidth: household.emphasised ? HOUSEHOLD_EMPHASISED_WIDTH : HOUSEHOLD_WIDTH,
      dash: household.emphasised ? HOUSEHOLD_EMPHASISED_DOTS : HOUSEHOLD_DOTS,
      mark: 'household-outline',
    },
  ];
  const weight = household.emphasised ? 700 : 400;
  const near = new BoxesByX(takenIndex(taken).overlapping({ x: region.x0, y: region.y0, width: region.x1 - region.x0, height: region.y1 - region.y0 }));
  // On one line, or in two (an address at a comma), whichever finds
  // the clearer place: a crowded row may only have room between two children's lines.
  let chosen: { lines: string[]; spot: LabelSpot } | undefined;
  for (const lines of labelLayouts(label)) {
    const width = maxOf(lines.map((line) => textWidth(line, SMALL_TEXT, weight))) + 4;
    const spot = labelSpot(rings, width, lines.length, near);
    if (lines.length > 1) spot.score += WRAP_COST;
    if (!chosen || spot.score < chosen.spot.score) chosen = { lines, spot };
  }
  const { lines, spot } = chosen!;
  taken.push(spot.box);
  lines.forEach((line, k) => {
    items.push({ type: 'text', x: r(spot.x), y: r(spot.y + k * LABEL_LINE), text: line, size: SMALL_TEXT, weight, anchor: 'start', fill: INK, italic: true, halo: true, mark: 'household-label' });
  });
  return makeGroup(`household:${household.id}`, 'household', items, {
    refId: household.id,
    personIds: [...memberSet],
    tags: household.emphasised ? ['household', 'emphasised'] : ['household'],
  });
}

function takenIndex(taken: Box[]): BoxesByX {
  let index = takenIndexes.get(taken);
  if (!index || index.indexed > taken.length) {
    index = new BoxesByX(taken);
    takenIndexes.set(taken, index);
  }
  return index;
}

function outsiderIndex(people: Map<Id, HouseholdPerson>): OutsiderIndex {
  let index = indexes.get(people);
  if (!index || index.size !== people.size) {
    index = new OutsiderIndex([...people].map(([id, person]) => [id, outsiderBoxes(person).map((b) => rectOfBox(b))]));
    indexes.set(people, index);
  }
  return index;
}

/** Everything the shape depends on, so equal inputs mean equal shapes. */
function shapeInput(members: readonly MemberBoxes[], obstacles: readonly Rect[]): Float64Array {
  const out = new Float64Array(8 * members.length + 4 * obstacles.length + 1);
  let k = 0;
  const put = (rect: Rect) => {
    out[k++] = rect.x0;
    out[k++] = rect.y0;
    out[k++] = rect.x1;
    out[k++] = rect.y1;
  };
  for (const m of members) {
    put(m.symbol);
    put(m.body);
  }
  // Marks where members end, so a member cannot pass for two obstacles.
  out[k++] = members.length;
  for (const o of obstacles) put(o);
  return out;
}

/** What of an outsider the outline must stay clear of: the symbol, with room, and the name under it. */
function outsiderBoxes(person: HouseholdPerson): Box[] {
  const p = person.placed;
  const symbol = pad({ x: p.x, y: p.y, width: p.size, height: p.size }, OTHER_PAD);
  const cx = p.x + p.size / 2;
  const text = person.drawingBox;
  const name = { x: Math.max(text.x, cx - 40), y: p.y + p.size, width: Math.min(text.width, 80), height: Math.max(0, text.y + text.height - p.y - p.size) };
  return [symbol, name];
}

function pad(b: Box, n: number): Box {
  return { x: b.x - n, y: b.y - n, width: b.width + 2 * n, height: b.height + 2 * n };
}

/**
 * Where the label goes: along a horizontal stretch of the outline, outside it, where it
 * covers the least of the people and other labels. Rings keep the inside on their right,
 * so an edge running left to right is a top edge and one running right to left a bottom edge.
 */
function labelSpot(rings: Point[][], width: number, lineCount: number, taken: BoxesByX): LabelSpot {
  const extra = (lineCount - 1) * LABEL_LINE;
  let best: LabelSpot | undefined;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a[1] !== b[1] || a[0] === b[0]) continue;
      const top = b[0] > a[0];
      const lo = Math.min(a[0], b[0]);
      const hi = Math.max(a[0], b[0]);
      // The first line's baseline: a label above a top edge grows upwards, below a bottom edge downwards.
      const y = top ? a[1] - 4 - extra : a[1] + 12;
      const short = Math.max(0, width - (hi - lo));
      // Anywhere along the edge, in steps: a long address on a crowded row may only fit between
      // two children's lines, and the start, end and middle alone often all crossed one.
      // A label longer than its edge may reach past either end of it.
      // And just beside anything in the way, as long as half the label stays over its edge.
      const first = Math.min(lo + 4, hi - 4 - width);
      const last = Math.max(lo + 4, hi - 4 - width);
      const band = { x: Math.min(first, lo - width / 2), y: y - SMALL_TEXT, width: Math.max(last, hi - width / 2) - Math.min(first, lo - width / 2) + width, height: SMALL_TEXT + 3 + extra };
      const beside = taken.overlapping(band).flatMap((t) => [t.x + t.width + 1, t.x - width - 1]).filter((x) => x >= lo - width / 2 && x <= hi - width / 2);
      for (const x of [...spotsAlong(first, last), ...beside]) {
        const box = { x, y: y - SMALL_TEXT, width, height: SMALL_TEXT + 3 + extra };
        // Prefer no overlap (with people, lines, other labels or this outline's own lines), then a
        // bottom edge long enough for the text, then the lowest, then the start of the edge.
        // A line through the words counts as much as an edge of the outline (its box is thin, so
        // its area alone would let it through), and so does touching a person's drawing or an
        // earlier label at all: text over text is unreadable however small the overlap.
        const covered = taken.overlapping(box).reduce((sum, t) => sum + (isLine(t) ? lineThrough(box, t) : touchedText(box, t)), 0) + crossings(box, rings) * LINE_THROUGH;
        const score = covered * 10 + short + (top ? 30 : 0) - a[1] * 0.01 + Math.abs(x - lo) * 0.001;
        if (!best || score < best.score) best = { x, y, box, score };
      }
    }
  }
  return best ?? { x: 0, y: 0, box: { x: 0, y: 0, width: 0, height: 0 }, score: 0 };
}

interface LabelSpot {
  /** Where the first line's baseline starts. */
  x: number;
  y: number;
  box: Box;
  score: number;
}

/** Baseline to baseline of a label in two lines. */
const LABEL_LINE = SMALL_TEXT + 2;
/** A label in two lines costs a little more than one clear line, much less than a line through it. */
const WRAP_COST = 40;

/**
 * The label as written and in two lines: broken after the comma nearest its middle (an
 * address reads best so), or if it has none at the space nearest its middle.
 */
function labelLayouts(label: string): string[][] {
  const layouts = [[label]];
  const nearestMiddle = (sep: string) => {
    let best = -1;
    for (let i = label.indexOf(sep); i >= 0; i = label.indexOf(sep, i + 1)) {
      if (best < 0 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2)) best = i;
    }
    return best;
  };
  const comma = nearestMiddle(',');
  const at = comma > 0 && comma < label.length - 1 ? comma + 1 : nearestMiddle(' ');
  const lines = at > 0 ? [label.slice(0, at).trim(), label.slice(at).trim()] : [];
  if (lines.length === 2 && lines.every((line) => line.length > 0)) layouts.push(lines);
  return layouts;
}

/** What a line through a label costs, in units of area covered. */
const LINE_THROUGH = 400;
/** Steps between the label places tried along an edge. */
const SPOT_STEP = 8;

/** From the start of an edge to the last place the label may start, in steps, the middle and the end included. */
function spotsAlong(first: number, last: number): number[] {
  const spots = [first, last, (first + last) / 2];
  for (let x = first + SPOT_STEP; x < last; x += SPOT_STEP) spots.push(x);
  return spots;
}

/** A line's box (buildScene adds every stroked segment as a box 3 units across). */
function isLine(b: Box): boolean {
  return b.width <= 3 || b.height <= 3;
}

/** Less than this inside a box is touching it, not passing through (the label's box is computed, its edge's y rounded). */
const TOUCH = 0.5;

/** How many of the rings' (axis-aligned) edges pass through the box. */
function crossings(box: Box, rings: Point[][]): number {
  let n = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const x0 = Math.min(a[0], b[0]);
      const x1 = Math.max(a[0], b[0]);
      const y0 = Math.min(a[1], b[1]);
      const y1 = Math.max(a[1], b[1]);
      // Strict on both axes, by more than rounding, so the edge the label sits beside does not count.
      if (x0 < box.x + box.width - TOUCH && x1 > box.x + TOUCH && y0 < box.y + box.height - TOUCH && y1 > box.y + TOUCH) n++;
    }
  }
  return n;
}

/** A line through a label: the more of the words it runs along, the worse (a bar along a line of text hides it). */
function lineThrough(label: Box, line: Box): number {
  const along = Math.max(Math.min(label.x + label.width, line.x + line.width) - Math.max(label.x, line.x), Math.min(label.y + label.height, line.y + line.height) - Math.max(label.y, line.y));
  return LINE_THROUGH + 10 * Math.max(0, along);
}

function touchedText(label: Box, b: Box): number {
  const area = overlap(label, b);
  return area > 0 ? LINE_THROUGH + area : 0;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
