import type { OrderModel } from './orderModel';
import { compareTerms, zeroCost, type Cost, type OrderSolution } from './objective';
import { nextMoves, RowFill } from './rowFill';

export interface ExactOptions {
  /** Search nodes allowed before giving up with the best order found (not proven optimal). */
  nodeBudget: number;
  /** A known good order (the heuristic's): the search only looks for strictly better ones. */
  incumbent?: { solution: OrderSolution; cost: Cost };
  /**
   * How many of the objective's terms the search compares (4: sibships to crossings, ignoring
   * length; 5: all). Proving length optimal costs far more search than the other four terms
   * together, so chooseOrder.ts proves terms 1-4 first, then length within what budget is left.
   */
  terms?: 4 | 5;
}

export interface ExactResult {
  solution: OrderSolution | undefined;
  cost: Cost;
  /** True when the search finished: no order scores better on the objective. */
  proven: boolean;
  nodes: number;
}

/**
 * Exact branch and bound over the in-row orders, row by row from the top, each row filled
 * left to right (RowFill adds each move's cost as it is made; see objective.ts for the
 * terms). A partial order is dropped when its cost plus a lower bound of what is still to
 * come is no better than the best complete order known. Partial orders that placed the same
 * items of the row, leave the same families open or split, and have the origins of the gaps
 * above and below at the same places have the same future: only the cheapest is continued
 * (the memo). Recursion depth is the number of items of the family, bounded by the size up
 * to which the exact search is used at all (see chooseOrder.ts).
 */
export function exactOrder(model: OrderModel, options: ExactOptions): ExactResult {
  const terms = options.terms ?? 5;
  const compareCost = (a: readonly number[], b: readonly number[]) => compareTerms(a, b, terms);
  const rowCount = model.rows.length;
  const pos = new Int32Array(model.unitCount).fill(-1);
  const cost = zeroCost();
  let best: { solution: OrderSolution | undefined; cost: Cost } = options.incumbent
    ? { solution: options.incumbent.solution, cost: [...options.incumbent.cost] as Cost }
    : { solution: undefined, cost: [Infinity, Infinity, Infinity, Infinity, Infinity] };
  let nodes = 0;
  let aborted = false;
  let lastImprovement = 0;
  const rowMinT3 = model.rows.map((items) => items.reduce((s, it) => s + it.arrangements[0]!.cost, 0));
  const suffixT3 = new Float64Array(rowCount + 1);
  for (let r = rowCount - 1; r >= 0; r--) suffixT3[r] = suffixT3[r + 1]! + rowMinT3[r]!;
  const memo = new Map<string, Cost>();
  const fills: RowFill[] = [];
  const bound = zeroCost();

  const snapshot = (): OrderSolution => ({
    itemOrder: fills.map((f) => [...f.order]),
    arrangement: fills.map((f) => Array.from(f.choice)),
  });

  const descend = (fill: RowFill, aboveKey: string): void => {
    if (aborted) return;
    if (++nodes > options.nodeBudget) {
      aborted = true;
      return;
    }
    const r = fill.row;
    if (fill.next === model.rowWidth[r]) {
      if (r === rowCount - 1) {
        if (compareCost(cost, best.cost) < 0) { best = { solution: snapshot(), cost: [...cost] as Cost }; lastImprovement = nodes; }
        return;
      }
      const nextFill = new RowFill(model, r + 1, pos, cost, r + 2 < rowCount ? 'open' : 'none');
      fills.push(nextFill);
      descend(nextFill, fill.originKey());
      fills.pop();
      return;
    }
    for (let i = 0; i < 5; i++) bound[i] = cost[i]!;
    fill.addBound(bound);
    bound[2] += suffixT3[r + 1]!;
    if (compareCost(bound, best.cost) >= 0) return;
    let key = `${r}|${aboveKey}|${fill.openKey()}|${fill.originKey()}|`;
    for (let i = 0; i < fill.placedItem.length; i++) key += fill.placedItem[i] ? '1' : '0';
    const seen = memo.get(key);
    if (seen && compareCost(seen, cost) <= 0) return;
    memo.set(key, [...cost] as Cost);

    // Cheapest first; moves cost only ever add, so once one is no better than the best order known, none after it is.
    for (const c of nextMoves(fill, model, cost, terms)) {
      if (compareCost(c.cost, best.cost) >= 0) break;
      const mark = fill.place(c.item, c.arrangement);
      descend(fill, aboveKey);
      fill.undo(mark);
      if (aborted) return;
    }
  };

  const first = new RowFill(model, 0, pos, cost, rowCount > 1 ? 'open' : 'none');
  fills.push(first);
  descend(first, '');
  (globalThis as { __lastImprovement?: number }).__lastImprovement = lastImprovement;
  return { solution: best.solution, cost: best.cost, proven: !aborted, nodes };
}
