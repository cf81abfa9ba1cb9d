import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactOrder } from '../../../../src/core/layout/order/exactOrder';
import { heuristicOrder } from '../../../../src/core/layout/order/heuristicOrder';
import { splitParts } from '../../../../src/core/layout/order/chooseOrder';
import { compareCost, evaluateOrder } from '../../../../src/core/layout/order/objective';
import { randomFamily } from '../../../support/randomFamilies';
import { bruteForceOrder, searchSpaceSize } from '../../../support/bruteForceOrder';
import { modelOf } from './orderFixtures';

describe('exactOrder', () => {
  it('scores exactly the brute-force optimum of the objective on random small families', () => {
    let compared = 0;
    fc.assert(
      fc.property(randomFamily(16), (doc) => {
        for (const { model } of splitParts(modelOf(doc), 0)) {
          // Brute force scores every order of every row in every arrangement: keep it to a few thousand.
          if (searchSpaceSize(model) > 20_000) continue;
          compared++;
          const brute = bruteForceOrder(model);
          const exact = exactOrder(model, { nodeBudget: 1_000_000 });
          expect(exact.proven).toBe(true);
          expect(exact.cost).toEqual(brute.cost);
          // The search's running cost is the objective of the order it returns.
          expect(evaluateOrder(model, exact.solution!).cost).toEqual(exact.cost);
        }
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('never returns worse than the order it is given to beat', () => {
    fc.assert(
      fc.property(randomFamily(40, 20), (doc) => {
        for (const { model } of splitParts(modelOf(doc), 0)) {
          const heuristic = heuristicOrder(model);
          const exact = exactOrder(model, { nodeBudget: 2_000, incumbent: heuristic });
          expect(compareCost(exact.cost, heuristic.cost)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 20 },
    );
  });
});
