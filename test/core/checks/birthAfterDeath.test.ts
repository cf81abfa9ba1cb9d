import { describe, expect, it } from 'vitest';
import { birthAfterDeath } from '../../../src/core/checks/birthAfterDeath';
import { Family, y } from '../kinship/family';

describe('birthAfterDeath', () => {
  it('is an error when certain, "possibly" when only likely, silent otherwise', () => {
    const doc = new Family()
      .person('a', 'female', { givenNames: 'Ann', birth: y(2000), death: y(1999) })
      .person('b', 'male', { givenNames: 'Bob', birth: { year: 2001, qualifier: 'about' }, death: y(2000) })
      .person('c', 'male', { birth: y(2000), death: y(2000, 3) })
      .person('d', 'male', { birth: y(1950), death: y(2000) }).doc;
    const found = birthAfterDeath(doc, y(2020));
    expect(found.map((f) => [f.personIds, f.severity])).toEqual([[['a'], 'error'], [['b'], 'warning']]);
    expect(found[0]!.message).toContain('Ann');
    expect(found[0]!.message).toContain('born 2000, died 1999');
    expect(found[1]!.message).toContain('possibly');
  });
});
