import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Primitive, SceneGroup } from '../../../src/core/drawing/scene';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { group, line, person, scene, text } from './sceneBuilders';

// Random figures of people, axis-parallel connectors and labels: what the checks find must not
// depend on where the figure sits (the grid's cells fall elsewhere) or on the order of its groups.

const coordinate = fc.integer({ min: 0, max: 60 }).map((n) => n * 10);
const connector = fc.record({ x: coordinate, y: coordinate, length: fc.integer({ min: 1, max: 30 }).map((n) => n * 10), vertical: fc.boolean(), jog: fc.integer({ min: -3, max: 3 }) });
const label = fc.record({ x: coordinate, y: coordinate, words: fc.constantFrom('m. 1986', 'adopted 2007', 'Ann Smith', 'div. 1990') });

const figure = fc.record({
  people: fc.array(fc.record({ x: coordinate, y: coordinate, shape: fc.constantFrom('square' as const, 'circle' as const, 'diamond' as const) }), { maxLength: 8 }),
  parts: fc.array(fc.record({ lines: fc.array(connector, { minLength: 1, maxLength: 3 }), labels: fc.array(label, { maxLength: 2 }) }), { maxLength: 10 }),
});

type Figure = typeof figure extends fc.Arbitrary<infer T> ? T : never;

function groupsOf(f: Figure, dx: number, dy: number): SceneGroup[] {
  const people = f.people.map((p, i) => person(`p${i}`, p.x + dx, p.y + dy, { shape: p.shape, name: `Person ${i}` }));
  const parts = f.parts.map((part, i) => {
    const items: Primitive[] = part.lines.map((l) => {
      const x = l.x + dx;
      const y = l.y + dy + l.jog;
      return l.vertical ? line(x, y, x, y + l.length) : line(x, y, x + l.length, y);
    });
    for (const t of part.labels) items.push(text(t.x + dx, t.y + dy, t.words, 'link-label', 10));
    return group(`children:${i}`, 'children', items);
  });
  return [...people, ...parts];
}

describe('the legibility counts', () => {
  it('do not change when the figure is moved or its groups are drawn in another order', () => {
    fc.assert(
      fc.property(figure, fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (f, dx, dy) => {
        const here = checkLegibility(scene(...groupsOf(f, 0, 0))).counts;
        const moved = checkLegibility(scene(...groupsOf(f, dx, dy))).counts;
        const reversed = checkLegibility(scene(...groupsOf(f, 0, 0).reverse())).counts;
        expect(moved).toEqual(here);
        expect(reversed).toEqual(here);
      }),
      { numRuns: 150 },
    );
  });
});
