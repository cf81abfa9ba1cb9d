import { describe, expect, it } from 'vitest';
import { ancestorsOf, shareAncestor } from '../../../src/core/kinship/ancestors';
import { Family } from './family';

function threeGenerations() {
  return new Family()
    .person('gm', 'female').person('gf', 'male')
    .person('mum', 'female').person('aunt', 'female').person('dad', 'male')
    .person('child', 'female').person('cousin', 'male').person('adopted', 'male')
    .child(['gm', 'gf'], 'mum').child(['gm', 'gf'], 'aunt')
    .child(['mum', 'dad'], 'child').child(['aunt'], 'cousin')
    .child(['mum'], 'adopted', 'adoptive');
}

describe('ancestorsOf', () => {
  it('maps each birth ancestor to generations up', () => {
    const doc = threeGenerations().doc;
    expect(ancestorsOf(doc, 'child')).toEqual(new Map([['mum', 1], ['dad', 1], ['gm', 2], ['gf', 2]]));
    expect(ancestorsOf(doc, 'gm').size).toBe(0);
  });

  it('follows only the kinds asked for', () => {
    const doc = threeGenerations().doc;
    expect(ancestorsOf(doc, 'adopted').size).toBe(0);
    expect([...ancestorsOf(doc, 'adopted', ['birth', 'adoptive']).keys()].sort()).toEqual(['gf', 'gm', 'mum']);
  });

  it('keeps the fewest generations when a line is reached twice', () => {
    // Pedigree collapse: x is both a parent and a grandparent of c.
    const doc = new Family().person('x', 'male').person('p', 'female').person('c', 'male')
      .child(['x'], 'p').child(['x', 'p'], 'c').doc;
    expect(ancestorsOf(doc, 'c').get('x')).toBe(1);
  });

  it('terminates on loops and never lists the person as their own ancestor', () => {
    const doc = new Family().person('a', 'male').person('b', 'male').person('c', 'male')
      .child(['b'], 'a').child(['c'], 'b').child(['a'], 'c').doc;
    expect(ancestorsOf(doc, 'a')).toEqual(new Map([['b', 1], ['c', 2]]));
  });

  it('handles a 5,000-generation line without recursion', () => {
    const f = new Family();
    for (let i = 0; i < 5000; i++) f.person(`g${i}`, 'male');
    for (let i = 1; i < 5000; i++) f.child([`g${i}`], `g${i - 1}`);
    const found = ancestorsOf(f.doc, 'g0');
    expect(found.size).toBe(4999);
    expect(found.get('g4999')).toBe(4999);
  });
});

describe('shareAncestor', () => {
  it('is true for cousins, siblings and direct lines; false for in-laws and adoptive links', () => {
    const doc = threeGenerations().doc;
    expect(shareAncestor(doc, 'child', 'cousin')).toBe(true);
    expect(shareAncestor(doc, 'mum', 'aunt')).toBe(true);
    expect(shareAncestor(doc, 'gm', 'child')).toBe(true);
    expect(shareAncestor(doc, 'child', 'gf')).toBe(true);
    expect(shareAncestor(doc, 'dad', 'mum')).toBe(false);
    expect(shareAncestor(doc, 'dad', 'cousin')).toBe(false);
    expect(shareAncestor(doc, 'adopted', 'child')).toBe(false);
    expect(shareAncestor(doc, 'child', 'child')).toBe(false);
  });
});
