import { describe, expect, it } from 'vitest';
import { householdPeriodOrder } from '../../../src/core/checks/householdPeriodOrder';
import { runChecks } from '../../../src/core/checks/runChecks';
import { Family, y } from '../kinship/family';

describe('householdPeriodOrder', () => {
  const doc = new Family().person('a', 'female').person('b', 'male').person('c', 'male')
    .household('h1', [
      { person: 'a', from: y(2015), to: y(2012) },
      { person: 'b', from: y(2012, 5), to: { year: 2012, qualifier: 'about' } },
      { person: 'c', from: y(2010), to: y(2012) },
    ], { label: 'Mum' }).doc;

  it('reports a period that ends before it starts, naming the person and the household', () => {
    const found = householdPeriodOrder(doc, y(2020));
    expect(found.map((f) => [f.personIds[0], f.severity])).toEqual([['a', 'error']]);
    expect(found[0]!.message).toBe('a\'s period in "Mum" ends (2012) before it starts (2015).');
  });

  it('is one of the checks the panel runs', () => {
    expect(runChecks(doc, y(2020)).some((f) => f.checkId === 'household-period-order')).toBe(true);
  });
});
