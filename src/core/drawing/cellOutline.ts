import type { Point } from './scene';
import { traceCellRings } from './households/cellRings';

/**
 * A grid of square cells over part of the plane, used to build household outlines:
 * cells are marked as blocked (belonging to people outside the household) or inside.
 */
/** Extra cost of a turn in a corridor, in cell steps. */
const TURN = 6;

export class CellGrid {
  readonly cols: number;
  readonly rows: number;
  readonly inside: Uint8Array;
  readonly blocked: Uint8Array;

  constructor(
    readonly x0: number,
    readonly y0: number,
    width: number,
    height: number,
    readonly cell: number,
  ) {
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.inside = new Uint8Array(this.cols * this.rows);
    this.blocked = new Uint8Array(this.cols * this.rows);
  }

  /** Calls `visit` with the index of every cell a box touches (its edges included), clipped to the grid. */
  forCellsTouching(box: { x: number; y: number; width: number; height: number }, visit: (cell: number) => boolean | void): boolean {
    const c0 = Math.max(0, Math.floor((box.x - this.x0) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((box.x + box.width - this.x0) / this.cell));
    const r0 = Math.max(0, Math.floor((box.y - this.y0) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((box.y + box.height - this.y0) / this.cell));
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) if (visit(row * this.cols + col) === false) return false;
    }
    return true;
  }

  neighbours(i: number): number[] {
    const col = i % this.cols;
    const row = (i - col) / this.cols;
    const out: number[] = [];
    if (col > 0) out.push(i - 1);
    if (col < this.cols - 1) out.push(i + 1);
    if (row > 0) out.push(i - this.cols);
    if (row < this.rows - 1) out.push(i + this.cols);
    return out;
  }

  /** 4-connected components of inside cells, as a component number per cell (-1 outside). */
  insideComponents(): { label: Int32Array; count: number } {
    const label = new Int32Array(this.inside.length).fill(-1);
    let count = 0;
    for (let i = 0; i < label.length; i++) {
      if (!this.inside[i] || label[i]! >= 0) continue;
      const stack = [i];
      label[i] = count;
      while (stack.length) {
        const c = stack.pop()!;
        for (const n of this.neighbours(c)) {
          if (this.inside[n] && label[n]! < 0) {
            label[n] = count;
            stack.push(n);
          }
        }
      }
      count++;
    }
    return { label, count };
  }

  /**
   * Joins every inside component to the first by corridors through free cells, widened
   * where there is room. Components that cannot be reached stay apart.
   */
  connectComponents(width = 2): void {
    for (let guard = 0; guard < 10_000; guard++) {
      const { label, count } = this.insideComponents();
      if (count <= 1) return;
      const path = this.corridorFrom(label, 0);
      if (!path) return;
      let ring = path;
      for (const c of path) this.inside[c] = 1;
      for (let k = 0; k < width; k++) {
        const next: number[] = [];
        for (const c of ring) {
          for (const n of this.neighbours(c)) {
            if (!this.blocked[n] && !this.inside[n]) {
              this.inside[n] = 1;
              next.push(n);
            }
          }
        }
        ring = next;
      }
    }
  }

  /** Fills the box spanned by two boxes when no blocked cell lies in it: a straight bridge. */
  bridge(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
    const hull = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x),
      height: Math.max(a.y + a.height, b.y + b.height) - Math.min(a.y, b.y),
    };
    if (!this.forCellsTouching(hull, (c) => !this.blocked[c])) return false;
    this.forCellsTouching(hull, (c) => {
      this.inside[c] = 1;
    });
    return true;
  }

  /**
   * Cheapest corridor from component `from` to any other component: each step costs 1 and
   * each turn TURN more, so corridors run straight and read as deliberate, not as staircases.
   * Costs are small integers, so a bucket queue (Dial's algorithm) replaces a heap.
   */
  private corridorFrom(label: Int32Array, from: number): number[] | undefined {
    const n = label.length;
    const { cols } = this;
    // State = cell * 4 + direction of arrival (0 right, 1 left, 2 down, 3 up).
    const cost = new Int32Array(n * 4).fill(-1);
    const prev = new Int32Array(n * 4).fill(-1);
    const buckets: number[][] = [[]];
    const push = (c: number, state: number) => {
      (buckets[c] ??= []).push(state);
    };
    for (let i = 0; i < n; i++) {
      if (label[i] !== from) continue;
      // Only cells on the component's edge can start a corridor.
      const col = i % cols;
      const edge =
        (col > 0 && label[i - 1] !== from) || (col < cols - 1 && label[i + 1] !== from) || (i >= cols && label[i - cols] !== from) || (i + cols < n && label[i + cols] !== from);
      if (!edge) continue;
      for (let d = 0; d < 4; d++) {
        cost[i * 4 + d] = 0;
        push(0, i * 4 + d);
      }
    }
    for (let c = 0; c < buckets.length; c++) {
      const bucket = buckets[c];
      if (!bucket) continue;
      for (let k = 0; k < bucket.length; k++) {
        const state = bucket[k]!;
        if (cost[state] !== c) continue;
        const cell = state >> 2;
        const dir = state & 3;
        const here = label[cell]!;
        if (here >= 0 && here !== from) {
          const path: number[] = [];
          for (let s = prev[state]!; s >= 0 && label[s >> 2] !== from; s = prev[s]!) path.push(s >> 2);
          return path;
        }
        const col = cell % cols;
        for (let nd = 0; nd < 4; nd++) {
          let next: number;
          if (nd === 0) next = col < cols - 1 ? cell + 1 : -1;
          else if (nd === 1) next = col > 0 ? cell - 1 : -1;
          else if (nd === 2) next = cell + cols < n ? cell + cols : -1;
          else next = cell >= cols ? cell - cols : -1;
          if (next < 0 || this.blocked[next] || label[next] === from) continue;
          const nc = c + 1 + (nd !== dir && here !== from ? TURN : 0);
          const ns = next * 4 + nd;
          if (cost[ns] === -1 || nc < cost[ns]!) {
            cost[ns] = nc;
            prev[ns] = state;
            push(nc, ns);
          }
        }
      }
      buckets[c] = undefined as unknown as number[];
    }
    return undefined;
  }

  /** Fills enclosed gaps that hold no blocked cell, so the outline has no needless holes. */
  fillEmptyHoles(): void {
    const seen = new Uint8Array(this.inside.length);
    for (let i = 0; i < seen.length; i++) {
      if (this.inside[i] || seen[i]) continue;
      const region: number[] = [i];
      seen[i] = 1;
      let touchesEdge = false;
      let hasBlocked = false;
      for (let k = 0; k < region.length; k++) {
        const c = region[k]!;
        const col = c % this.cols;
        const row = (c - col) / this.cols;
        if (col === 0 || row === 0 || col === this.cols - 1 || row === this.rows - 1) touchesEdge = true;
        if (this.blocked[c]) hasBlocked = true;
        for (const n of this.neighbours(c)) {
          if (!this.inside[n] && !seen[n]) {
            seen[n] = 1;
            region.push(n);
          }
        }
      }
      if (!touchesEdge && !hasBlocked) for (const c of region) this.inside[c] = 1;
    }
  }

  /** The boundary of the inside cells as closed rings (outer outlines and holes), in plane units. */
  rings(): Point[][] {
    return traceCellRings(this.inside, this.cols, this.rows).map((ring) => ring.map(([c, r]) => [this.x0 + c * this.cell, this.y0 + r * this.cell] as Point));
  }
}
