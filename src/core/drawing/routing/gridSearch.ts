import type { Point } from '../scene';
import { MinHeap } from './minHeap';
import type { RoutingGrid } from './routingGrid';
import { reverse, type Direction } from './routeTypes';
import { BEND } from './routeCosts';

/** Where a search may begin or end: a grid node, the direction of travel there, and its cost. */
export interface SearchEnd {
  node: number;
  /** Starts: the direction the route sets off in. Goals: the direction it must arrive in. */
  dir: Direction;
  cost: number;
}

export interface SearchResult {
  /** Grid corners of the route, first start to goal. */
  points: Point[];
  /** Index into the starts and goals of the ends the route uses. */
  start: number;
  goal: number;
  cost: number;
  /** BLOCKED and CLOSE bits of every edge used. */
  flags: number;
  expanded: number;
}

/**
 * Cheapest route over the grid from any start to any goal, by A*: a state is a node and the
 * direction of travel into it, so that bends can be charged. The Manhattan distance to the
 * nearest goal never overestimates (every edge costs at least its length), so the first goal
 * taken off the queue is the cheapest; with `greed` above 1 the distance counts more, and the
 * search finds a good route sooner instead of the best. Undefined when no goal can be reached.
 */
export function searchGrid(grid: RoutingGrid, starts: readonly SearchEnd[], goals: readonly SearchEnd[], greed = 1): SearchResult | undefined {
  if (goals.length === 0) return undefined;
  const { xs, ys, nx, ny, hCost, vCost, hFlags, vFlags } = grid;
  const cw = nx - 1;
  const ch = ny - 1;
  const stateCount = nx * ny * 4;
  const GOAL = stateCount;
  const g = new Float64Array(stateCount + 1).fill(Infinity);
  const prev = new Int32Array(stateCount + 1).fill(-1);
  const done = new Uint8Array(stateCount + 1);
  const startOf = new Map<number, number>();
  const goalsAt = new Map<number, number[]>();
  goals.forEach((goal, k) => goalsAt.set(goal.node, [...(goalsAt.get(goal.node) ?? []), k]));
  const isGoal = new Uint8Array(nx * ny);
  for (const goal of goals) isGoal[goal.node] = 1;
  // Distance to the box round the goals (they are the ports of one symbol, close together):
  // never more than the distance to the nearest goal, and quick to work out.
  let gx0 = Infinity;
  let gx1 = -Infinity;
  let gy0 = Infinity;
  let gy1 = -Infinity;
  for (const goal of goals) {
    const x = xs[goal.node % nx]!;
    const y = ys[Math.floor(goal.node / nx)]!;
    gx0 = Math.min(gx0, x);
    gx1 = Math.max(gx1, x);
    gy0 = Math.min(gy0, y);
    gy1 = Math.max(gy1, y);
  }
  // Plus the bends that reaching that box needs at the least, given the way the route is
  // heading: none if it heads where it must go, one to turn into it, two to turn back.
  const h = (node: number, dir: Direction) => {
    const i = node % nx;
    const x = xs[i]!;
    const y = ys[(node - i) / nx]!;
    const east = x < gx0;
    const west = x > gx1;
    const south = y < gy0;
    const north = y > gy1;
    const headed = (dir === 0 && east) || (dir === 1 && west) || (dir === 2 && south) || (dir === 3 && north);
    const ways = (east || west ? 1 : 0) + (south || north ? 1 : 0);
    const away = (dir === 0 && west) || (dir === 1 && east) || (dir === 2 && north) || (dir === 3 && south);
    const bends = ways === 0 ? 0 : ways === 2 ? (headed ? 1 : 2) : headed ? 0 : away ? 2 : 1;
    return greed * (Math.max(0, gx0 - x, x - gx1) + Math.max(0, gy0 - y, y - gy1) + bends * BEND);
  };

  const heap = new MinHeap();
  starts.forEach((start, k) => {
    const s = start.node * 4 + start.dir;
    if (start.cost < g[s]!) {
      g[s] = start.cost;
      startOf.set(s, k);
      heap.push(s, start.cost + h(start.node, start.dir));
    }
  });
  let goalIndex = -1;
  let expanded = 0;
  while (heap.size > 0) {
    const s = heap.pop();
    if (done[s]) continue;
    done[s] = 1;
    if (s === GOAL) break;
    expanded++;
    const node = s >> 2;
    const dir = (s & 3) as Direction;
    const cost = g[s]!;
    const here = isGoal[node] ? goalsAt.get(node) : undefined;
    if (here) {
      for (const k of here) {
        const goal = goals[k]!;
        const arrive = cost + turnCost(dir, goal.dir) + goal.cost;
        if (arrive < g[GOAL]!) {
          g[GOAL] = arrive;
          prev[GOAL] = s;
          goalIndex = k;
          heap.push(GOAL, arrive);
        }
      }
    }
    const i = node % nx;
    const j = (node - i) / nx;
    const back = reverse(dir);
    for (let d = 0; d < 4; d++) {
      const nd = d as Direction;
      if (nd === back) continue;
      let next: number;
      let edge: number;
      if (nd === 0) {
        if (i + 1 >= nx) continue;
        next = node + 1;
        edge = hCost[j * cw + i]!;
      } else if (nd === 1) {
        if (i === 0) continue;
        next = node - 1;
        edge = hCost[j * cw + i - 1]!;
      } else if (nd === 2) {
        if (j + 1 >= ny) continue;
        next = node + nx;
        edge = vCost[i * ch + j]!;
      } else {
        if (j === 0) continue;
        next = node - nx;
        edge = vCost[i * ch + j - 1]!;
      }
      const t = next * 4 + nd;
      if (done[t]) continue;
      const c = cost + edge + (nd === dir ? 0 : BEND);
      if (c < g[t]!) {
        g[t] = c;
        prev[t] = s;
        heap.push(t, c + h(next, nd));
      }
    }
  }
  if (goalIndex < 0 || !done[GOAL]) return undefined;

  const states: number[] = [];
  for (let s = prev[GOAL]!; s >= 0; s = prev[s]!) states.push(s);
  states.reverse();
  const first = states[0]!;
  let flags = 0;
  const points: Point[] = [];
  for (let k = 0; k < states.length; k++) {
    const node = states[k]! >> 2;
    const i = node % nx;
    const j = (node - i) / nx;
    if (k > 0) {
      const before = states[k - 1]! >> 2;
      const bi = before % nx;
      const bj = (before - bi) / nx;
      if (bj === j) flags |= hFlags[j * cw + Math.min(i, bi)]!;
      else flags |= vFlags[i * ch + Math.min(j, bj)]!;
    }
    points.push([xs[i]!, ys[j]!]);
  }
  return { points: corners(points), start: startOf.get(first) ?? 0, goal: goalIndex, cost: g[GOAL]!, flags, expanded };
}

function turnCost(from: Direction, to: Direction): number {
  return from === to ? 0 : from === reverse(to) ? 2 * BEND : BEND;
}

/** Drops points in the middle of straight runs. */
export function corners(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const n = out.length;
    if (n > 0 && out[n - 1]![0] === p[0] && out[n - 1]![1] === p[1]) continue;
    if (n >= 2) {
      const a = out[n - 2]!;
      const b = out[n - 1]!;
      const cross = (b[0] - a[0]) * (p[1] - b[1]) - (b[1] - a[1]) * (p[0] - b[0]);
      const dot = (b[0] - a[0]) * (p[0] - b[0]) + (b[1] - a[1]) * (p[1] - b[1]);
      if (Math.abs(cross) < 1e-9 && dot > 0) {
        out[n - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
