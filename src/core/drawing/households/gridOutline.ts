import type { Point } from '../scene';
import { CellGrid } from '../cellOutline';
import type { MemberBoxes } from './householdShape';
import type { Rect } from './rect';

const CELL = 7;
/** Upper bound on grid cells, so a household spread over a wide figure stays affordable. */
const MAX_CELLS = 25_000;
/** How far beyond a symbol a corridor may start when the whole drawings cannot be bridged. */
const CORE_PAD = 10;

/**
 * The slower, general outline: members and obstacles painted on a grid of small cells and
 * joined by corridors found by search, which can wind around anything. Used only when the
 * straight bands and lanes of householdShape cannot join everyone.
 */
export function gridOutline(members: readonly MemberBoxes[], obstacles: readonly Rect[], region: Rect): Point[][] {
  const { x0: minX, y0: minY, x1: maxX, y1: maxY } = region;
  // Containment holds at any cell size; coarser cells only make the outline blockier.
  const cell = Math.max(CELL, Math.ceil(Math.sqrt(((maxX - minX) * (maxY - minY)) / MAX_CELLS)));
  const x0 = Math.floor(minX / cell) * cell;
  const y0 = Math.floor(minY / cell) * cell;
  const grid = new CellGrid(x0, y0, maxX - x0, maxY - y0, cell);
  const box = (r: Rect) => ({ x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 });
  for (const o of obstacles) {
    grid.forCellsTouching(box(o), (c) => {
      grid.blocked[c] = 1;
    });
  }
  for (const m of members) {
    grid.forCellsTouching(box(m.body), (c) => {
      if (!grid.blocked[c]) grid.inside[c] = 1;
    });
  }
  // A member's own symbol always belongs to the outline, whatever overlaps it.
  for (const m of members) {
    grid.forCellsTouching(box(m.symbol), (c) => {
      grid.inside[c] = 1;
      grid.blocked[c] = 0;
    });
  }
  const cores = members.map((m) => ({ x: m.symbol.x0 - CORE_PAD, y: m.symbol.y0 - CORE_PAD, width: m.symbol.x1 - m.symbol.x0 + 2 * CORE_PAD, height: m.symbol.y1 - m.symbol.y0 + 2 * CORE_PAD }));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (!grid.bridge(box(members[i]!.body), box(members[j]!.body))) grid.bridge(cores[i]!, cores[j]!);
    }
  }
  grid.connectComponents();
  grid.fillEmptyHoles();
  return grid.rings();
}
