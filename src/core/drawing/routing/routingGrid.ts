import type { Rect } from '../households/rect';
import type { TakenLine } from './routeTypes';
import { BLOCKED_PER_UNIT, CLOSE_PER_UNIT, CROSSING, CROWDING, JUNCTION, JUNCTION_REACH, OPEN_WIDTH, TRACK_MARGIN } from './routeCosts';

export const BLOCKED = 1;
export const CLOSE = 2;

/**
 * A sparse orthogonal grid over a window: its lines are the padded edges of the obstacles,
 * the middle of every gap between them, the ports' stubs and the tracks beside taken lines
 * (thinned out away from the two ends when the window is very large). An edge that passes
 * through the inside of a padded obstacle, even in part, is marked blocked, so a route along
 * free edges enters nothing.
 *
 * Edges are numbered: horizontal (i,j), from (xs[i], ys[j]) to (xs[i+1], ys[j]), at j·(nx−1)+i;
 * vertical (i,j), from (xs[i], ys[j]) to (xs[i], ys[j+1]), at i·(ny−1)+j.
 */
export interface RoutingGrid {
  xs: Float64Array;
  ys: Float64Array;
  nx: number;
  ny: number;
  /** What moving along each edge costs (length, crowding, crossings, penalties). */
  hCost: Float64Array;
  vCost: Float64Array;
  /** BLOCKED and CLOSE bits per edge, to report what the chosen route had to do. */
  hFlags: Uint8Array;
  vFlags: Uint8Array;
}

const EPS = 1e-6;
/** Gaps wider than this get a middle line, so routes can run down the middle of a corridor. */
const MIDLINE_GAP = 30;

export interface GridInput {
  window: Rect;
  /** Padded obstacles: no edge may pass through the inside of one. */
  keepOut: readonly Rect[];
  taken: readonly TakenLine[];
  /** Coordinates the grid must have (where the ports' stubs end). */
  pinnedXs: readonly number[];
  pinnedYs: readonly number[];
  /** Regions (round the two ends) where every candidate line is kept however big the window. */
  detail: readonly Rect[];
  /** Above this many nodes, candidate lines away from the detail regions are thinned out. */
  maxNodes: number;
}

export function buildGrid(input: GridInput): RoutingGrid & { thinned: boolean } {
  const { window, keepOut, taken } = input;
  const rawX: number[] = [window.x0, window.x1, ...input.pinnedXs];
  const rawY: number[] = [window.y0, window.y1, ...input.pinnedYs];
  for (const k of keepOut) {
    rawX.push(k.x0, k.x1);
    rawY.push(k.y0, k.y1);
  }
  for (const t of taken) {
    const off = t.keepApart + TRACK_MARGIN;
    if (isVertical(t)) rawX.push(t.from[0] - off, t.from[0] + off);
    else if (isHorizontal(t)) rawY.push(t.from[1] - off, t.from[1] + off);
  }
  let xs = coordinates(rawX, window.x0, window.x1);
  let ys = coordinates(rawY, window.y0, window.y1);
  let thinned = false;
  if (xs.length * ys.length > input.maxNodes) {
    // A window across much of a big figure: keep every line near the two ends, and enough
    // of the others for the long middle stretch (which runs along a corridor) to find its way.
    thinned = true;
    const keptXs = new Set([window.x0, window.x1, ...input.pinnedXs]);
    const keptYs = new Set([window.y0, window.y1, ...input.pinnedYs]);
    xs = thin(xs, keptXs, input.detail.map((r) => [r.x0, r.x1] as const), Math.max(64, Math.floor(input.maxNodes / Math.min(ys.length, 400))));
    ys = thin(ys, keptYs, input.detail.map((r) => [r.y0, r.y1] as const), Math.max(64, Math.floor(input.maxNodes / xs.length)));
  }
  const nx = xs.length;
  const ny = ys.length;
  const cw = nx - 1;
  const ch = ny - 1;

  // Edges through the inside of a padded obstacle are blocked. Cells an obstacle touches
  // measure how crowded the free edges are.
  const hFlags = new Uint8Array(cw * ny);
  const vFlags = new Uint8Array(nx * ch);
  const touched = new Uint8Array(cw * ch);
  for (const k of keepOut) {
    const i0 = Math.max(0, upperBound(xs, k.x0 + EPS) - 1);
    const i1 = Math.min(cw - 1, lowerBound(xs, k.x1 - EPS) - 1);
    const j0 = Math.max(0, upperBound(ys, k.y0 + EPS) - 1);
    const j1 = Math.min(ch - 1, lowerBound(ys, k.y1 - EPS) - 1);
    if (i0 > i1 || j0 > j1) continue;
    for (let j = j0; j <= j1; j++) touched.fill(1, j * cw + i0, j * cw + i1 + 1);
    // Lines strictly inside the obstacle, edges overlapping it.
    for (let j = upperBound(ys, k.y0 + EPS); j < ny && ys[j]! < k.y1 - EPS; j++) for (let i = i0; i <= i1; i++) hFlags[j * cw + i]! |= BLOCKED;
    for (let i = upperBound(xs, k.x0 + EPS); i < nx && xs[i]! < k.x1 - EPS; i++) for (let j = j0; j <= j1; j++) vFlags[i * ch + j]! |= BLOCKED;
  }
  const near = (i: number, j: number) => i >= 0 && j >= 0 && i < cw && j < ch && touched[j * cw + i] === 1;

  const hCross = new Uint8Array(cw * ny);
  const vCross = new Uint8Array(nx * ch);
  for (const t of taken) {
    markTaken(t, xs, ys, hFlags, vFlags, hCross, vCross);
    markJunction(t.from, xs, ys, hCross, vCross);
    markJunction(t.to, xs, ys, hCross, vCross);
  }

  const hCost = new Float64Array(cw * ny);
  const vCost = new Float64Array(nx * ch);
  // Horizontal edges: clearance is the free distance up and down the same cell column.
  const up = new Float64Array(ny);
  for (let i = 0; i < cw; i++) {
    up[0] = Infinity;
    for (let j = 1; j < ny; j++) up[j] = near(i, j - 1) ? 0 : up[j - 1]! + (ys[j]! - ys[j - 1]!);
    let down = Infinity;
    for (let j = ny - 1; j >= 0; j--) {
      if (j < ch) down = near(i, j) ? 0 : down + (ys[j + 1]! - ys[j]!);
      const e = j * cw + i;
      hCost[e] = edgeCost(xs[i + 1]! - xs[i]!, Math.min(up[j]!, down), hFlags[e]!, hCross[e]!);
    }
  }
  // Vertical edges: clearance left and right along the same cell row.
  const left = new Float64Array(nx);
  for (let j = 0; j < ch; j++) {
    left[0] = Infinity;
    for (let i = 1; i < nx; i++) left[i] = near(i - 1, j) ? 0 : left[i - 1]! + (xs[i]! - xs[i - 1]!);
    let right = Infinity;
    for (let i = nx - 1; i >= 0; i--) {
      if (i < cw) right = near(i, j) ? 0 : right + (xs[i + 1]! - xs[i]!);
      const e = i * ch + j;
      vCost[e] = edgeCost(ys[j + 1]! - ys[j]!, Math.min(left[i]!, right), vFlags[e]!, vCross[e]!);
    }
  }
  return { xs, ys, nx, ny, hCost, vCost, hFlags, vFlags, thinned };
}

/** Keeps the kept values and all inside the detail spans; of the rest, evenly spread, as many as fit in `budget`. */
function thin(values: Float64Array, kept: ReadonlySet<number>, detail: readonly (readonly [number, number])[], budget: number): Float64Array {
  const must: boolean[] = [];
  let mustCount = 0;
  for (const v of values) {
    const keep = kept.has(v) || detail.some(([a, b]) => v >= a && v <= b);
    must.push(keep);
    if (keep) mustCount++;
  }
  const others = values.length - mustCount;
  const room = Math.max(0, budget - mustCount);
  const every = others > room ? others / Math.max(1, room) : 1;
  const out: number[] = [];
  let seen = 0;
  let next = 0;
  values.forEach((v, k) => {
    if (must[k]) out.push(v);
    else {
      if (seen >= next) {
        out.push(v);
        next += every;
      }
      seen++;
    }
  });
  return Float64Array.from(out);
}

function edgeCost(length: number, clearance: number, flags: number, crossings: number): number {
  let cost = length * (1 + (clearance >= OPEN_WIDTH ? 0 : CROWDING * (1 - clearance / OPEN_WIDTH)));
  if (flags & BLOCKED) cost += length * BLOCKED_PER_UNIT;
  if (flags & CLOSE) cost += length * CLOSE_PER_UNIT;
  return cost + crossings * CROSSING;
}

/** Edges passing near a point where a taken line ends or turns, charged as JUNCTION/CROSSING crossings. */
function markJunction(p: readonly [number, number], xs: Float64Array, ys: Float64Array, hCross: Uint8Array, vCross: Uint8Array): void {
  const nx = xs.length;
  const ny = ys.length;
  const cw = nx - 1;
  const ch = ny - 1;
  const charge = Math.round(JUNCTION / CROSSING);
  const [x, y] = p;
  const i0 = Math.max(0, upperBound(xs, x - JUNCTION_REACH) - 1);
  const j0 = Math.max(0, upperBound(ys, y - JUNCTION_REACH) - 1);
  for (let j = upperBound(ys, y - JUNCTION_REACH); j < ny && ys[j]! < y + JUNCTION_REACH; j++) {
    for (let i = i0; i < cw && xs[i]! < x + JUNCTION_REACH; i++) hCross[j * cw + i] = Math.min(255, hCross[j * cw + i]! + charge);
  }
  for (let i = upperBound(xs, x - JUNCTION_REACH); i < nx && xs[i]! < x + JUNCTION_REACH; i++) {
    for (let j = j0; j < ch && ys[j]! < y + JUNCTION_REACH; j++) vCross[i * ch + j] = Math.min(255, vCross[i * ch + j]! + charge);
  }
}

/** Edges running alongside a taken line within its keep-apart distance, and edges crossing it. */
function markTaken(t: TakenLine, xs: Float64Array, ys: Float64Array, hFlags: Uint8Array, vFlags: Uint8Array, hCross: Uint8Array, vCross: Uint8Array): void {
  const nx = xs.length;
  const ny = ys.length;
  const cw = nx - 1;
  const ch = ny - 1;
  if (isHorizontal(t)) {
    const y = t.from[1];
    const a = Math.min(t.from[0], t.to[0]);
    const b = Math.max(t.from[0], t.to[0]);
    const i0 = Math.max(0, upperBound(xs, a + EPS) - 1);
    const i1 = Math.min(cw - 1, lowerBound(xs, b - EPS) - 1);
    for (let j = upperBound(ys, y - t.keepApart + EPS); j < ny && ys[j]! < y + t.keepApart - EPS; j++) {
      for (let i = i0; i <= i1; i++) hFlags[j * cw + i]! |= CLOSE;
    }
    const j = lowerBound(ys, y) - 1;
    if (j >= 0 && j < ch) {
      for (let i = upperBound(xs, a + EPS); i < nx && xs[i]! < b - EPS; i++) vCross[i * ch + j] = Math.min(255, vCross[i * ch + j]! + 1);
    }
  } else if (isVertical(t)) {
    const x = t.from[0];
    const a = Math.min(t.from[1], t.to[1]);
    const b = Math.max(t.from[1], t.to[1]);
    const j0 = Math.max(0, upperBound(ys, a + EPS) - 1);
    const j1 = Math.min(ch - 1, lowerBound(ys, b - EPS) - 1);
    for (let i = upperBound(xs, x - t.keepApart + EPS); i < nx && xs[i]! < x + t.keepApart - EPS; i++) {
      for (let j = j0; j <= j1; j++) vFlags[i * ch + j]! |= CLOSE;
    }
    const i = lowerBound(xs, x) - 1;
    if (i >= 0 && i < cw) {
      for (let j = upperBound(ys, a + EPS); j < ny && ys[j]! < b - EPS; j++) hCross[j * cw + i] = Math.min(255, hCross[j * cw + i]! + 1);
    }
  }
}

export function isHorizontal(t: TakenLine): boolean {
  return Math.abs(t.from[1] - t.to[1]) < EPS && Math.abs(t.from[0] - t.to[0]) > EPS;
}

export function isVertical(t: TakenLine): boolean {
  return Math.abs(t.from[0] - t.to[0]) < EPS && Math.abs(t.from[1] - t.to[1]) > EPS;
}

/** Sorted distinct values within [lo, hi], with a middle line in every wide gap. */
function coordinates(raw: number[], lo: number, hi: number): Float64Array {
  const inside = raw.filter((v) => Number.isFinite(v) && v >= lo - EPS && v <= hi + EPS).map((v) => Math.min(hi, Math.max(lo, v)));
  inside.sort((a, b) => a - b);
  const distinct: number[] = [];
  for (const v of inside) if (distinct.length === 0 || v - distinct[distinct.length - 1]! > EPS) distinct.push(v);
  const out: number[] = [];
  for (let k = 0; k < distinct.length; k++) {
    if (k > 0 && distinct[k]! - distinct[k - 1]! > MIDLINE_GAP) out.push((distinct[k]! + distinct[k - 1]!) / 2);
    out.push(distinct[k]!);
  }
  return Float64Array.from(out);
}

/** First index whose value is >= v. */
export function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > v. */
function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
