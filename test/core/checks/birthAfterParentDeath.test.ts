import { describe, expect, it } from 'vitest';
import { birthAfterParentDeath } from '../../../src/core/checks/birthAfterParentDeath';
import { Family, y } from '../kinship/family';

describe('birthAfterParentDeath', () => {
  it('holds a mother to the birth date and gives a father ten months', () => {
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
