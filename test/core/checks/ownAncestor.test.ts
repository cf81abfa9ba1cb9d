import { describe, expect, it } from 'vitest';
import { ownAncestor } from '../../../src/core/checks/ownAncestor';
import { Family } from '../kinship/family';

describe('ownAncestor', () => {
  it('names everyone in a loop, and a person who is their own parent', () => {
    const doc = new Family().person('a', 'male').person('b', 'male').person('c', 'female').person('ok', 'male')
      .child(['a'], 'b').child(['b'], 'a').child(['c'], 'c').child(['c'], 'ok').doc;
    const found = ownAncestor(doc, { year: 2020 });
    expect(found.map((f) => f.personIds)).toEqual([['a', 'b'], ['c']]);
    expect(found[0]!.message).toBe('a and b are each their own ancestor: their parent links go round in a loop.');
    expect(found[1]!.message).toBe('c is recorded as their own parent.');
  });
});
