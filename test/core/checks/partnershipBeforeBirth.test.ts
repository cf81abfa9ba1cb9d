import { describe, expect, it } from 'vitest';
import { partnershipBeforeBirth } from '../../../src/core/checks/partnershipBeforeBirth';
import { Family, y } from '../kinship/family';

describe('partnershipBeforeBirth', () => {
  it('finds a dated event before a partner was born', () => {
    const doc = new Family()
      .person('a', 'female', { birth: y(1990) })
      .person('b', 'male', { birth: y(1985, 6) })
      .partners('a', 'b', [{ type: 'cohabiting', date: y(1985) }, { type: 'married', date: y(1989, 12, 1) }, { type: 'separated', date: { year: 1989, qualifier: 'about' } }, { type: 'divorced' }]).doc;
    const found = partnershipBeforeBirth(doc, y(2020));
    expect(found.map((f) => f.severity)).toEqual(['error', 'error', 'warning']);
    expect(found[0]!.message).toContain('before a was born (cohabiting 1985, a born 1990)');
    expect(found[2]!.message).toContain('possibly before a was born');
    expect(new Set(found.map((f) => f.id)).size).toBe(3);
  });
});
