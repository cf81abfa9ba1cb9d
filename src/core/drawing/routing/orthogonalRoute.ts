import type { Box, Point } from '../scene';
import { rectOfBox, type Rect } from '../households/rect';
import { unionBoxes } from '../bounds';
import { buildGrid, BLOCKED, CLOSE, lowerBound, type RoutingGrid } from './routingGrid';
import { corners, searchGrid, type SearchEnd } from './gridSearch';
import { reverse, type RouteEnd, type RoutePort, type RouteRequest, type RouteResult, type RouteWork, type TakenLine } from './routeTypes';
import { BLOCKED_PER_UNIT, CLEARANCE, CLOSE_PER_UNIT, FIRST_MARGIN, STUB } from './routeCosts';
import { alongside, insideLength } from './axisSegments';
import { straightenJogs } from './straightenJogs';

/** Room left round the whole figure, so a route can go round its outside. */
const OUTSIDE = 3 * STUB;
/** Grid size above which lines away from the two ends are thinned out (memory about 60 bytes a node). */
const MAX_NODES = 250_000;
/**
 * How much the search overweights the distance still to go on big grids: the route found
 * costs at most 30 % more than the cheapest (in practice about 1 % more), for a fifth of the
 * work; more on a thinned grid. Small grids are searched for the cheapest route, which has no
 * needless jogs.
 */
const BIG_GRID = 20_000;
const GREED = 1.3;
const GREEDY = 1.5;

interface Stub {
  port: RoutePort;
  /** Where the straight way out of the symbol ends and the route may turn. */
  at: Point;
  /** Cost of the way out: its length, the port's own cost, anything it enters or runs beside. */
  cost: number;
  clear: boolean;
  apart: boolean;
}

/**
 * An orthogonal route between two symbols, around every obstacle: the cheapest path over a
 * sparse grid built in a window around the two ends (see routingGrid.ts, routeCosts.ts). The
 * window starts small and grows only when the best route in it enters an obstacle or runs
 * alongside another line, so on a big figure the work stays near the two people. When no
 * free route exists at all the least bad one is returned, with `clear` or `apart` false.
 * Never throws: on input it cannot route (no ports, coordinates that are not numbers) it
 * returns a straight line between the two symbols, marked not clear.
 */
export function routeOrthogonal(request: RouteRequest): RouteResult {
  const work: RouteWork = { nodes: 0, expanded: 0, attempts: 0 };
  if (!usable(request.from) || !usable(request.to)) return straight(request, work);
  const focus = unionBoxes([request.from.symbol, ...request.from.labels, request.to.symbol, ...request.to.labels]);
  const extent = grow(rectOfBox(unionBoxes([focus, request.obstacles.extent() ?? focus])), OUTSIDE);
  let best: (RouteResult & { cost: number }) | undefined;
  for (let margin = FIRST_MARGIN; ; margin *= 3) {
    const window = clip(rectOfBox(focus, margin), extent);
    const attempt = routeInWindow(request, window, work);
    if (attempt && (!best || attempt.cost < best.cost)) best = attempt;
    if ((best?.clear && best.apart) || covers(window, extent)) break;
  }
  if (!best) return straight(request, work);
  const { cost: _cost, ...result } = best;
  return result;
}

function routeInWindow(request: RouteRequest, window: Rect, work: RouteWork): (RouteResult & { cost: number }) | undefined {
  const region = boxOf(grow(window, CLEARANCE));
  const ownFrom = rectOfBox(request.from.symbol, STUB);
  const ownTo = rectOfBox(request.to.symbol, STUB);
  const others: Rect[] = [];
  for (const b of request.obstacles.overlapping(region)) others.push(rectOfBox(b, CLEARANCE));
  for (const b of [...request.from.labels, ...request.to.labels]) others.push(rectOfBox(b, CLEARANCE));
  const taken = request.taken.near(region);
  const fromStubs = stubs(request.from, ownFrom, [ownTo, ...others], taken);
  const toStubs = stubs(request.to, ownTo, [ownFrom, ...others], taken);
  const pinnedXs = [...fromStubs, ...toStubs].map((s) => s.at[0]);
  const pinnedYs = [...fromStubs, ...toStubs].map((s) => s.at[1]);
  const detail = [request.from, request.to].map((end) => rectOfBox(unionBoxes([end.symbol, ...end.labels]), FIRST_MARGIN));
  const grid = buildGrid({ window, keepOut: [ownFrom, ownTo, ...others], taken, pinnedXs, pinnedYs, detail, maxNodes: MAX_NODES });
  work.attempts++;
  work.nodes += grid.nx * grid.ny;
  const starts: SearchEnd[] = fromStubs.map((s) => ({ node: nodeAt(grid, s.at), dir: s.port.dir, cost: s.cost }));
  const goals: SearchEnd[] = toStubs.map((s) => ({ node: nodeAt(grid, s.at), dir: reverse(s.port.dir), cost: s.cost }));
  const found = searchGrid(grid, starts, goals, grid.thinned ? GREEDY : grid.nx * grid.ny > BIG_GRID ? GREED : 1);
  if (!found) return undefined;
  work.expanded += found.expanded;
  const a = fromStubs[found.start]!;
  const b = toStubs[found.goal]!;
  const route = corners([a.port.edge, ...found.points, b.port.edge]);
  // A short step sideways the search took to save a little crowding reads as a kink: take it
  // out where the straight way is just as free and as far from other lines.
  const isPortEdge = (c: Point) => samePoint(c, route[0]!) || samePoint(c, route[route.length - 1]!);
  const points = straightenJogs(route, (p, q) => {
    for (const o of others) if (insideLength(p, q, o) > 0) return false;
    for (const t of taken) if (alongside(p, q, t) > 0) return false;
    for (const own of [ownFrom, ownTo]) {
      // A stub lies inside its symbol's keep-out; only its corner must stay out of it.
      if (isPortEdge(p) || isPortEdge(q)) {
        if (strictlyInside(isPortEdge(p) ? q : p, own)) return false;
      } else if (insideLength(p, q, own) > 0) return false;
    }
    return true;
  });
  return {
    points,
    clear: a.clear && b.clear && (found.flags & BLOCKED) === 0,
    apart: a.apart && b.apart && (found.flags & CLOSE) === 0,
    work,
    cost: found.cost,
  };
}

/** Each port's way out of its symbol, to the edge of the symbol's keep-out square. */
function stubs(end: RouteEnd, own: Rect, obstacles: readonly Rect[], taken: readonly TakenLine[]): Stub[] {
  return end.ports.map((port) => {
    const [x, y] = port.edge;
    const at: Point = port.dir === 0 ? [own.x1, y] : port.dir === 1 ? [own.x0, y] : port.dir === 2 ? [x, own.y1] : [x, own.y0];
    const length = Math.abs(at[0] - x) + Math.abs(at[1] - y);
    let blocked = 0;
    for (const o of obstacles) blocked += insideLength(port.edge, at, o);
    let close = 0;
    for (const t of taken) close += alongside(port.edge, at, t);
    return { port, at, cost: port.cost + length + blocked * BLOCKED_PER_UNIT + close * CLOSE_PER_UNIT, clear: blocked === 0, apart: close === 0 };
  });
}

function samePoint(p: Point, q: Point): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

function strictlyInside(p: Point, r: Rect): boolean {
  return p[0] > r.x0 && p[0] < r.x1 && p[1] > r.y0 && p[1] < r.y1;
}

function nodeAt(grid: RoutingGrid, p: Point): number {
  return nearest(grid.ys, p[1]) * grid.nx + nearest(grid.xs, p[0]);
}

function nearest(values: Float64Array, v: number): number {
  const k = lowerBound(values, v);
  if (k >= values.length) return values.length - 1;
  if (k > 0 && v - values[k - 1]! < values[k]! - v) return k - 1;
  return k;
}

function usable(end: RouteEnd): boolean {
  const numbers = [end.symbol.x, end.symbol.y, end.symbol.width, end.symbol.height, ...end.ports.flatMap((p) => [p.edge[0], p.edge[1], p.cost])];
  return end.ports.length > 0 && numbers.every(Number.isFinite);
}

/** The last resort: straight from edge to edge, as the figure drew relationship lines before. */
function straight(request: RouteRequest, work: RouteWork): RouteResult {
  const centre = (b: Box): Point => [b.x + b.width / 2, b.y + b.height / 2];
  const a = centre(request.from.symbol);
  const b = centre(request.to.symbol);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  const ra = request.from.symbol.width / 2;
  const rb = request.to.symbol.width / 2;
  const ok = Number.isFinite(length) && length > ra + rb;
  const points: Point[] = ok
    ? [
        [a[0] + (dx / length) * ra, a[1] + (dy / length) * ra],
        [b[0] - (dx / length) * rb, b[1] - (dy / length) * rb],
      ]
    : [a, b].map((p) => [Number.isFinite(p[0]) ? p[0] : 0, Number.isFinite(p[1]) ? p[1] : 0] as const);
  return { points, clear: false, apart: false, work };
}

function grow(r: Rect, by: number): Rect {
  return { x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by };
}

function clip(r: Rect, to: Rect): Rect {
  return { x0: Math.max(r.x0, to.x0), y0: Math.max(r.y0, to.y0), x1: Math.min(r.x1, to.x1), y1: Math.min(r.y1, to.y1) };
}

function covers(r: Rect, other: Rect): boolean {
  return r.x0 <= other.x0 && r.y0 <= other.y0 && r.x1 >= other.x1 && r.y1 >= other.y1;
}

function boxOf(r: Rect): Box {
  return { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 };
}
