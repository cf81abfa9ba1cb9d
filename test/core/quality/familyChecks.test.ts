import { describe, expect, it } from 'vitest';
import type { LayoutResult, PersonBox } from '../../../src/core/layout/types';
import type { GenogramDocument, Person } from '../../../src/core/model/types';
import { DEFAULT_NOTATION } from '../../../src/core/model/types';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { person, scene } from './sceneBuilders';
import { handLayout } from '../../support/handLayout';

/** A person standing with the centre of its symbol at (cx, row × 190 + 20). */
interface Placed {
  id: string;
  cx: number;
  row: number;
  born?: number;
}

interface Family {
  persons: Placed[];
  /** Parent id(s) → child ids, by birth link. */
  births: [string[], string[]][];
  partners?: [string, string][];
  /** Persons left out of the drawing (born after the figure's date, say). */
  undrawn?: string[];
  numbered?: string[];
}

function figure(f: Family) {
  const persons: Person[] = f.persons.map((p) => ({ id: p.id, givenNames: p.id, gender: 'female', ...(p.born ? { birth: { year: p.born } } : {}) }));
  const doc: GenogramDocument = {
    id: 'doc',
    settings: { title: 'test', notation: { ...DEFAULT_NOTATION } },
    persons,
    partnerships: (f.partners ?? []).map(([a, b], i) => ({ id: `u${i}`, a, b, kind: 'partnership', events: [] })),
    parentLinks: f.births.flatMap(([parents, kids]) => kids.flatMap((child) => parents.map((parent) => ({ id: `${parent}>${child}`, parent, child, kind: 'birth' as const })))),
    multipleBirths: [],
    relationships: [],
    households: [],
  };
  const boxes = new Map<string, PersonBox>(f.persons.map((p) => [p.id, { id: p.id, x: p.cx - 20, y: p.row * 190, size: 40, row: p.row }]));
  const layout: LayoutResult = handLayout(boxes, { rowY: [0, 190, 380], birthOrderNumbers: new Map((f.numbered ?? []).map((id, i) => [id, i + 1])) });
  const drawn = f.persons.filter((p) => !(f.undrawn ?? []).includes(p.id));
  const s = scene(...drawn.map((p) => person(p.id, p.cx - 20, p.row * 190)));
  return checkLegibility(s, { doc, layout });
}

const row0 = (id: string, cx: number): Placed => ({ id, cx, row: 0 });
const row1 = (id: string, cx: number, born?: number): Placed => ({ id, cx, row: 1, ...(born ? { born } : {}) });

describe('(f) overlapping sibling bars', () => {
  const couples = [row0('a', 0), row0('b', 120), row0('c', 480), row0('d', 600)];
  const partners: [string, string][] = [['a', 'b'], ['c', 'd']];

  it("two couples' children standing under their own parents: no overlap", () => {
    const r = figure({ persons: [...couples, row1('a1', 0), row1('a2', 120), row1('c1', 480), row1('c2', 600)], births: [[['a', 'b'], ['a1', 'a2']], [['c', 'd'], ['c1', 'c2']]], partners });
    expect(r.counts).toMatchObject({ overlappingBars: 0, splitSibships: 0 });
    expect(r.info.familiesChecked).toBe(2);
  });

  it('children of two couples interleaved: one overlapping pair, and both sibships split', () => {
    const r = figure({ persons: [...couples, row1('a1', 0), row1('c1', 240), row1('a2', 360), row1('c2', 600)], births: [[['a', 'b'], ['a1', 'a2']], [['c', 'd'], ['c1', 'c2']]], partners });
    expect(r.counts).toMatchObject({ overlappingBars: 1, splitSibships: 2 });
    // a+b: parents' mean 60, children 0 and 360; c+d: mean 540, children 240 and 600.
    expect(r.found.overlappingBars[0]).toMatchObject({ overlap: 120, rowY: 210 });
    expect(r.found.splitSibships.map((s) => s.outsiders)).toEqual([['c1'], ['a2']]);
  });

  it('the span runs from the parents to the children: bars reaching towards each other overlap by more than 2, or not', () => {
    const lone = (qx: number) => figure({ persons: [row0('p', 0), row0('q', qx), row1('p1', 100), row1('q1', 200)], births: [[['p'], ['p1']], [['q'], ['q1']]] });
    // p's span is 0..100; q's starts at qx.
    expect(lone(98).counts.overlappingBars).toBe(0);
    expect(lone(97).counts.overlappingBars).toBe(1);
  });

  it('families on different rows never overlap', () => {
    const r = figure({ persons: [row0('p', 0), row1('q', 40), row1('p1', 100), { id: 'q1', cx: 100, row: 2 }], births: [[['p'], ['p1']], [['q'], ['q1']]] });
    expect(r.counts.overlappingBars).toBe(0);
  });

  it('counts every family with a drawn child, and only those', () => {
    const r = figure({ persons: [row0('p', 0), row0('q', 200), row1('p1', 0), row1('q1', 200)], births: [[['p'], ['p1']], [['q'], ['q1']]], undrawn: ['q1'] });
    expect(r.info.familiesChecked).toBe(1);
  });
});

describe('(g) sibships split by outsiders', () => {
  const base = [row0('m', 120), row1('k1', 0), row1('k2', 240)];
  it("a sibling's partner standing between siblings does not split them; anyone else does", () => {
    const withPartner = figure({ persons: [...base, row1('s', 120)], births: [[['m'], ['k1', 'k2']]], partners: [['k1', 's']] });
    expect(withPartner.counts.splitSibships).toBe(0);
    const withOutsider = figure({ persons: [...base, row1('o', 120)], births: [[['m'], ['k1', 'k2']]] });
    expect(withOutsider.counts.splitSibships).toBe(1);
    expect(withOutsider.found.splitSibships[0]).toMatchObject({ family: { parents: ['m'], children: ['k1', 'k2'] }, outsiders: ['o'] });
  });

  it('someone standing outside the children, or on another row, does not split them', () => {
    const r = figure({ persons: [...base, row1('left', -120), { id: 'below', cx: 120, row: 2 }], births: [[['m'], ['k1', 'k2']]] });
    expect(r.counts.splitSibships).toBe(0);
  });
});

describe('(h) birth-order faults', () => {
  const kids = (order: [string, number | undefined][]) => order.map(([id, born], i) => row1(id, i * 120, born));
  it('siblings oldest first: none; a younger child left of an older neighbour: one', () => {
    const inOrder = figure({ persons: [row0('m', 120), ...kids([['x', 1990], ['y', 1992], ['z', 1995]])], births: [[['m'], ['x', 'y', 'z']]] });
    expect(inOrder.counts.birthOrderFaults).toBe(0);
    const swapped = figure({ persons: [row0('m', 120), ...kids([['y', 1992], ['x', 1990], ['z', 1995]])], births: [[['m'], ['x', 'y', 'z']]] });
    expect(swapped.counts).toMatchObject({ birthOrderFaults: 1, birthOrderFaultsUnmarked: 1 });
    expect(swapped.found.birthOrderFaults[0]).toMatchObject({ left: 'y', right: 'x', marked: false });
  });

  it('an undated child is skipped: its dated neighbours are compared', () => {
    const r = figure({ persons: [row0('m', 120), ...kids([['z', 1995], ['u', undefined], ['x', 1990]])], births: [[['m'], ['x', 'u', 'z']]] });
    expect(r.found.birthOrderFaults).toMatchObject([{ left: 'z', right: 'x' }]);
  });

  it('a fault the figure numbers is counted, and said to be numbered', () => {
    const r = figure({ persons: [row0('m', 120), ...kids([['y', 1992], ['x', 1990]])], births: [[['m'], ['x', 'y']]], numbered: ['x', 'y'] });
    expect(r.counts).toMatchObject({ birthOrderFaults: 1, birthOrderFaultsUnmarked: 0 });
  });

  it('half-siblings (other parents) are not compared', () => {
    const r = figure({ persons: [row0('m', 0), row0('f', 120), row0('g', 240), row1('y', 0, 1992), row1('x', 120, 1990)], births: [[['m', 'f'], ['y']], [['m', 'g'], ['x']]], partners: [['m', 'f'], ['m', 'g']] });
    expect(r.counts.birthOrderFaults).toBe(0);
  });
});

describe('without the document', () => {
  it('the family counts are absent, not zero', () => {
    const r = checkLegibility(scene(person('a', 0, 0)));
    expect(r.counts.overlappingBars).toBeUndefined();
    expect(r.info.familiesChecked).toBeUndefined();
  });
});
