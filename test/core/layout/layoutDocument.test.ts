import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { countViolations } from '../../../src/core/layout/violations';
import { coupleKey, type LayoutResult } from '../../../src/core/layout/types';
import type { ElkLike } from '../../../src/core/layout/placement/elkPlacement';
import type { GenogramDocument, Id } from '../../../src/core/model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT } from '../../../src/core/metrics/figureSizes';
import { family } from '../../fixtures/layout/familyBuilder';

function expectClean(doc: GenogramDocument, layout: LayoutResult) {
  const v = countViolations(doc, layout);
  expect({
    rowMismatch: v.rowMismatch,
    partnersNotAdjacent: v.partnersNotAdjacent,
    overlaps: v.overlaps,
    partnerLinesThroughSymbols: v.partnerLinesThroughSymbols,
    siblingOrderUnmarked: v.siblingOrderUnmarked,
  }).toEqual({ rowMismatch: 0, partnersNotAdjacent: 0, overlaps: 0, partnerLinesThroughSymbols: 0, siblingOrderUnmarked: 0 });
  expect(layout.boxes.size).toBe(doc.persons.length);
  return v;
}
const cx = (l: LayoutResult, id: Id) => l.boxes.get(id)!.x + l.boxes.get(id)!.size / 2;
const row = (l: LayoutResult, id: Id) => l.boxes.get(id)!.row;
function expectLeftToRight(l: LayoutResult, ids: Id[]) {
  const xs = ids.map((id) => cx(l, id));
  for (let i = 1; i < xs.length; i++) expect(xs[i], `${ids[i - 1]} left of ${ids[i]}`).toBeGreaterThan(xs[i - 1]!);
}

describe('layoutDocument: hard cases', () => {
  it('puts successive partners in time order, the earlier left of a person between two, and steps a line that passes a symbol', async () => {
    const f = family().person('m', 'male', 1960).person('w3', 'female', 1970).person('w1', 'female', 1961).person('w2', 'female', 1965);
    f.couple('m', 'w3', 2010).couple('m', 'w1', 1985).couple('m', 'w2', 1995);
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expectLeftToRight(l, ['w1', 'm', 'w2', 'w3']);
    expect(l.partnerLines.get(coupleKey('m', 'w3'))?.level).toBe(1);
    expect(l.partnerLines.get(coupleKey('m', 'w1'))?.level).toBe(0);
  });

  it('orders undated partnerships by the first shared child, then document order', async () => {
    const f = family().person('m', 'male').person('a', 'female').person('b', 'female').person('ka', 'male', 2001).person('kb', 'male', 1990);
    f.couple('m', 'a').couple('m', 'b').child(['m', 'a'], 'ka').child(['m', 'b'], 'kb');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expectLeftToRight(l, ['b', 'm', 'a']);
  });

  it('hangs half-siblings under their own couples, each sibship in birth order', async () => {
    const f = family().person('m', 'male', 1960).person('w1', 'female', 1962).person('w2', 'female', 1968);
    f.person('b', 'male', 1990).person('a', 'female', 1988).person('c', 'female', 2001).person('d', 'male', 2003);
    f.couple('m', 'w1', 1986).couple('m', 'w2', 1999);
    f.child(['m', 'w1'], 'b').child(['m', 'w1'], 'a').child(['m', 'w2'], 'd').child(['m', 'w2'], 'c');
    const l = await layoutDocument(f.doc);
    const v = expectClean(f.doc, l);
    expect(v.siblingOrder).toBe(0);
    expectLeftToRight(l, ['a', 'b', 'c', 'd']);
    expect(l.birthOrderNumbers.size).toBe(0);
    expect(row(l, 'a')).toBe(row(l, 'm') + 1);
  });

  it('hangs a child with one known parent under that parent', async () => {
    const f = family().person('gm', 'female', 1940).person('gf', 'male', 1938).person('mum', 'female', 1970).person('uncle', 'male', 1972);
    f.person('kid', 'male', 1995).couple('gm', 'gf', 1965).child(['gm', 'gf'], 'mum').child(['gm', 'gf'], 'uncle').child(['mum'], 'kid');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expect(row(l, 'kid')).toBe(row(l, 'mum') + 1);
    expect(Math.abs(cx(l, 'kid') - cx(l, 'mum'))).toBeLessThan(PERSON_CELL_WIDTH);
  });

  it('keeps twins and triplets together and in birth order, pregnancy losses in their place, undated children in document order', async () => {
    const f = family().person('p', 'male', 1960).person('q', 'female', 1962).couple('p', 'q', 1985);
    f.person('t2', 'female', 1992).person('old', 'male', 1987).person('t1', 'male', 1992).person('loss', 'unknown', undefined, { pregnancy: { outcome: 'miscarriage' }, death: { year: 1990 } });
    f.person('u', 'female').person('tr3', 'male', 1998).person('tr1', 'female', 1998).person('tr2', 'male', 1998).person('young', 'female', 2002);
    for (const c of ['t2', 'old', 't1', 'loss', 'u', 'tr3', 'tr1', 'tr2', 'young']) f.child(['p', 'q'], c);
    f.multiple(['t1', 't2'], 'identical').multiple(['tr1', 'tr2', 'tr3']);
    const l = await layoutDocument(f.doc);
    const v = expectClean(f.doc, l);
    expect(v.siblingOrder).toBe(0);
    // 'u' is undated and comes after 'loss' in the document, so it stays right after it.
    expectLeftToRight(l, ['old', 'loss', 'u', 't1', 't2', 'tr1', 'tr2', 'tr3', 'young']);
    const order = l.rowOrder[row(l, 'old')]!;
    const at = (id: Id) => order.indexOf(id);
    expect(at('tr2') - at('tr1')).toBe(1);
    expect(at('tr3') - at('tr2')).toBe(1);
  });

  it('keeps an adopted or fostered child under the birth family; carers are connectors on the row above', async () => {
    const f = family().person('bm', 'female', 1980).person('bf', 'male', 1979).couple('bm', 'bf', 2000);
    f.person('sib', 'male', 2001).person('kid', 'female', 2004).child(['bm', 'bf'], 'sib').child(['bm', 'bf'], 'kid');
    f.person('fc1', 'female', 1960).person('fc2', 'male', 1958).couple('fc1', 'fc2', 1985).child(['fc1', 'fc2'], 'kid', 'foster');
    f.person('ad1', 'female', 1970).child(['ad1'], 'kid', 'adoptive');
    // A child with no known birth parents hangs from the adoptive parents.
    f.person('ap1', 'female', 1960).person('ap2', 'female', 1961).couple('ap1', 'ap2', 1990).person('adoptee', 'male', 1995).child(['ap1', 'ap2'], 'adoptee', 'adoptive');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expectLeftToRight(l, ['sib', 'kid']);
    expect(row(l, 'kid')).toBe(row(l, 'bm') + 1);
    expect(row(l, 'fc1')).toBe(row(l, 'kid') - 1);
    expect(row(l, 'ad1')).toBe(row(l, 'kid') - 1);
    expect(row(l, 'adoptee')).toBe(row(l, 'ap1') + 1);
    const birthConnector = (cx(l, 'bm') + cx(l, 'bf')) / 2;
    expect(Math.abs(cx(l, 'kid') - birthConnector)).toBeLessThan(2 * PERSON_CELL_WIDTH);
  });

  it('draws relatives who partner once, on consistent rows', async () => {
    const f = family().person('g1', 'male', 1920).person('g2', 'female', 1922).couple('g1', 'g2', 1945);
    f.person('s1', 'male', 1947).person('s2', 'female', 1950).child(['g1', 'g2'], 's1').child(['g1', 'g2'], 's2');
    f.person('w1', 'female', 1949).person('h2', 'male', 1948).couple('s1', 'w1', 1970).couple('s2', 'h2', 1972);
    f.person('c1', 'male', 1972).person('c2', 'female', 1974).child(['s1', 'w1'], 'c1').child(['s2', 'h2'], 'c2');
    f.couple('c1', 'c2', 1995).person('gc', 'female', 1997).child(['c1', 'c2'], 'gc');
    // An in-law's parents sit above the in-law, not at the top.
    f.person('wp', 'male', 1925).child(['wp'], 'w1');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expect(new Set(l.rowOrder.flat()).size).toBe(f.doc.persons.length);
    expect(l.rowOrder.flat().length).toBe(f.doc.persons.length);
    expect([row(l, 'g1'), row(l, 's1'), row(l, 'c1'), row(l, 'c2'), row(l, 'gc')]).toEqual([0, 1, 2, 2, 3]);
    expect(row(l, 'wp')).toBe(0);
  });

  it('places two birth parents with no partnership recorded side by side, and an unknown parent like anyone else', async () => {
    const f = family().person('mum', 'female', 1980).person('x', 'male', 1985).person('dad', 'unknown', undefined, { placeholder: true });
    f.person('k1', 'male', 2000).person('k2', 'female', 2005).child(['mum', 'dad'], 'k1').child(['mum', 'dad'], 'k2').couple('mum', 'x', 2004, 'transitory');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expect(row(l, 'dad')).toBe(row(l, 'mum'));
    expect(Math.abs(l.rowOrder[0]!.indexOf('dad') - l.rowOrder[0]!.indexOf('mum'))).toBe(1);
  });

  it('lays out a person with no relatives, and separate families side by side on shared rows', async () => {
    const f = family().person('alone', 'female', 1990);
    for (const fam of ['a', 'b']) {
      f.person(`${fam}g`, 'male', 1930).person(`${fam}h`, 'female', 1932).couple(`${fam}g`, `${fam}h`, 1955);
      f.person(`${fam}p`, 'female', 1958).child([`${fam}g`, `${fam}h`], `${fam}p`).person(`${fam}k`, 'male', 1985).child([`${fam}p`], `${fam}k`);
    }
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    expect(l.boxes.get('ag')!.y).toBe(l.boxes.get('bg')!.y);
    expect(l.boxes.get('ak')!.y).toBe(l.boxes.get('bk')!.y);
    expect(l.rowY.length).toBe(3);
    expect(l.boxes.get('ak')!.y).toBe(l.rowY[2]);
    expect(l.rowY[1]! - l.rowY[0]!).toBeGreaterThan(ROW_HEIGHT / 2);
    expect(l.rowY[2]).toBeGreaterThan(l.rowY[1]!);
  });

  it('keeps a lodger with no relatives beside their household', async () => {
    const f = family();
    for (let i = 0; i < 6; i++) f.person(`m${i}`, 'male', 1960 + i).person(`w${i}`, 'female', 1960 + i).couple(`m${i}`, `w${i}`, 1985);
    f.person('lodger', 'male', 1970).household(['m4', 'w4', 'lodger']);
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    const order = l.rowOrder[0]!;
    const lodger = order.indexOf('lodger');
    expect([order[lodger - 1], order[lodger + 1]].some((id) => id === 'm4' || id === 'w4')).toBe(true);
  });

  it('numbers a sibship whose birth order cannot be kept because two of its children partner into another family', async () => {
    const f = family().person('p1', 'male', 1940).person('p2', 'female', 1941).couple('p1', 'p2', 1960);
    f.person('q1', 'male', 1942).person('q2', 'female', 1943).couple('q1', 'q2', 1962);
    f.person('a', 'male', 1961).person('b', 'male', 1963).person('c', 'male', 1965);
    f.person('d', 'female', 1964).person('e', 'female', 1966);
    f.child(['p1', 'p2'], 'a').child(['p1', 'p2'], 'b').child(['p1', 'p2'], 'c').child(['q1', 'q2'], 'd').child(['q1', 'q2'], 'e');
    f.couple('a', 'e', 1990).couple('c', 'd', 1991);
    const l = await layoutDocument(f.doc);
    const v = expectClean(f.doc, l);
    expect(v.siblingOrder).toBeGreaterThan(0);
    // Whichever sibship gave way carries its numbers, in birth order.
    const numbered = [...l.birthOrderNumbers.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id);
    expect([['a', 'b', 'c'], ['d', 'e']]).toContainEqual(numbered);
  });

  it('survives a person who is their own ancestor, with a warning', async () => {
    const f = family().person('a', 'male', 1900).person('b', 'male', 1930).person('c', 'male', 1960);
    f.child(['a'], 'b').child(['b'], 'c').child(['c'], 'a');
    const l = await layoutDocument(f.doc);
    expect(l.boxes.size).toBe(3);
    expect(l.warnings?.some((w) => w.includes('own ancestor'))).toBe(true);
    expect(countViolations(f.doc, l).overlaps).toBe(0);
  });

  it('ignores links to persons that are not in the document, saying which', async () => {
    const f = family().person('a', 'male', 1900).child(['ghost'], 'a').couple('a', 'nobody');
    const l = await layoutDocument(f.doc);
    expect(l.boxes.size).toBe(1);
    expect(l.warnings?.join('\n')).toMatch(/Parent link "l0".*not in the document/);
    expect(l.warnings?.join('\n')).toMatch(/Partnership "m-a-nobody-0".*not in the document/);
  });

  it('lays out an empty document', async () => {
    const l = await layoutDocument(family().doc);
    expect(l.boxes.size).toBe(0);
    expect(l.rowY).toEqual([]);
    expect(l.bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it("runs grandparents' kinship line down among their own children, not round the sibship", async () => {
    const f = family().person('gf', 'male', 1955).person('gm', 'female', 1957).couple('gf', 'gm', 1978);
    f.person('aunt1', 'female', 1979).person('aunt2', 'female', 1982).person('mum', 'female', 1986).person('uncle', 'male', 1990);
    for (const c of ['aunt1', 'aunt2', 'mum', 'uncle']) f.child(['gf', 'gm'], c);
    f.person('dad', 'male', 1984).couple('mum', 'dad', 2008).person('kid', 'male', 2012).child(['mum', 'dad'], 'kid').child(['gf', 'gm'], 'kid', 'kinship');
    const l = await layoutDocument(f.doc);
    expectClean(f.doc, l);
    const kinship = l.connectors.find((c) => c.kind === 'kinship')!;
    const birth = l.connectors.find((c) => c.kind === 'birth' && c.parents.includes('gf'))!;
    // The line passes the aunts' and uncle's row inside their bar's span, not beyond its ends.
    const xs = kinship.kids[0]!.route.map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(birth.bar!.x0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(birth.bar!.x1);
  });
});

describe('layoutDocument: stability, pinning, determinism', () => {
  const base = () => {
    const f = family().person('g1', 'male', 1930).person('g2', 'female', 1932).couple('g1', 'g2', 1955);
    for (const [i, y] of [[1, 1956], [2, 1958], [3, 1961]] as const) {
      f.person(`c${i}`, i === 2 ? 'female' : 'male', y).child(['g1', 'g2'], `c${i}`).person(`s${i}`, 'unknown', y).couple(`c${i}`, `s${i}`, y + 25);
      f.person(`k${i}a`, 'female', y + 27).person(`k${i}b`, 'male', y + 29).child([`c${i}`, `s${i}`], `k${i}a`).child([`c${i}`, `s${i}`], `k${i}b`);
    }
    return f;
  };

  it('adding a child keeps the order of every row and slots the child in by birth order', async () => {
    const first = await layoutDocument(base().doc);
    const after = base().person('new', 'female', 1986).child(['c2', 's2'], 'new');
    const second = await layoutDocument(after.doc);
    expect(second.rowOrder[0]).toEqual(first.rowOrder[0]);
    expect(second.rowOrder[1]).toEqual(first.rowOrder[1]);
    const withoutNew = second.rowOrder[2]!.filter((id) => id !== 'new');
    expect(withoutNew).toEqual(first.rowOrder[2]);
    const r2 = second.rowOrder[2]!;
    expect(r2.indexOf('new')).toBe(r2.indexOf('k2a') + 1);
    expectClean(after.doc, second);
  });

  it('adding a parent above the top row keeps the order of the rows below', async () => {
    const first = await layoutDocument(base().doc);
    const after = base().person('ggm', 'female', 1905).child(['ggm'], 'g1');
    const second = await layoutDocument(after.doc);
    expect(second.rowOrder.slice(1)).toEqual(first.rowOrder);
    expectClean(after.doc, second);
  });

  it('keeps pinned persons exactly where they were put', async () => {
    const f = base();
    f.doc.persons.find((p) => p.id === 'k1a')!.pinned = { x: 1234.5, y: -77 };
    const l = await layoutDocument(f.doc);
    expect(l.boxes.get('k1a')).toMatchObject({ x: 1234.5, y: -77 });
    expect(countViolations(f.doc, l).rowMismatch).toBe(0);
  });

  it('gives the same result for the same document', async () => {
    const a = await layoutDocument(base().doc);
    const b = await layoutDocument(base().doc);
    expect([...b.boxes.entries()]).toEqual([...a.boxes.entries()]);
    expect(b.rowOrder).toEqual(a.rowOrder);
  });
});

describe('layoutDocument: ELK placement', () => {
  it('places with ELK by default, keeping the order and the rules', async () => {
    const f = family().person('g', 'male', 1940).person('h', 'female', 1941).couple('g', 'h', 1960);
    for (const k of ['a', 'b', 'c']) f.person(k, 'female', 1961 + k.charCodeAt(0)).child(['g', 'h'], k);
    f.person('x', 'male', 1960).couple('b', 'x', 1990).person('y', 'male', 1992).child(['b', 'x'], 'y');
    const own = await layoutDocument(f.doc);
    const elk = await layoutDocument(f.doc, { engine: 'elk' });
    expect(elk.engine).toBe('elk');
    expect(own.engine).toBe('elk');
    expect(elk.warnings).toEqual([]);
    expect(elk.rowOrder).toEqual(own.rowOrder);
    expectClean(f.doc, elk);
    expect(Math.abs(cx(elk, 'y') - (cx(elk, 'b') + cx(elk, 'x')) / 2)).toBeLessThan(1);
  });

  it("uses the own placement when asked, or when the document's settings ask for it", async () => {
    const f = family().person('a', 'male', 1950).person('b', 'female', 1951).couple('a', 'b', 1975).person('c', 'male', 1980).child(['a', 'b'], 'c');
    let asked = 0;
    const counting: ElkLike = { layout: () => ((asked += 1), Promise.reject(new Error('counted'))) };
    const l = await layoutDocument(f.doc, { elk: counting });
    expect(asked).toBe(1);
    expect(l.warnings[0]).toMatch(/ELK failed/);
    expect(l.engine).toBe('own');
    const own = await layoutDocument(f.doc, { elk: counting, engine: 'own' });
    expect(asked).toBe(1);
    expect(own.engine).toBe('own');
    const standard = { ...f.doc, settings: { ...f.doc.settings, layoutEngine: 'standard' as const } };
    expect((await layoutDocument(standard, { elk: counting })).engine).toBe('own');
    expect(asked).toBe(1);
  });
});

describe('layoutDocument: when ELK fails', () => {
  const throwing = (error: Error): ElkLike => ({ layout: () => Promise.reject(error) });

  it('falls back to the own placement with a warning when ELK overflows its stack', async () => {
    const f = family().person('a', 'male', 1950).person('b', 'female', 1951).couple('a', 'b', 1975).person('c', 'male', 1980).child(['a', 'b'], 'c');
    const l = await layoutDocument(f.doc, { elk: throwing(new RangeError('Maximum call stack size exceeded')) });
    expect(l.warnings).toContain('ELK ran out of stack; the own placement was used instead.');
    expectClean(f.doc, l);
    expect(Math.abs(cx(l, 'c') - (cx(l, 'a') + cx(l, 'b')) / 2)).toBeLessThan(1);
  });

  it('falls back when an asynchronous ELK misses the deadline', async () => {
    const slow: ElkLike = { layout: () => new Promise(() => {}) };
    const f = family().person('a', 'male', 1950);
    const l = await layoutDocument(f.doc, { elk: slow, deadlineMs: 20 });
    expect(l.warnings?.[0]).toMatch(/no answer within 20 ms/);
    expect(l.boxes.size).toBe(1);
  });

  it('lays out a line of 5,000 generations without overflowing the stack in its own code', async () => {
    const f = family();
    for (let i = 0; i < 5000; i++) {
      f.person(`p${i}`, i % 2 ? 'male' : 'female', 1000 + i);
      if (i > 0) f.child([`p${i - 1}`], `p${i}`);
    }
    const l = await layoutDocument(f.doc, { elk: throwing(new Error('not used')) });
    expect(l.rowY.length).toBe(5000);
    expect(countViolations(f.doc, l)).toMatchObject({ rowMismatch: 0, overlaps: 0 });
  });
});
