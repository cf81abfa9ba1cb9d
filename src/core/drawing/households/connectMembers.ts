import type { Rect } from './rect';
import { gapBetween, hull, isFree, joined } from './rect';
import { pushAll } from '../../model/extremes';

/** Widths of a corridor joining members who cannot be joined by a straight band, widest first. */
const LANES = [20, 12];
/** How many free horizontal gaps a corridor may try before giving up on a pair. */
const MAX_LANES = 6;
/** Narrowest straight band between two symbols worth drawing. */
const MIN_BAND = 8;

export interface MemberShape {
  /** The symbol, padded: always inside the outline. */
  symbol: Rect;
  /** The padded drawing (symbol, years, name) minus anything that belongs to outsiders. */
  pieces: Rect[];
  /** The padded drawing, whole: used to measure and to bridge. */
  body: Rect;
}

/**
 * Rectangles joining all members into one piece where the space allows, tried in order of
 * closeness (Kruskal): the hull of two neighbours in a row, a straight band between two
 * symbols, or a corridor down (or up) to a free horizontal lane, along it and back.
 * `connected` is false when some members could not be reached this way.
 */
export function connectMembers(members: readonly MemberShape[], obstacles: readonly Rect[], region: Rect): { rects: Rect[]; connected: boolean } {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let groups = members.length;
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) {
      parent[a] = b;
      groups--;
    }
  };
  const own = members.map((m) => [m.symbol, ...m.pieces]);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (own[i]!.some((a) => own[j]!.some((b) => joined(a, b)))) union(i, j);
      else pairs.push([i, j, gapBetween(members[i]!.body, members[j]!.body)]);
    }
  }
  pairs.sort((p, q) => p[2] - q[2] || p[0] - q[0] || p[1] - q[1]);
  const rects: Rect[] = [];
  for (const [i, j] of pairs) {
    if (groups === 1) break;
    if (find(i) === find(j)) continue;
    const a = members[i]!;
    const b = members[j]!;
    let link = straightLink(a, b, obstacles);
    for (const width of LANES) link ??= laneLink(a, b, obstacles, region, width);
    if (!link) continue;
    pushAll(rects, link);
    union(i, j);
  }
  return { rects, connected: groups === 1 };
}

/** Neighbours side by side share one rectangle; others in line get a band between their symbols. */
function straightLink(a: MemberShape, b: MemberShape, obstacles: readonly Rect[]): Rect[] | undefined {
  const sideBySide = a.body.y0 < b.body.y1 && b.body.y0 < a.body.y1;
  if (sideBySide) {
    const whole = hull(a.body, b.body);
    if (isFree(whole, obstacles)) return [whole];
  }
  const s = a.symbol;
  const t = b.symbol;
  const y0 = Math.max(s.y0, t.y0);
  const y1 = Math.min(s.y1, t.y1);
  if (y1 - y0 >= MIN_BAND) {
    const band = { x0: Math.min(s.x0, t.x0), y0, x1: Math.max(s.x1, t.x1), y1 };
    if (isFree(band, obstacles)) return [band];
  }
  // One above the other: a vertical band where their drawings overlap, within their symbols' span.
  const x0 = Math.max(a.body.x0, b.body.x0, Math.min(s.x0, t.x0));
  const x1 = Math.min(a.body.x1, b.body.x1, Math.max(s.x1, t.x1));
  if (x1 - x0 >= MIN_BAND) {
    const band = { x0, y0: Math.min(s.y0, t.y0), x1, y1: Math.max(s.y1, t.y1) };
    if (isFree(band, obstacles)) return [band];
  }
  return undefined;
}

/** A corridor from each symbol straight up or down to a free horizontal lane, joined along it. */
function laneLink(a: MemberShape, b: MemberShape, obstacles: readonly Rect[], region: Rect, width: number): Rect[] | undefined {
  const half = width / 2;
  const ay = (a.symbol.y0 + a.symbol.y1) / 2;
  const by = (b.symbol.y0 + b.symbol.y1) / 2;
  const span = { x0: Math.min(a.symbol.x0, b.symbol.x0), x1: Math.max(a.symbol.x1, b.symbol.x1) };
  const lanes = freeGaps(obstacles.filter((o) => o.x0 < span.x1 && span.x0 < o.x1), region)
    .map(([g0, g1]) => {
      const lo = g0 + half;
      const hi = g1 - half;
      const y = Math.min(hi, Math.max(lo, (ay + by) / 2));
      return { y, fits: lo <= hi, cost: Math.abs(ay - y) + Math.abs(by - y) };
    })
    .filter((l) => l.fits)
    .sort((p, q) => p.cost - q.cost)
    .slice(0, MAX_LANES);
  for (const { y } of lanes) {
    const legA = leg(a.symbol, ay, y, half, obstacles);
    const legB = legA && leg(b.symbol, by, y, half, obstacles);
    if (!legA || !legB) continue;
    const along = { x0: Math.min(legA.x0, legB.x0), y0: y - half, x1: Math.max(legA.x1, legB.x1), y1: y + half };
    if (!isFree(along, obstacles)) continue;
    const route = [legA, along, legB];
    if (route.every((r) => r.x0 >= region.x0 && r.x1 <= region.x1 && r.y0 >= region.y0 && r.y1 <= region.y1)) return route;
  }
  return undefined;
}

/** A vertical corridor from a symbol to height `y`, in the symbol's middle or along one of its sides. */
function leg(symbol: Rect, from: number, y: number, half: number, obstacles: readonly Rect[]): Rect | undefined {
  const mid = (symbol.x0 + symbol.x1) / 2;
  for (const x of [mid, symbol.x0 + half, symbol.x1 - half]) {
    const r = { x0: x - half, y0: Math.min(from, y) - half, x1: x + half, y1: Math.max(from, y) + half };
    if (isFree(r, obstacles)) return r;
  }
  return undefined;
}

/** Heights within the region that no obstacle covers, as [top, bottom] pairs. */
function freeGaps(obstacles: readonly Rect[], region: Rect): [number, number][] {
  const spans = obstacles.map((o) => [o.y0, o.y1] as const).sort((p, q) => p[0] - q[0]);
  const gaps: [number, number][] = [];
  let top = region.y0;
  for (const [y0, y1] of spans) {
    if (y0 > top) gaps.push([top, y0]);
    top = Math.max(top, y1);
  }
  if (region.y1 > top) gaps.push([top, region.y1]);
  return gaps;
}

