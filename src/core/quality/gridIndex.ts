// A uniform grid over boxes, so that each check compares an item only with the items near it
// instead of with every other item: the work grows with the figure's size, not its square.

import { rectsMeet, type Rect } from './geometry';

/** Side of one grid cell, in user units: about a symbol, so most items fall in one to four cells. */
const CELL = 48;
/** Beyond this many cells (a vast, sparse figure) the cells grow instead. */
const MAX_CELLS = 1 << 20;

/** Work done by the checks, counted (not timed) so tests can bound it. */
export interface WorkCount {
  /** Grid cells looked into. */
  cellVisits: number;
  /** Pairs of items whose (grown) boxes met and were given to an exact test. */
  pairsTested: number;
}

export function noWork(): WorkCount {
  return { cellVisits: 0, pairsTested: 0 };
}

export class GridIndex {
  private readonly cell: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Items of cell k are entries[start[k] .. start[k + 1]). */
  private readonly start: Int32Array;
  private readonly entries: Int32Array;
  /** Query stamp per item, so an item met in several cells is reported once per query. */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(
    private readonly rects: readonly Rect[],
    private readonly work: WorkCount,
  ) {
    const all = enclosingRect(rects);
    this.x0 = all.x0;
    this.y0 = all.y0;
    const width = all.x1 - all.x0;
    const height = all.y1 - all.y0;
    let cell = CELL;
    while ((Math.floor(width / cell) + 1) * (Math.floor(height / cell) + 1) > MAX_CELLS) cell *= 2;
    this.cell = cell;
    this.cols = Math.floor(width / cell) + 1;
    this.rows = Math.floor(height / cell) + 1;
    this.seen = new Int32Array(rects.length);
    // Two passes: count the items of each cell, then place them (one flat array, no per-cell lists).
    const count = new Int32Array(this.cols * this.rows + 1);
    this.eachCell(rects, (k) => count[k + 1]!++);
    for (let k = 1; k < count.length; k++) count[k]! += count[k - 1]!;
    this.start = count.slice();
    this.entries = new Int32Array(count[count.length - 1]!);
    const fill = count;
    this.eachCell(rects, (k, index) => {
      this.entries[fill[k]!++] = index;
    });
  }

  /** Calls visit once for every indexed item whose box meets `query`. */
  near(query: Rect, visit: (index: number) => void): void {
    const span = this.cellSpan(query);
    if (!span) return;
    const stamp = ++this.stamp;
    for (let j = span.j0; j <= span.j1; j++) {
      for (let i = span.i0; i <= span.i1; i++) {
        this.work.cellVisits++;
        const k = j * this.cols + i;
        for (let e = this.start[k]!; e < this.start[k + 1]!; e++) {
          const index = this.entries[e]!;
          if (this.seen[index] === stamp) continue;
          this.seen[index] = stamp;
          if (!rectsMeet(query, this.rects[index]!)) continue;
          this.work.pairsTested++;
          visit(index);
        }
      }
    }
  }

  private eachCell(rects: readonly Rect[], visit: (cell: number, index: number) => void): void {
    rects.forEach((r, index) => {
      const span = this.cellSpan(r);
      if (!span) return;
      for (let j = span.j0; j <= span.j1; j++) for (let i = span.i0; i <= span.i1; i++) visit(j * this.cols + i, index);
    });
  }

  /** The cells a box covers, clipped to the grid; undefined when it lies outside or is not finite. */
  private cellSpan(r: Rect): { i0: number; i1: number; j0: number; j1: number } | undefined {
    if (!(Number.isFinite(r.x0) && Number.isFinite(r.y0) && Number.isFinite(r.x1) && Number.isFinite(r.y1))) return undefined;
    const i0 = Math.max(0, Math.floor((r.x0 - this.x0) / this.cell));
    const i1 = Math.min(this.cols - 1, Math.floor((r.x1 - this.x0) / this.cell));
    const j0 = Math.max(0, Math.floor((r.y0 - this.y0) / this.cell));
    const j1 = Math.min(this.rows - 1, Math.floor((r.y1 - this.y0) / this.cell));
    return i0 <= i1 && j0 <= j1 ? { i0, i1, j0, j1 } : undefined;
  }
}

/** The box around all finite boxes ({0, 0, 0, 0} when there are none). */
export function enclosingRect(rects: readonly Rect[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    if (!(Number.isFinite(r.x0) && Number.isFinite(r.y0) && Number.isFinite(r.x1) && Number.isFinite(r.y1))) continue;
    if (r.x0 < x0) x0 = r.x0;
    if (r.y0 < y0) y0 = r.y0;
    if (r.x1 > x1) x1 = r.x1;
    if (r.y1 > y1) y1 = r.y1;
  }
  return x0 === Infinity ? { x0: 0, y0: 0, x1: 0, y1: 0 } : { x0, y0, x1, y1 };
}
