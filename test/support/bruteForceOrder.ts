import type { OrderModel } from '../../src/core/layout/order/orderModel';
import { compareCost, evaluateOrder, type Cost, type OrderSolution } from '../../src/core/layout/order/objective';

/** How many complete orders brute force would score: the product over rows of orders × arrangements. */
export function searchSpaceSize(model: OrderModel): number {
  let size = 1;
  for (const items of model.rows) {
    for (let k = 2; k <= items.length; k++) size *= k;
    for (const it of items) size *= it.arrangements.length;
  }
  return size;
}

/**
 * The optimum of the objective by scoring every order of every row in every arrangement
 * (evaluateOrder on each): the reference the searches are checked against on small families.
 */
export function bruteForceOrder(model: OrderModel): { cost: Cost; solution: OrderSolution } {
  const perRow = model.rows.map((items) => {
    const orders = permutations(items.length);
    const choices = arrangementChoices(items.map((it) => it.arrangements.length));
    return { orders, choices };
  });
  let best: { cost: Cost; solution: OrderSolution } | undefined;
  const current: OrderSolution = { itemOrder: model.rows.map(() => []), arrangement: model.rows.map(() => []) };
  const visit = (r: number): void => {
    if (r === model.rows.length) {
      const { cost } = evaluateOrder(model, current);
      if (!best || compareCost(cost, best.cost) < 0) best = { cost, solution: { itemOrder: current.itemOrder.map((o) => [...o]), arrangement: current.arrangement.map((a) => [...a]) } };
      return;
    }
    for (const order of perRow[r]!.orders) {
      for (const choice of perRow[r]!.choices) {
        current.itemOrder[r] = order;
        current.arrangement[r] = choice;
        visit(r + 1);
      }
    }
  };
  visit(0);
  return best!;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(n - 1)) for (let i = 0; i <= rest.length; i++) out.push([...rest.slice(0, i), n - 1, ...rest.slice(i)]);
  return out;
}

function arrangementChoices(counts: number[]): number[][] {
  let out: number[][] = [[]];
  for (const c of counts) out = out.flatMap((prefix) => Array.from({ length: c }, (_, a) => [...prefix, a]));
  return out;
}
