import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLACE_BUDGET, heuristicOrder } from '../../../../src/core/layout/order/heuristicOrder';
import { splitParts } from '../../../../src/core/layout/order/chooseOrder';
import { evaluateOrder } from '../../../../src/core/layout/order/objective';
import { syntheticFamily } from '../../../../src/core/example/syntheticFamily';
import { randomFamily } from '../../../support/randomFamilies';
import { modelOf } from './orderFixtures';

describe('heuristicOrder', () => {
  it('reports the objective of the order it returns (the length term is left to the end of each try)', () => {
    fc.assert(
      fc.property(randomFamily(40, 20), (doc) => {
        for (const { model } of splitParts(modelOf(doc), 0)) {
          const result = heuristicOrder(model);
          expect(evaluateOrder(model, result.solution).cost).toEqual(result.cost);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('settles a 300-person family with a fraction of its work budget: tries stop once they are worse', () => {
    const parts = splitParts(modelOf(syntheticFamily(300, 1)), 0);
    const largest = parts.reduce((a, b) => (b.model.unitCount > a.model.unitCount ? b : a)).model;
    expect(largest.unitCount).toBeGreaterThan(200);
    const result = heuristicOrder(largest);
    // Settled: the last pass found nothing better, well before the pass limit.
    expect(result.passes).toBeLessThan(6);
    // Charging every try in full, as before, took the whole budget of 600,000 places for this family.
    expect(result.places).toBeLessThan(DEFAULT_PLACE_BUDGET / 5);
  });
});
