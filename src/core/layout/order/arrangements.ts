import type { Id } from '../../model/types';
import type { LayoutFamilies } from '../layoutFamilies';

/** One left-to-right order of a partner block's members, as units, with its partner cost. */
export interface Arrangement {
  units: number[];
  /** Objective term 3 (see objective.ts): partners apart, and partners out of time order. */
  cost: number;
}

/** Blocks up to this size consider every order of their members. */
const EXHAUSTIVE_UP_TO = 6;
/** Orders costing more than the block's best by more than this are never worth it. */
const COST_SLACK = 3;

/**
 * The ways a partner block can stand, cheapest first. Cost, per couple of the block: the
 * number of people standing between the two partners, times the couple's weight — more for
 * a couple with children together (their children's line leaves a stepped partner line under
 * someone else), most for the subject's parents; per person with several partners: one for
 * each pair of their partners out of time order (the earlier partner belongs on the left,
 * NOTATION "time runs left to right"). A person with three or more partners thus gets them on
 * both sides, and the lines to the farther partners step under only one neighbour.
 */
export function blockArrangements(units: number[], members: Id[], fam: LayoutFamilies, weightOf: (a: Id, b: Id) => number = () => 1): Arrangement[] {
  if (members.length === 1) return [{ units: [units[0]!], cost: 0 }];
  const local = new Map<Id, number>(members.map((m, i) => [m, i]));
  const pairs: [number, number, number][] = [];
  const timeOrdered: number[][] = [];
  for (const m of members) {
    const partners: number[] = [];
    for (const c of fam.couplesOf.get(m) ?? []) {
      const other = local.get(c.a === m ? c.b : c.a);
      if (other === undefined) continue;
      partners.push(other);
      if (c.a === m) pairs.push([local.get(m)!, other, weightOf(c.a, c.b)]);
    }
    if (partners.length > 1) timeOrdered.push([local.get(m)!, ...partners]);
  }
  const cost = (order: number[]): number => {
    const pos = new Int32Array(order.length);
    order.forEach((m, i) => (pos[m] = i));
    let total = 0;
    for (const [a, b, w] of pairs) total += w * (Math.abs(pos[a]! - pos[b]!) - 1);
    for (const [, ...partners] of timeOrdered) {
      for (let i = 0; i < partners.length; i++) for (let j = i + 1; j < partners.length; j++) if (pos[partners[i]!]! > pos[partners[j]!]!) total++;
    }
    return total;
  };
  const orders = members.length <= EXHAUSTIVE_UP_TO ? permutations(members.length) : generatedOrders(members.length, pairs, timeOrdered, cost);
  const scored = orders.map((order) => ({ order, cost: cost(order) }));
  let best = Infinity;
  for (const s of scored) best = Math.min(best, s.cost);
  return scored
    .filter((s) => s.cost <= best + COST_SLACK)
    .sort((p, q) => p.cost - q.cost)
    .map((s) => ({ units: s.order.map((i) => units[i]!), cost: s.cost }));
}

/** Every order of 0..n-1 (Heap's algorithm, iterative). */
function permutations(n: number): number[][] {
  const a = Array.from({ length: n }, (_, i) => i);
  const out: number[][] = [[...a]];
  const c = new Int32Array(n);
  let i = 1;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      out.push([...a]);
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return out;
}

/**
 * For large blocks (a person with many partners, whose partners have others): a chain built
 * outwards from the member with most partners, balanced on both sides in time order, then
 * improved by swapping neighbours; plus its mirror image.
 */
function generatedOrders(n: number, pairs: [number, number, number][], timeOrdered: number[][], cost: (order: number[]) => number): number[][] {
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  const ordered = new Map<number, number[]>(timeOrdered.map(([m, ...partners]) => [m!, partners]));
  let root = 0;
  for (let i = 1; i < n; i++) if (adjacency[i]!.length > adjacency[root]!.length) root = i;
  const placed = new Uint8Array(n);
  placed[root] = 1;
  let order = [root];
  // Breadth-first from the root: each person's unplaced partners go half to the left (earliest)
  // and half to the right of them, in time order.
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const m = queue[head]!;
    const partners = (ordered.get(m) ?? adjacency[m]!).filter((p) => !placed[p]);
    if (!partners.length) continue;
    const leftCount = Math.floor(partners.length / 2);
    const at = order.indexOf(m);
    const left = partners.slice(0, leftCount);
    const right = partners.slice(leftCount);
    order = [...order.slice(0, at), ...left, m, ...right, ...order.slice(at + 1)];
    for (const p of partners) {
      placed[p] = 1;
      queue.push(p);
    }
  }
  for (let i = 0; i < n; i++) if (!placed[i]) order.push(i);
  // Neighbour swaps while they help.
  let current = cost(order);
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i + 1 < n; i++) {
      const next = [...order];
      [next[i], next[i + 1]] = [next[i + 1]!, next[i]!];
      const c = cost(next);
      if (c < current) {
        order = next;
        current = c;
        improved = true;
      }
    }
  }
  return [order, [...order].reverse()];
}
