import { describe, expect, it } from 'vitest';
import { evaluateOrder, spreadOf, type OrderSolution } from '../../../../src/core/layout/order/objective';
import type { OrderModel } from '../../../../src/core/layout/order/orderModel';
import { family } from '../../../fixtures/layout/familyBuilder';
import { modelOf } from './orderFixtures';

/** A solution that puts each row's persons in the given left-to-right order (each a block of one, or couples in member order). */
function solutionFor(model: OrderModel, rows: string[][]): OrderSolution {
  return {
    itemOrder: model.rows.map((items, r) => {
      const want = rows[r]!;
      const firstAt = (i: number) => Math.min(...items[i]!.arrangements[0]!.units.map((u) => want.indexOf(model.personIds[u]!)));
      return items.map((_, i) => i).sort((a, b) => firstAt(a) - firstAt(b));
    }),
    arrangement: model.rows.map((items, r) =>
      items.map((it) => {
        const want = rows[r]!;
        const a = it.arrangements.findIndex((arr) => arr.units.every((u, k) => k === 0 || want.indexOf(model.personIds[u]!) > want.indexOf(model.personIds[arr.units[k - 1]!]!)));
        return Math.max(0, a);
      }),
    ),
  };
}

describe('the order objective', () => {
  // Two couples, each with two children; a and b's children are older first.
  const twoFamilies = () => {
    const f = family().person('a', 'male', 1950).person('b', 'female', 1951).couple('a', 'b', 1975);
    f.person('c', 'male', 1950).person('d', 'female', 1951).couple('c', 'd', 1975);
    f.person('a1', 'male', 1976).person('a2', 'female', 1978).child(['a', 'b'], 'a1').child(['a', 'b'], 'a2');
    f.person('c1', 'male', 1976).person('c2', 'female', 1978).child(['c', 'd'], 'c1').child(['c', 'd'], 'c2');
    return f;
  };

  it('scores an order with every sibship together, in birth order, without crossings, as zero on the first four terms', () => {
    const model = modelOf(twoFamilies().doc);
    const { cost } = evaluateOrder(model, solutionFor(model, [['a', 'b', 'c', 'd'], ['a1', 'a2', 'c1', 'c2']]));
    expect(cost.slice(0, 4)).toEqual([0, 0, 0, 0]);
  });

  it('counts interleaved sibships (term 1), each split family and each pair that cannot be drawn apart', () => {
    const model = modelOf(twoFamilies().doc);
    const { cost, split, conflicts } = evaluateOrder(model, solutionFor(model, [['a', 'b', 'c', 'd'], ['a1', 'c1', 'a2', 'c2']]));
    expect(split).toHaveLength(2);
    expect(conflicts).toHaveLength(1);
    expect(cost[0]).toBe(3);
  });

  it('counts bars whose order disagrees with their parents (term 1) and their crossings (term 4)', () => {
    const model = modelOf(twoFamilies().doc);
    const { cost, split } = evaluateOrder(model, solutionFor(model, [['a', 'b', 'c', 'd'], ['c1', 'c2', 'a1', 'a2']]));
    expect(split).toEqual([]);
    expect(cost[0]).toBe(1);
    expect(cost[3]).toBe(4);
  });

  it('counts siblings out of birth order (term 2), one per pair', () => {
    const model = modelOf(twoFamilies().doc);
    expect(evaluateOrder(model, solutionFor(model, [['a', 'b', 'c', 'd'], ['a2', 'a1', 'c1', 'c2']])).cost[1]).toBe(1);
  });

  it('charges partners standing apart and out of time order (term 3)', () => {
    const f = family().person('m', 'male', 1950).person('w1', 'female', 1952).person('w2', 'female', 1955);
    f.couple('m', 'w1', 1975).couple('m', 'w2', 1990);
    const model = modelOf(f.doc);
    expect(evaluateOrder(model, solutionFor(model, [['w1', 'm', 'w2']])).cost[2]).toBe(0);
    expect(evaluateOrder(model, solutionFor(model, [['w2', 'm', 'w1']])).cost[2]).toBe(1);
    expect(evaluateOrder(model, solutionFor(model, [['m', 'w1', 'w2']])).cost[2]).toBe(1);
  });

  it('measures length (term 5) with the two rows aligned at the median offset, so one row growing at its end changes nothing', () => {
    expect(spreadOf([1, 1, 1])).toBe(0);
    expect(spreadOf([0, 2, 4])).toBe(4);
    expect(spreadOf([5, 6, 7])).toBe(spreadOf([0, 1, 2]));
  });
});
