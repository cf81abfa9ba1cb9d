import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { drawPerson } from '../../../src/core/drawing/personSymbol';
import type { PlacedPerson } from '../../../src/core/drawing/partnerLines';
import { routeRelationships } from '../../../src/core/drawing/relationshipRoute';
import { primitiveBox, unionBoxes } from '../../../src/core/drawing/bounds';
import type { Point, PolylinePrimitive, Scene } from '../../../src/core/drawing/scene';
import type { Partnership, RelationshipLine } from '../../../src/core/model/types';
import { doc, gridLayout, group, marks, p } from '../../support/drawingFixtures';
import { handLayout } from '../../support/handLayout';
import { roomForLabel } from '../../../src/core/metrics/relationshipLabel';
import { SYMBOL_SIZE } from '../../../src/core/metrics/figureSizes';
import { relationshipLineFaults, sideBySideDistance } from '../../support/routeScenes';

const asAt = { year: 2020, month: 1, day: 1 };

type Cell = [string, number, number];

function scene(cells: Cell[], relationships: RelationshipLine[], partnerships: Partnership[] = []): Scene {
  const d = doc({ persons: cells.map(([id]) => p(id, { gender: id.startsWith('m') ? 'male' : 'female', birth: { year: 1980 } })), relationships, partnerships });
  return buildScene(d, gridLayout(cells), { asAt });
}

/** A full grid of people, `cols` by `rows`, named c<col>r<row>. */
function grid(cols: number, rows: number): Cell[] {
  const cells: Cell[] = [];
  for (let row = 0; row < rows; row++) for (let col = 0; col < cols; col++) cells.push([`c${col}r${row}`, col, row]);
  return cells;
}

/** The route a distant (dashed, single) line was drawn along. */
function route(s: Scene, id: string): Point[] {
  return (marks(group(s, `relationship:${id}`), 'distant')[0] as PolylinePrimitive).points;
}

describe('relationship lines go round symbols and names', () => {
  it('between two people of one row with others between them', () => {
    const s = scene(grid(5, 1), [{ id: 'r', kind: 'conflict', from: 'c0r0', to: 'c4r0' }]);
    expect(relationshipLineFaults(s)).toEqual([]);
    expect(group(s, 'relationship:r').tags).not.toContain('route-blocked');
  });

  it('between people on different rows, and across the whole figure', () => {
    const s = scene(grid(6, 4), [
      { id: 'down', kind: 'close', from: 'c1r0', to: 'c3r2' },
      { id: 'across', kind: 'abuse-physical', from: 'c0r0', to: 'c5r3' },
      { id: 'up', kind: 'cut-off', from: 'c4r3', to: 'c2r1' },
    ]);
    expect(relationshipLineFaults(s)).toEqual([]);
    for (const id of ['down', 'across', 'up']) expect(group(s, `relationship:${id}`).tags).not.toContain('route-blocked');
  });

  it('between random pairs of a random grid with couples and their dated labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<RelationshipLine['kind']>('close', 'distant', 'conflict', 'cut-off', 'abuse-emotional')), { minLength: 1, maxLength: 4 }),
        (cols, rows, picks) => {
          const cells = grid(cols, rows);
          const ids = cells.map(([id]) => id);
          // One line for a pair of people (two labelled lines between neighbours have no room; see below).
          const seen = new Set<string>();
          const relationships: RelationshipLine[] = picks
            .map(([a, b, kind], k) => ({ id: `r${k}`, kind, from: ids[a % ids.length]!, to: ids[b % ids.length]! }))
            .filter((r) => r.from !== r.to && !seen.has([r.from, r.to].sort().join()) && seen.add([r.from, r.to].sort().join()));
          // Neighbours on each row are married, with a dated label between them.
          const partnerships: Partnership[] = cells
            .filter(([, col]) => col % 2 === 0 && col + 1 < cols)
            .map(([id, col, row]) => ({ id: `u${id}`, a: id, b: `c${col + 1}r${row}`, kind: 'partnership', events: [{ type: 'married', date: { year: 2001 } }] }));
          const s = scene(cells, relationships, partnerships);
          expect(relationshipLineFaults(s)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['the cut-off bars', { id: 'r0', kind: 'cut-off', from: 'c3r0', to: 'c0r1' }, { id: 'r1', kind: 'abuse-emotional', from: 'c1r0', to: 'c1r1' }],
    ['a double line', { id: 'r0', kind: 'abuse-emotional', from: 'c3r1', to: 'c0r1' }, { id: 'r1', kind: 'close', from: 'c1r0', to: 'c1r1' }],
  ] as [string, RelationshipLine, RelationshipLine][])('keeps %s off another line’s label (cases found by the property above)', (_, a, b) => {
    const cells = grid(4, 2);
    const partnerships: Partnership[] = cells
      .filter(([, col]) => col % 2 === 0)
      .map(([id, col, row]) => ({ id: `u${id}`, a: id, b: `c${col + 1}r${row}`, kind: 'partnership', events: [{ type: 'married', date: { year: 2001 } }] }));
    expect(relationshipLineFaults(scene(cells, [a, b], partnerships))).toEqual([]);
  });

  it('draws a second line between partners side by side beside the first, the abuse label clear of both', () => {
    const s = scene(
      [['a', 0, 0], ['m', 1, 0]],
      [
        { id: 'close', kind: 'close', from: 'a', to: 'm' },
        { id: 'abuse', kind: 'abuse-domestic', from: 'm', to: 'a' },
      ],
      [{ id: 'u', a: 'a', b: 'm', kind: 'partnership', events: [{ type: 'married', date: { year: 2001 } }] }],
    );
    expect(relationshipLineFaults(s)).toEqual([]);
    for (const id of ['close', 'abuse']) expect(group(s, `relationship:${id}`).tags).toEqual([id === 'close' ? 'close' : 'abuse-domestic']);
  });

  it('says so on the line when no free place is left for its label', () => {
    // A label far wider than the room between two people side by side.
    const at = (id: string, col: number): PlacedPerson => {
      const box = { id, x: col * 120 + 40, y: 0, size: 40, row: 0 };
      return { drawing: drawPerson(p(id, { birth: { year: 1980 } }), box, { asAt, showAges: true, showYears: true, used: new Set() }), x: box.x, y: 0, size: 40, row: 0 };
    };
    const a = at('a', 0);
    const b = at('b', 1);
    const placed = new Map([['a', a], ['b', b]]);
    const [fits] = routeRelationships([{ from: a, to: b, label: [{ width: 40, height: 12 }] }], placed, []);
    expect(fits!.tags).toEqual([]);
    const [wide] = routeRelationships([{ from: a, to: b, label: [{ width: 400, height: 40 }] }], placed, []);
    expect(wide!.tags).toEqual(['label-crowded']);
    expect(wide!.label).toBeDefined();
  });

  it('runs straight between two people side by side', () => {
    const s = scene([['a', 0, 0], ['b', 1, 0]], [{ id: 'r', kind: 'distant', from: 'a', to: 'b' }]);
    const points = route(s, 'r');
    expect(points).toHaveLength(2);
    expect(points[0]![1]).toBe(points[1]![1]);
  });

  it('keeps two lines between nearby pairs at least 10 apart where they run side by side', () => {
    const s = scene(grid(4, 2), [
      { id: 'one', kind: 'distant', from: 'c0r0', to: 'c2r0' },
      { id: 'two', kind: 'distant', from: 'c1r0', to: 'c3r0' },
      { id: 'three', kind: 'distant', from: 'c0r1', to: 'c3r0' },
      { id: 'again', kind: 'distant', from: 'c0r0', to: 'c2r0' },
    ]);
    const ids = ['one', 'two', 'three', 'again'];
    for (const a of ids) for (const b of ids) if (a < b) expect(sideBySideDistance(route(s, a), route(s, b))).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(group(s, `relationship:${id}`).tags).not.toContain('route-crowded');
  });

  it.each([
    ['to the right', [['a', 0, 0], ['b', 1, 0]]],
    ['to the left', [['a', 3, 0], ['b', 0, 0], ['x', 1, 0], ['y', 2, 0]]],
    ['below', [['a', 0, 0], ['b', 2, 1], ['x', 1, 1]]],
    ['above', [['a', 1, 2], ['b', 0, 0], ['x', 1, 0], ['y', 0, 1]]],
  ] as [string, Cell[]][])('ends the abuse arrowhead at the edge of the person harmed, standing %s', (_, cells) => {
    const s = scene(cells, [{ id: 'r', kind: 'abuse-sexual', from: 'a', to: 'b' }]);
    const head = marks(group(s, 'relationship:r'), 'arrowhead')[0] as { d: string };
    const tip = head.d.match(/M(-?[\d.]+) (-?[\d.]+)/)!.slice(1).map(Number);
    const harmed = group(s, 'person:b').symbolBox!;
    // b is a circle of radius 20: the tip sits just outside its outline.
    const fromCentre = Math.hypot(tip[0]! - (harmed.x + 20), tip[1]! - (harmed.y + 20));
    expect(fromCentre).toBeGreaterThanOrEqual(20);
    expect(fromCentre).toBeLessThanOrEqual(23);
    expect(relationshipLineFaults(s)).toEqual([]);
  });

  it('puts the abuse label on its line, clear of every other text and symbol', () => {
    // People as far apart as the layout stands partners with a labelled line between them.
    const relationships: RelationshipLine[] = [
      { id: 'r', kind: 'abuse-domestic', from: 'c1r0', to: 'c2r0' },
      { id: 'q', kind: 'abuse-neglect', from: 'c0r0', to: 'c3r1' },
    ];
    const column = roomForLabel('abuse-domestic', SYMBOL_SIZE);
    const d = doc({
      persons: grid(4, 2).map(([id]) => p(id, { gender: 'female', birth: { year: 1980 } })),
      relationships,
      partnerships: [{ id: 'u', a: 'c1r0', b: 'c2r0', kind: 'partnership', events: [{ type: 'married', date: { year: 2001 } }] }],
    });
    const boxes = new Map(grid(4, 2).map(([id, col, row]) => [id, { id, x: col * column + 40, y: row * 190, size: SYMBOL_SIZE, row }]));
    const s = buildScene(d, handLayout(boxes), { asAt });
    const texts = s.groups.flatMap((g) => g.items.filter((i) => i.type === 'text').map((i) => ({ g, i, box: primitiveBox(i) })));
    const symbols = s.groups.filter((g) => g.symbolBox).map((g) => g.symbolBox!);
    for (const id of ['r', 'q']) {
      // The label, on one line or two.
      const lines = texts.filter((t) => t.g.key === `relationship:${id}` && t.i.mark === 'abuse-label');
      expect(lines.length).toBeGreaterThan(0);
      const label = { ...lines[0]!, box: unionBoxes(lines.map((t) => t.box)) };
      for (const other of texts) if (other.g !== label.g) expect(overlap(label.box, other.box), `${id} label over ${other.g.key} ${other.i.type === 'text' ? other.i.text : ''}`).toBe(false);
      for (const box of symbols) expect(overlap(label.box, box)).toBe(false);
      // On the line: its box comes within a few units of the zigzag.
      const line = marks(group(s, `relationship:${id}`), 'zigzag')[0] as PolylinePrimitive;
      const along = line.points.flatMap((a, i) => {
        const b = line.points[i + 1];
        return b ? Array.from({ length: 11 }, (_, t): [number, number] => [a[0] + ((b[0] - a[0]) * t) / 10, a[1] + ((b[1] - a[1]) * t) / 10]) : [];
      });
      const gap = Math.min(...along.map(([x, y]) => Math.hypot(Math.max(label.box.x - x, 0, x - label.box.x - label.box.width), Math.max(label.box.y - y, 0, y - label.box.y - label.box.height))));
      expect(gap).toBeLessThan(6);
    }
  });
});

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}
