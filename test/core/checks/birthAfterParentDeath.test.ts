import { describe, expect, it } from 'vitest';
import { birthAfterParentDeath } from '../../../src/core/checks/birthAfterParentDeath';
import { Family, y } from '../kinship/family';

describe('birthAfterParentDeath', () => {
  it('holds a mother to the birth date and gives a father nine months (ten at most)', () => {
    const doc = new Family()
      .person('mum', 'female', { death: y(2010, 3, 1) })
      .person('dad', 'male', { death: y(2010, 3, 1) })
      .person('a', 'female', { birth: y(2010, 6, 1) })
      .person('b', 'female', { birth: y(2011, 2, 1) })
      .person('c', 'female', { birth: { year: 2011, qualifier: 'about' } })
      .child(['mum', 'dad'], 'a').child(['dad'], 'b').child(['mum'], 'c').doc;
    const found = birthAfterParentDeath(doc, y(2020));
    expect(found.map((f) => [f.personIds, f.severity])).toEqual([
      [['a', 'mum'], 'error'],
      [['b', 'dad'], 'error'],
      [['c', 'mum'], 'warning'],
    ]);
    expect(found[1]!.message).toContain('more than 10 months after the death of their parent dad');
  });
});

describe('birthAfterParentDeath: the nine months a father is allowed', () => {
  const doc = new Family()
    .person('dad', 'male', { death: y(2010, 3, 1) })
    .person('onTime', 'female', { birth: y(2010, 11, 20) })
    .person('late', 'female', { birth: y(2010, 12, 20) })
    .child(['dad'], 'onTime').child(['dad'], 'late').doc;
  const found = birthAfterParentDeath(doc, y(2020));
  it('finds a birth nine and a half months after the death, as a warning', () => {
    expect(found.map((f) => [f.personIds, f.severity])).toEqual([[['late', 'dad'], 'warning']]);
    expect(found[0]!.message).toContain('more than 9 months after the death of their parent dad');
  });
  it('does not find a birth within nine months', () => {
    expect(found.some((f) => f.personIds[0] === 'onTime')).toBe(false);
  });
});
