import { describe, expect, it } from 'vitest';
import { analyseFamilies } from '../../../src/core/layout/layoutFamilies';
import { assignGenerations } from '../../../src/core/layout/generations';
import { family } from '../../fixtures/layout/familyBuilder';
import type { GenogramDocument } from '../../../src/core/model/types';

const rows = (doc: GenogramDocument) => assignGenerations(doc, analyseFamilies(doc)).rowOf;

describe('assignGenerations', () => {
  it('lines an in-law up with their own siblings and puts their parents just above, however deep the family they marry into', () => {
    const f = family();
    // Four generations of one family.
    f.person('a0', 'male', 1900).person('a1', 'male', 1930).person('a2', 'male', 1960).person('a3', 'male', 1990);
    f.child(['a0'], 'a1').child(['a1'], 'a2').child(['a2'], 'a3');
    // The in-law marries a2; the in-law's parents and sister are recorded, nothing older.
    f.person('inlaw', 'female', 1962).person('ilm', 'female', 1935).person('ilf', 'male', 1933).person('ils', 'female', 1965);
    f.couple('ilm', 'ilf', 1960).child(['ilm', 'ilf'], 'inlaw').child(['ilm', 'ilf'], 'ils').couple('a2', 'inlaw', 1988);
    const r = rows(f.doc);
    expect(r.get('a2')).toBe(2);
    expect(r.get('inlaw')).toBe(2);
    expect(r.get('ils')).toBe(2);
    expect(r.get('ilm')).toBe(1);
    expect(r.get('ilf')).toBe(1);
    expect(r.get('a3')).toBe(3);
  });

  it('keeps every child below all its parents when relatives of different generations partner', () => {
    const f = family().person('g', 'male', 1900).person('s', 'male', 1930).person('d', 'female', 1932).person('gd', 'female', 1960);
    f.child(['g'], 's').child(['g'], 'd').child(['d'], 'gd');
    // An uncle and his niece have a child.
    f.person('k', 'male', 1985).child(['s', 'gd'], 'k');
    const r = rows(f.doc);
    expect(r.get('s')).toBe(r.get('gd'));
    expect(r.get('k')!).toBeGreaterThan(r.get('s')!);
    expect(r.get('gd')!).toBeGreaterThan(r.get('d')!);
    expect(r.get('d')!).toBeGreaterThan(r.get('g')!);
  });

  it('starts each separate family at row 0 and breaks a loop of descent, counting it', () => {
    const f = family().person('x', 'male', 1950).person('y', 'male', 1980).child(['x'], 'y').child(['y'], 'x');
    f.person('lone', 'female', 1970);
    const gen = assignGenerations(f.doc, analyseFamilies(f.doc));
    expect(gen.cycleLinks).toBe(1);
    expect(gen.rowOf.get('lone')).toBe(0);
    expect(Math.min(gen.rowOf.get('x')!, gen.rowOf.get('y')!)).toBe(0);
  });

  it('puts carers with no other relatives on the row above the child they care for', () => {
    const f = family().person('gm', 'female', 1940).person('m', 'female', 1970).person('c', 'male', 2010);
    f.child(['gm'], 'm').child(['m'], 'c').person('fc', 'female', 1965).child(['fc'], 'c', 'foster');
    const r = rows(f.doc);
    expect(r.get('c')).toBe(2);
    expect(r.get('fc')).toBe(1);
  });
});
