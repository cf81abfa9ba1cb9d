import type { Point } from '../scene';
import type { Rect } from './rect';
import { overlaps } from './rect';
import { traceCellRings } from './cellRings';

/**
 * The outline of a union of rectangles as closed rings (outer boundaries and holes), with
 * the inside on the right of travel (clockwise on screen). Works on the grid made by the
 * rectangles' own edges, so the cost depends on how many rectangles there are, not on how
 * much of the figure they span. Holes that contain none of `obstacles` are filled in.
 */
export function rectUnionRings(rects: readonly Rect[], obstacles: readonly Rect[]): Point[][] {
  const solid = rects.filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
  if (solid.length === 0) return [];
  const xs = sortedUnique(solid.flatMap((r) => [r.x0, r.x1]));
  const ys = sortedUnique(solid.flatMap((r) => [r.y0, r.y1]));
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const xAt = new Map(xs.map((x, i) => [x, i]));
  const yAt = new Map(ys.map((y, i) => [y, i]));
  const inside = new Uint8Array(cols * rows);
  for (const r of solid) {
    const c0 = xAt.get(r.x0)!;
    const c1 = xAt.get(r.x1)!;
    const r0 = yAt.get(r.y0)!;
    const r1 = yAt.get(r.y1)!;
    for (let row = r0; row < r1; row++) inside.fill(1, row * cols + c0, row * cols + c1);
  }
  fillEmptyHoles(inside, cols, rows, xs, ys, obstacles);
  return traceCellRings(inside, cols, rows).map((ring) => ring.map(([c, r]) => [xs[c]!, ys[r]!] as Point));
}

function sortedUnique(values: number[]): number[] {
  const sorted = values.sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** Enclosed gaps with no obstacle in them would only make the outline busier: fill them. */
function fillEmptyHoles(inside: Uint8Array, cols: number, rows: number, xs: number[], ys: number[], obstacles: readonly Rect[]): void {
  const seen = new Uint8Array(inside.length);
  const region: number[] = [];
  for (let start = 0; start < inside.length; start++) {
    if (inside[start] || seen[start]) continue;
    region.length = 0;
    region.push(start);
    seen[start] = 1;
    let open = false;
    for (let k = 0; k < region.length; k++) {
      const c = region[k]!;
      const col = c % cols;
      const row = (c - col) / cols;
      if (col === 0 || row === 0 || col === cols - 1 || row === rows - 1) open = true;
      for (const n of [col > 0 ? c - 1 : -1, col < cols - 1 ? c + 1 : -1, row > 0 ? c - cols : -1, row < rows - 1 ? c + cols : -1]) {
        if (n >= 0 && !inside[n] && !seen[n]) {
          seen[n] = 1;
          region.push(n);
        }
      }
    }
    if (open) continue;
    const holdsObstacle = region.some((c) => {
      const col = c % cols;
      const row = (c - col) / cols;
      const cell = { x0: xs[col]!, y0: ys[row]!, x1: xs[col + 1]!, y1: ys[row + 1]! };
      return obstacles.some((o) => overlaps(cell, o));
    });
    if (!holdsObstacle) for (const c of region) inside[c] = 1;
  }
}
