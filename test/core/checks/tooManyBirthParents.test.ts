import { describe, expect, it } from 'vitest';
import { tooManyBirthParents } from '../../../src/core/checks/tooManyBirthParents';
import { Family } from '../kinship/family';

describe('tooManyBirthParents', () => {
  it('counts distinct birth parents only', () => {
    const doc = new Family().person('c', 'male').person('d', 'male').person('m', 'female').person('f', 'male').person('x', 'male')
      .child(['m', 'f', 'x'], 'c').child(['m', 'f'], 'd').child(['x'], 'd', 'foster').child(['m'], 'd').doc;
    const found = tooManyBirthParents(doc, { year: 2020 });
    expect(found.map((f) => f.personIds)).toEqual([['c', 'm', 'f', 'x']]);
    expect(found[0]!.message).toContain('c has 3 birth parents (m, f and x)');
  });
});
