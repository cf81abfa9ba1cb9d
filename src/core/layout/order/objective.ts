import type { OrderModel } from './orderModel';

// THE OBJECTIVE of the in-row order, lexicographic: a lower term always wins over any
// amount of the terms after it.
//
//   T1  sibships that can be read: for every pair of link families of one gap whose bars
//       cannot be drawn apart — their kids interleave, or their kids stand in the opposite
//       order to their origins — one fault; and one fault for every family whose kids have
//       someone between them who is neither a sibling nor a sibling's partner.
//   T2  birth order: pairs of siblings (same family, same row) standing younger-left-of-older;
//       pregnancy losses rank in their place, multiple births together (src/core/layout/birthOrder.ts).
//   T3  partners: people standing between two partners, and a person's partners out of time
//       order (earlier on the left), summed over partner blocks (arrangements.ts).
//   T4  crossings: pairs of lines (origin to kid) of different families, between two
//       neighbouring rows, that cross. Carers' lines (fostering beside the birth family) are
//       drawn over the structure and count for length only.
//   T5  length: the horizontal run of every line from its origin to its kid, in positions,
//       between two neighbouring rows aligned as well as they can be (offset by the median
//       run), so the term does not change when a row merely grows at one end.
//
// "Origin" is the middle of a couple (or a lone parent, or a lane); positions count persons
// and lanes. Terms 1, 2 and 4 depend only on the order; the placement afterwards draws bars
// that the order lets be drawn apart, apart (every bar of a gap separated, see placement).

export type Cost = [number, number, number, number, number];

export function zeroCost(): Cost {
  return [0, 0, 0, 0, 0];
}

/** Lexicographic comparison, with a tolerance on the length term (it is a sum of halves). */
export function compareCost(a: readonly number[], b: readonly number[]): number {
  return compareTerms(a, b, 5);
}

/** The same, on the first `terms` terms only. */
export function compareTerms(a: readonly number[], b: readonly number[], terms: number): number {
  for (let i = 0; i < terms; i++) {
    const d = a[i]! - b[i]!;
    if (i === 4 ? Math.abs(d) > 1e-6 : d !== 0) return d;
  }
  return 0;
}

/** A complete order: per row, item indices left to right; per row and item, the arrangement chosen. */
export interface OrderSolution {
  itemOrder: number[][];
  arrangement: number[][];
}

/** Position of every unit on its row, for a solution. */
export function unitPositions(model: OrderModel, solution: OrderSolution): Int32Array {
  const pos = new Int32Array(model.unitCount).fill(-1);
  model.rows.forEach((items, r) => {
    let p = 0;
    for (const i of solution.itemOrder[r]!) {
      for (const u of items[i]!.arrangements[solution.arrangement[r]![i]!]!.units) pos[u] = p++;
    }
  });
  return pos;
}

export interface CostDetails {
  cost: Cost;
  /** Families (indices into model.families) whose kids are split by outsiders. */
  split: number[];
  /** Pairs of families whose bars cannot be drawn apart. */
  conflicts: [number, number][];
}

/**
 * The objective of a complete solution, computed directly from its positions: the reference
 * the searches are tested against (their incremental costs must agree with it).
 */
export function evaluateOrder(model: OrderModel, solution: OrderSolution): CostDetails {
  const pos = unitPositions(model, solution);
  const cost = zeroCost();
  model.rows.forEach((items, r) => {
    for (const i of solution.itemOrder[r]!) cost[2] += items[i]!.arrangements[solution.arrangement[r]![i]!]!.cost;
  });
  const unitAt: Int32Array[] = Array.from(model.rowWidth, (w) => new Int32Array(w));
  for (let u = 0; u < model.unitCount; u++) unitAt[model.rowOfUnit[u]!]![pos[u]!] = u;
  const originOf = (f: number) => {
    const o = model.families[f]!.origin;
    let sum = 0;
    for (const u of o) sum += pos[u]!;
    return sum / o.length;
  };
  const split: number[] = [];
  const conflicts: [number, number][] = [];
  model.familiesOfGap.forEach((list, gap) => {
    const segments: [number, number][] = [];
    const offsets: number[] = [];
    const spans: { f: number; o: number; lo: number; hi: number }[] = [];
    for (const f of list) {
      const family = model.families[f]!;
      const o = originOf(f);
      let lo = Infinity;
      let hi = -Infinity;
      for (const k of family.kids) {
        if (family.sibship) segments.push([o, pos[k]!]);
        offsets.push(pos[k]! - o);
        lo = Math.min(lo, pos[k]!);
        hi = Math.max(hi, pos[k]!);
      }
      if (!family.sibship) continue;
      spans.push({ f, o, lo, hi });
      for (let p = lo + 1; p < hi; p++) {
        if (!family.allowed.has(unitAt[gap + 1]![p]!)) {
          split.push(f);
          cost[0]++;
          break;
        }
      }
      for (let i = 0; i < family.kids.length; i++) {
        for (let j = 0; j < family.kids.length; j++) {
          if (family.ranks[i]! < family.ranks[j]! && pos[family.kids[i]!]! > pos[family.kids[j]!]!) cost[1]++;
        }
      }
    }
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        const apart = (a.hi < b.lo && a.o <= b.o) || (b.hi < a.lo && b.o <= a.o);
        if (!apart) {
          conflicts.push([a.f, b.f]);
          cost[0]++;
        }
      }
    }
    cost[3] += crossings(segments);
    cost[4] += spreadOf(offsets);
  });
  return { cost, split, conflicts };
}

/** Pairs of segments (from, to) with from_i < from_j and to_i > to_j (both strict). */
export function crossings(segs: [number, number][]): number {
  const sorted = [...segs].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const ends = [...new Set(sorted.map((s) => s[1]))].sort((a, b) => a - b);
  const rank = new Map(ends.map((e, i) => [e, i + 1]));
  const tree = new Int32Array(ends.length + 1);
  let total = 0;
  let inserted = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]![0] === sorted[i]![0]) j++;
    for (let k = i; k < j; k++) {
      let atMost = 0;
      for (let t = rank.get(sorted[k]![1])!; t > 0; t -= t & -t) atMost += tree[t]!;
      total += inserted - atMost;
    }
    for (let k = i; k < j; k++) {
      for (let t = rank.get(sorted[k]![1])!; t < tree.length; t += t & -t) tree[t]!++;
      inserted++;
    }
    i = j;
  }
  return total;
}

/** The least total distance of the offsets to a common shift (to their median). */
export function spreadOf(offsets: number[]): number {
  if (offsets.length < 2) return 0;
  const sorted = [...offsets].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  let total = 0;
  for (const d of sorted) total += Math.abs(d - median);
  return total;
}
