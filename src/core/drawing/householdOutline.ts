import type { Household, Id } from '../model/types';
import type { Box, Point, Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { CellGrid } from './cellOutline';
import { r } from './geometry';
import { HOUSEHOLD_DOTS, HOUSEHOLD_EMPHASISED_DOTS, HOUSEHOLD_EMPHASISED_WIDTH, HOUSEHOLD_INK, HOUSEHOLD_WIDTH, INK, SMALL_TEXT } from './style';
import { textWidth } from './textMetrics';
import type { PlacedPerson } from './partnerLines';

const CELL = 7;
/** Upper bound on grid cells per household outline. */
const MAX_CELLS = 25_000;
const MEMBER_PAD = 4;
const OTHER_PAD = 8;
const MARGIN = 90;
const CORE_PAD = 14;

export interface HouseholdPerson {
  placed: PlacedPerson;
  /** The person's whole drawing (symbol, years, name, badges). */
  drawingBox: Box;
}

/**
 * A dotted outline around exactly the household's members at the date: a union of their
 * padded drawings, joined by corridors that go around everyone else. Anyone outside the
 * household has their symbol and name kept out, and holes are left where an outsider
 * would otherwise be enclosed (the outline is drawn with the even-odd rule).
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
  const memberBoxes = [...memberSet].map((id) => pad(people.get(id)!.drawingBox, MEMBER_PAD));
  const minX = Math.min(...memberBoxes.map((b) => b.x)) - MARGIN;
  const minY = Math.min(...memberBoxes.map((b) => b.y)) - MARGIN;
  const maxX = Math.max(...memberBoxes.map((b) => b.x + b.width)) + MARGIN;
  const maxY = Math.max(...memberBoxes.map((b) => b.y + b.height)) + MARGIN;
  // Coarser cells for a household spread over a wide figure keep the work bounded;
  // containment holds at any cell size, only the outline gets blockier.
  const cell = Math.max(CELL, Math.ceil(Math.sqrt(((maxX - minX) * (maxY - minY)) / MAX_CELLS)));
  const x0 = Math.floor(minX / cell) * cell;
  const y0 = Math.floor(minY / cell) * cell;
  const grid = new CellGrid(x0, y0, maxX - x0, maxY - y0, cell);
  const inGrid = (b: Box) => b.x < maxX && b.x + b.width > x0 && b.y < maxY && b.y + b.height > y0;
  for (const [id, person] of people) {
    if (memberSet.has(id) || !inGrid(person.drawingBox)) continue;
    for (const box of outsiderBoxes(person)) {
      grid.forCellsTouching(box, (c) => {
        grid.blocked[c] = 1;
      });
    }
  }
  for (const box of memberBoxes) {
    grid.forCellsTouching(box, (c) => {
      if (!grid.blocked[c]) grid.inside[c] = 1;
    });
  }
  // A member's own symbol always belongs to the outline, whatever overlaps it.
  for (const id of memberSet) {
    const p = people.get(id)!.placed;
    grid.forCellsTouching(pad({ x: p.x, y: p.y, width: p.size, height: p.size }, 2), (c) => {
      grid.inside[c] = 1;
      grid.blocked[c] = 0;
    });
  }
  // Members who can see each other across free space are joined by a straight band.
  const cores = [...memberSet].map((id) => {
    const p = people.get(id)!.placed;
    return pad({ x: p.x, y: p.y, width: p.size, height: p.size }, CORE_PAD);
  });
  const whole = [...memberSet].map((id) => pad(people.get(id)!.drawingBox, MEMBER_PAD));
  for (let i = 0; i < cores.length; i++) {
    for (let j = i + 1; j < cores.length; j++) {
      if (!grid.bridge(whole[i]!, whole[j]!)) grid.bridge(cores[i]!, cores[j]!);
    }
  }
  grid.connectComponents();
  grid.fillEmptyHoles();
  const rings = grid.rings();
  if (rings.length === 0) return undefined;
  const d = rings.map((ring) => `${ring.map((p, i) => `${i ? 'L' : 'M'}${r(p[0])} ${r(p[1])}`).join(' ')} Z`).join(' ');
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
  const near = taken.filter((t) => t.x < maxX && t.x + t.width > minX && t.y < maxY && t.y + t.height > minY);
  const spot = labelSpot(rings, textWidth(label, SMALL_TEXT, weight) + 4, near);
  taken.push(spot.box);
  items.push({ type: 'text', x: r(spot.x), y: r(spot.y), text: label, size: SMALL_TEXT, weight, anchor: 'start', fill: INK, italic: true, halo: true, mark: 'household-label' });
  return makeGroup(`household:${household.id}`, 'household', items, {
    refId: household.id,
    personIds: [...memberSet],
    tags: household.emphasised ? ['household', 'emphasised'] : ['household'],
  });
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
function labelSpot(rings: Point[][], width: number, taken: Box[]): { x: number; y: number; box: Box } {
  let best: { x: number; y: number; box: Box; score: number } | undefined;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a[1] !== b[1] || a[0] === b[0]) continue;
      const top = b[0] > a[0];
      const x = Math.min(a[0], b[0]) + 4;
      const y = top ? a[1] - 4 : a[1] + 12;
      const box = { x, y: y - SMALL_TEXT, width, height: SMALL_TEXT + 3 };
      const short = Math.max(0, width - Math.abs(b[0] - a[0]));
      // Prefer no overlap, then a bottom edge long enough for the text, then the lowest.
      const score = taken.reduce((sum, t) => sum + overlap(box, t), 0) * 10 + short + (top ? 30 : 0) - a[1] * 0.01;
      if (!best || score < best.score) best = { x, y, box, score };
    }
  }
  return best ?? { x: 0, y: 0, box: { x: 0, y: 0, width: 0, height: 0 } };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
