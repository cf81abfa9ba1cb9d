import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { Partnership } from '../../../src/core/model/types';
import { primitiveBox } from '../../../src/core/drawing/bounds';
import type { Box } from '../../../src/core/drawing/scene';
import { doc, gridLayout, group, marks, p, segments, segmentCrossesBox, texts } from '../../support/drawingFixtures';

const asAt = { year: 2020, month: 1, day: 1 };

function couple(events: Partnership['events'], kind: Partnership['kind'] = 'partnership') {
  const d = doc({ persons: [p('a', { gender: 'male' }), p('b')], partnerships: [{ id: 'c', a: 'a', b: 'b', kind, events }] });
  return group(buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0]]), { asAt }), 'partnership:c');
}

describe('partner lines', () => {
  it('marks divorce with two slashes and separation with one, with short dated labels', () => {
    const divorced = couple([{ type: 'married', date: { year: 2001 } }, { type: 'divorced', date: { year: 2006 } }]);
    expect(marks(divorced, 'slash')).toHaveLength(2);
    expect(divorced.tags).toContain('divorced');
    expect(texts(divorced).join(' ')).toBe('m. 2001 d. 2006');
    const separated = couple([{ type: 'married', date: { year: 2001 } }, { type: 'separated', date: { year: 2004 } }]);
    expect(marks(separated, 'slash')).toHaveLength(1);
    expect(marks(couple([{ type: 'married' }]), 'slash')).toHaveLength(0);
  });

  it('draws married solid, living together dashed, transitory dotted', () => {
    const line = (g: ReturnType<typeof couple>) => marks(g, 'partner-line')[0]!;
    const married = line(couple([{ type: 'married' }]));
    const cohabiting = line(couple([{ type: 'cohabiting' }]));
    const transitory = line(couple([], 'transitory'));
    expect(married.type !== 'text' && married.dash).toBeFalsy();
    expect(cohabiting.type !== 'text' && cohabiting.dash).toBeTruthy();
    expect(transitory.type !== 'text' && transitory.dash).toBeTruthy();
    expect(cohabiting.type !== 'text' && transitory.type !== 'text' && cohabiting.dash !== transitory.dash).toBe(true);
  });

  it('leaves out a couple not yet together at the reference date', () => {
    const d = doc({
      persons: [p('a'), p('b')],
      partnerships: [{ id: 'c', a: 'a', b: 'b', kind: 'partnership', events: [{ type: 'married', date: { year: 2030 } }] }],
    });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0]]), { asAt });
    expect(scene.groups.some((g) => g.key === 'partnership:c')).toBe(false);
  });

  it('draws a double line for partners who share an ancestor', () => {
    const d = doc({
      persons: [p('g'), p('x'), p('y'), p('a'), p('b')],
      parentLinks: [
        { id: '1', parent: 'g', child: 'x', kind: 'birth' },
        { id: '2', parent: 'g', child: 'y', kind: 'birth' },
        { id: '3', parent: 'x', child: 'a', kind: 'birth' },
        { id: '4', parent: 'y', child: 'b', kind: 'birth' },
      ],
      partnerships: [{ id: 'c', a: 'a', b: 'b', kind: 'partnership', events: [] }],
    });
    const layout = gridLayout([['g', 1, 0], ['x', 0, 1], ['y', 2, 1], ['a', 0, 2], ['b', 1, 2]]);
    const g = group(buildScene(d, layout, { asAt }), 'partnership:c');
    expect(marks(g, 'consanguinity')).toHaveLength(1);
  });

  it('steps a line down below a symbol standing between the partners', () => {
    const d = doc({
      persons: [p('a'), p('m'), p('b')],
      partnerships: [
        { id: 'am', a: 'a', b: 'm', kind: 'partnership', events: [] },
        { id: 'ab', a: 'a', b: 'b', kind: 'partnership', events: [] },
      ],
    });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['m', 1, 0], ['b', 2, 0]]), { asAt });
    const direct = group(scene, 'partnership:am');
    const stepped = group(scene, 'partnership:ab');
    expect(stepped.tags).toContain('stepped');
    const level = (g: typeof direct) => Math.max(...segments(marks(g, 'partner-line')[0]!).map((s) => s[1]));
    expect(level(stepped)).toBeGreaterThan(level(direct));
  });

  it('two stepped lines whose dates share a stretch of the band: the second couple\'s dates stand after the first\'s', () => {
    // As in a vendor file: a woman's two marriages to men at the far end of her row, both lines
    // stepped; both couples' dates went to the start of the same stretch, one over the other.
    const d = doc({
      persons: [p('max', { gender: 'male' }), p('charles', { gender: 'male' }), p('x'), p('y'), p('anne')],
      partnerships: [
        { id: 'first', a: 'anne', b: 'max', kind: 'partnership', events: [{ type: 'married', date: { year: 1490 } }, { type: 'separated', date: { year: 1490 } }, { type: 'divorced', date: { year: 1491 } }] },
        { id: 'second', a: 'anne', b: 'charles', kind: 'partnership', events: [{ type: 'married', date: { year: 1491 } }, { type: 'separated', date: { year: 1497 } }, { type: 'divorced', date: { year: 1498 } }] },
      ],
    });
    const layout = { ...gridLayout([['max', 0, 0], ['charles', 1, 0], ['x', 2, 0], ['y', 3, 0], ['anne', 4, 0]]), rowBands: [{ nameOffset: 44, labelBaseline: 30 }] };
    const scene = buildScene(d, layout, { asAt });
    const [first, second] = ['first', 'second'].map((id) => marks(group(scene, `partnership:${id}`), 'partnership-label').map(primitiveBox)) as [Box[], Box[]];
    expect(first.length * second.length).toBeGreaterThan(0);
    const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    for (const a of first) for (const b of second) expect(apart(a, b), JSON.stringify([a, b])).toBe(true);
  });

  it('never passes through a symbol, and no two lines run on top of each other (random rows)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(2), { minLength: 9, maxLength: 9 }),
        (n, pairs, rowsOf) => {
          const ids = Array.from({ length: n }, (_, i) => `p${i}`);
          const partnerships: Partnership[] = pairs
            .map(([i, j], k) => ({ id: `c${k}`, a: ids[i % n]!, b: ids[j % n]!, kind: 'partnership' as const, events: [] }))
            .filter((c) => c.a !== c.b);
          // Partners share a row: each chain of partners takes the row of its first member.
          const root = new Map(ids.map((id) => [id, id]));
          const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!));
          for (const c of partnerships) root.set(find(c.b), find(c.a));
          const row = new Map(ids.map((id) => [id, rowsOf[ids.indexOf(find(id))]!]));
          const col = new Map<number, number>();
          const cells: [string, number, number][] = ids.map((id) => {
            const r = row.get(id)!;
            const c = col.get(r) ?? 0;
            col.set(r, c + 1);
            return [id, c, r];
          });
          const d = doc({ persons: ids.map((id) => p(id)), partnerships });
          const layout = gridLayout(cells);
          const scene = buildScene(d, layout, { asAt });
          const horizontals: { y: number; x0: number; x1: number }[] = [];
          for (const g of scene.groups.filter((x) => x.kind === 'partnership')) {
            for (const item of marks(g, 'partner-line')) {
              for (const s of segments(item)) {
                for (const box of layout.boxes.values()) {
                  expect(segmentCrossesBox(s, { x: box.x, y: box.y, width: box.size, height: box.size })).toBe(false);
                }
                if (s[1] === s[3] && s[0] !== s[2]) {
                  horizontals.push({ y: s[1], x0: Math.min(s[0], s[2]), x1: Math.max(s[0], s[2]) });
                }
              }
            }
          }
          // With few couples there are always free levels: no two lines may share a height where they overlap.
          if (partnerships.length <= 3) {
            const same = horizontals.filter((h, i) => horizontals.some((o, j) => j < i && o.y === h.y && o.x0 < h.x1 - 1 && h.x0 < o.x1 - 1));
            const distinctPairs = new Set(partnerships.map((c) => [c.a, c.b].sort().join('|'))).size;
            if (distinctPairs === partnerships.length) expect(same).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
