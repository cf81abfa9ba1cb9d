import { describe, expect, it } from 'vitest';
import { twoHouseholds } from '../../../src/core/checks/twoHouseholds';
import { Family, y } from '../kinship/family';

describe('twoHouseholds', () => {
  it('finds overlapping periods in different households, not a move on one day', () => {
    const doc = new Family().person('a', 'female').person('b', 'male').person('c', 'male').person('d', 'male')
      .household('h1', [
        { person: 'a', from: y(2010), to: y(2015) },
        { person: 'b', to: y(2012, 3, 1) },
        { person: 'c', to: { year: 2014, qualifier: 'about' } },
        { person: 'd', from: y(2010) },
      ], { label: 'Mum' })
      .household('h2', [
        { person: 'a', from: y(2013) },
        { person: 'b', from: y(2012, 3, 1) },
        { person: 'c', from: y(2013) },
        { person: 'd', from: y(2011), to: y(2012) },
      ], { label: 'Dad' }).doc;
    const found = twoHouseholds(doc, y(2020));
    expect(found.map((f) => [f.personIds[0], f.severity])).toEqual([['a', 'warning'], ['c', 'info'], ['d', 'warning']]);
    expect(found[0]!.message).toBe('a is listed in two households at the same time: "Mum" (2010 to 2015) and "Dad" (from 2013).');
  });
});

describe('twoHouseholds and visits', () => {
  it('a father who lives in his flat and visits the children is not in two households', () => {
    const doc = new Family().person('dad', 'male')
      .household('flat', [{ person: 'dad' }]).household('kids', [{ person: 'dad', visiting: true }]).doc;
    expect(twoHouseholds(doc, { year: 2020 })).toEqual([]);
  });
});
