import type { OrderModel } from './orderModel';
import { compareCost, compareTerms, evaluateOrder, unitPositions, zeroCost, type Cost, type OrderSolution } from './objective';
import { RowFill } from './rowFill';
import { contourOrder } from './contourOrder';

export interface HeuristicOptions {
  /** Improvement passes over all rows (down, then up), at most. */
  passes?: number;
  /** How far (in items) a move may take an item or a run, in rows longer than that. */
  window?: number;
  /** Items placed in all while trying moves, at most: a bound on the work that does not depend on the machine. */
  placeBudget?: number;
  /** Where the first walk starts (the subject of the review). */
  rootUnit?: number;
}

export interface HeuristicResult {
  solution: OrderSolution;
  cost: Cost;
  passes: number;
  /** Items placed while trying moves. */
  places: number;
}

/**
 * A good order for families of any size, on the same objective as the exact search: a first
 * order from a walk over the family (contourOrder.ts), then passes down and up the rows that
 * move single items and whole sibships to the place, and blocks to the arrangement, that
 * scores best with the neighbouring rows fixed. The work is bounded by a count of moves, never
 * by a clock, so the same document always gets the same order.
 */
export function heuristicOrder(model: OrderModel, options: HeuristicOptions = {}): HeuristicResult {
  const passes = options.passes ?? 6;
  const window = options.window ?? 12;
  const budget = { places: options.placeBudget ?? DEFAULT_PLACE_BUDGET };
  const initialBudget = budget.places;
  const rowCount = model.rows.length;
  const start = contourOrder(model, options.rootUnit ?? 0);
  const itemOrder = start.itemOrder.map((o) => [...o]);
  const arrangement = start.arrangement.map((a) => [...a]);
  const pos = unitPositions(model, start);

  let done = 0;
  for (; done < passes && budget.places > 0; done++) {
    let improved = false;
    const sequence = [...Array(rowCount).keys(), ...[...Array(rowCount).keys()].reverse()];
    for (const r of sequence) {
      if (improveRow(model, r, pos, itemOrder, arrangement, window, budget)) improved = true;
    }
    if (!improved) break;
  }
  const solution = { itemOrder, arrangement };
  return { solution, cost: evaluateOrder(model, solution).cost, passes: done, places: initialBudget - Math.max(0, budget.places) };
}

/**
 * Improves one row with the rows above and below as they stand: every item, and every run of
 * items hanging from one family, is tried at every place (within `window` places of where it
 * stands, for long rows) in every arrangement; the best strictly better order is kept, and the
 * row tried again, until nothing helps. Returns whether the row changed; leaves its positions set.
 */
function improveRow(model: OrderModel, r: number, pos: Int32Array, itemOrder: number[][], arrangement: number[][], window: number, budget: { places: number }): boolean {
  const items = model.rows[r]!;
  if (items.length < 2 && items.every((it) => it.arrangements.length < 2)) return false;
  const clear = () => {
    for (const it of items) for (const a of it.arrangements) for (const u of a.units) pos[u] = -1;
  };
  clear();
  const cost = zeroCost();
  const fill = new RowFill(model, r, pos, cost, r + 1 < model.rows.length ? 'fixed' : 'none', true);
  // The fill leaves the length term to the end (lazyLength): a full cost is the first four terms as filled, and the spread.
  const fullCost = () => {
    const c = [...cost] as Cost;
    c[4] = fill.lengthTerm();
    return c;
  };
  let order = [...itemOrder[r]!];
  const choice = [...arrangement[r]!];
  const placeAll = (list: number[], chosen: number[]) => {
    fill.undo(0);
    for (const i of list) fill.place(i, chosen[i]!);
    return fullCost();
  };
  let current = placeAll(order, choice);
  let changed = false;
  for (let round = 0; round < 8 && budget.places > 0; round++) {
    let best: { order: number[]; item: number; arrangement: number; cost: Cost } | undefined;
    const runs = movableRuns(model, r, order);
    // In long rows, only what takes part in a fault is worth moving (everything is, in short rows).
    const worth = items.length <= SHORT_ROW ? undefined : faultyItems(model, r, pos, order, choice);
    for (const run of runs) {
      if (worth && !run.some((i) => worth.has(i))) continue;
      const rest = order.filter((i) => !run.includes(i));
      const from = order.indexOf(run[0]!);
      const arrangements = run.length === 1 ? items[run[0]!]!.arrangements.map((_, a) => a) : [choice[run[0]!]!];
      fill.undo(0);
      for (let k = 0; k <= rest.length; k++) {
        if (k > 0) fill.place(rest[k - 1]!, choice[rest[k - 1]!]!);
        if (Math.abs(k - from) > window) continue;
        for (const a of arrangements) {
          if (budget.places <= 0) break;
          const target = best?.cost ?? current;
          const mark = fill.place(run[0]!, run.length === 1 ? a : choice[run[0]!]!);
          // Every term only grows as items are placed, so once the first four are worse than the
          // order to beat, the finished row would be too: the try stops there. Only the places
          // made are charged to the budget.
          let worse = compareTerms(cost, target, 4) > 0;
          let placed = 1;
          for (let t = 1; t < run.length && !worse; t++, placed++) {
            fill.place(run[t]!, choice[run[t]!]!);
            worse = compareTerms(cost, target, 4) > 0;
          }
          for (let t = k; t < rest.length && !worse; t++, placed++) {
            fill.place(rest[t]!, choice[rest[t]!]!);
            worse = compareTerms(cost, target, 4) > 0;
          }
          budget.places -= placed;
          if (!worse) {
            const tried = fullCost();
            if (compareCost(tried, target) < 0) {
              best = { order: [...rest.slice(0, k), ...run, ...rest.slice(k)], item: run[0]!, arrangement: run.length === 1 ? a : choice[run[0]!]!, cost: tried };
            }
          }
          fill.undo(mark);
        }
      }
    }
    if (!best) break;
    order = best.order;
    choice[best.item] = best.arrangement;
    current = best.cost;
    changed = true;
  }
  placeAll(order, choice);
  itemOrder[r] = order;
  arrangement[r] = choice;
  return changed;
}

/**
 * Work allowed for the improvement passes, in items placed. Tries stop as soon as they are
 * worse on the first four terms, and only what is placed is charged, so this buys about 3
 * times the tries it did when every try was charged in full (2.5 million charged places took
 * 2 s on a 300-person family; now all families up to 1,000 persons reach the order further
 * work does not improve well inside it, and royal92's 3,010 persons use it up in about 1 s).
 */
export const DEFAULT_PLACE_BUDGET = 1_000_000;

/** Rows up to this many items try every item at every place. */
const SHORT_ROW = 12;

/**
 * Items of a row that take part in a sibship fault, a birth-order fault or a crossing, in the
 * gap above (as kids) or below (as origins), with the row placed as `order`.
 */
function faultyItems(model: OrderModel, r: number, pos: Int32Array, order: number[], choice: number[]): Set<number> {
  const items = model.rows[r]!;
  const saved = new Map<number, number>();
  for (const it of items) for (const a of it.arrangements) for (const u of a.units) saved.set(u, pos[u]!);
  let p = 0;
  const itemOfUnit = new Map<number, number>();
  for (const i of order) for (const u of items[i]!.arrangements[choice[i]!]!.units) {
    pos[u] = p++;
    itemOfUnit.set(u, i);
  }
  const faulty = new Set<number>();
  const mark = (units: number[]) => {
    for (const u of units) {
      const i = itemOfUnit.get(u);
      if (i !== undefined) faulty.add(i);
    }
  };
  for (const gap of [r - 1, r]) {
    const list = model.familiesOfGap[gap];
    if (!list) continue;
    const spans = list.map((f) => {
      const fam = model.families[f]!;
      let o = 0;
      for (const u of fam.origin) o += pos[u]!;
      o /= fam.origin.length;
      let lo = Infinity;
      let hi = -Infinity;
      for (const k of fam.kids) {
        lo = Math.min(lo, pos[k]!);
        hi = Math.max(hi, pos[k]!);
      }
      return { fam, o, lo, hi };
    });
    for (let a = 0; a < spans.length; a++) {
      const A = spans[a]!;
      // Birth order and crossings within or against this family.
      for (let i = 0; i < A.fam.kids.length; i++) {
        for (let j = 0; j < A.fam.kids.length; j++) {
          if (A.fam.sibship && A.fam.ranks[i]! < A.fam.ranks[j]! && pos[A.fam.kids[i]!]! > pos[A.fam.kids[j]!]!) mark([...A.fam.origin, ...A.fam.kids]);
        }
      }
      for (let b = a + 1; b < spans.length; b++) {
        const B = spans[b]!;
        const apart = (A.hi < B.lo && A.o <= B.o) || (B.hi < A.lo && B.o <= A.o);
        const crossing = A.fam.kids.some((k) => B.fam.kids.some((l) => (A.o - B.o) * (pos[k]! - pos[l]!) < 0));
        if (!apart || crossing) mark([...A.fam.origin, ...A.fam.kids, ...B.fam.origin, ...B.fam.kids]);
      }
    }
  }
  for (const [u, v] of saved) pos[u] = v;
  return faulty;
}

/** Single items, and maximal runs of neighbouring items whose kids hang from the same family above. */
function movableRuns(model: OrderModel, r: number, order: number[]): number[][] {
  const runs: number[][] = order.map((i) => [i]);
  if (r === 0) return runs;
  const familyOf = new Map<number, number>();
  for (const f of model.familiesOfGap[r - 1] ?? []) for (const k of model.families[f]!.kids) familyOf.set(k, f);
  const items = model.rows[r]!;
  const familiesOfItem = (i: number) => new Set(items[i]!.arrangements[0]!.units.map((u) => familyOf.get(u)).filter((f) => f !== undefined));
  let start = 0;
  for (let k = 1; k <= order.length; k++) {
    const same = k < order.length && [...familiesOfItem(order[k]!)].some((f) => familiesOfItem(order[k - 1]!).has(f));
    if (same) continue;
    if (k - start > 1) runs.push(order.slice(start, k));
    start = k;
  }
  return runs;
}
