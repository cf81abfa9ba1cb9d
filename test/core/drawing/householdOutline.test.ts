import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { pointInRings } from '../../../src/core/drawing/geometry';
import type { Point, Scene } from '../../../src/core/drawing/scene';
import type { Household } from '../../../src/core/model/types';
import type { LayoutResult } from '../../../src/core/layout/types';
import { doc, gridLayout, group, marks, p, texts } from '../../support/drawingFixtures';

const asAt = { year: 2003, month: 3, day: 12 };

function boxPoints(layout: LayoutResult, id: string): Point[] {
  const b = layout.boxes.get(id)!;
  const pts: Point[] = [];
  for (const fx of [0, 0.5, 1]) for (const fy of [0, 0.5, 1]) pts.push([b.x + fx * b.size, b.y + fy * b.size]);
  return pts;
}

/** Rings of an M/L/Q/Z path, each quadratic corner flattened into short segments. */
function ringsOfPath(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  for (const m of d.matchAll(/([MLQZ])([^MLQZ]*)/g)) {
    const n = (m[2]!.match(/-?[\d.]+/g) ?? []).map(Number);
    if (m[1] === 'M') {
      if (ring.length) rings.push(ring);
      ring = [[n[0]!, n[1]!]];
    } else if (m[1] === 'L') ring.push([n[0]!, n[1]!]);
    else if (m[1] === 'Q') {
      const [x0, y0] = ring[ring.length - 1]!;
      for (let t = 0.125; t <= 1; t += 0.125) {
        const u = 1 - t;
        ring.push([u * u * x0 + 2 * u * t * n[0]! + t * t * n[2]!, u * u * y0 + 2 * u * t * n[1]! + t * t * n[3]!]);
      }
    } else {
      if (ring.length) rings.push(ring);
      ring = [];
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function checkOutline(scene: Scene, layout: LayoutResult, key: string, members: string[]) {
  const g = group(scene, key);
  const outline = marks(g, 'household-outline')[0] as { d: string };
  const rings = ringsOfPath(outline.d);
  for (const id of layout.boxes.keys()) {
    const inside = boxPoints(layout, id).map((pt) => pointInRings(pt, rings));
    if (members.includes(id)) expect({ id, inside }).toEqual({ id, inside: inside.map(() => true) });
    else expect({ id, inside }).toEqual({ id, inside: inside.map(() => false) });
  }
}

describe('household outlines', () => {
  it('encloses the members at the date and no one else, across rows, around a non-member between them', () => {
    // Grandmother on row 0, mother and child on rows 1 and 2; the father stands between them on row 1.
    const cells: [string, number, number][] = [['gm', 1, 0], ['gf', 2, 0], ['mum', 0, 1], ['dad', 1, 1], ['aunt', 2, 1], ['kid', 0, 2], ['cousin', 1, 2]];
    const household: Household = {
      id: 'h',
      label: '',
      members: [{ person: 'gm' }, { person: 'mum' }, { person: 'kid' }, { person: 'aunt' }, { person: 'dad', to: { year: 2002 } }],
    };
    const d = doc({ persons: cells.map(([id]) => p(id)), households: [household] });
    const layout = gridLayout(cells);
    const scene = buildScene(d, layout, { asAt });
    checkOutline(scene, layout, 'household:h', ['gm', 'mum', 'kid', 'aunt']);
    expect(texts(group(scene, 'household:h'))).toEqual(['Household at 12 Mar 2003']);
  });

  it('leaves a visitor outside: a mother\'s partner who visits, or a friend, is drawn beside the household, not in it', () => {
    const cells: [string, number, number][] = [['mum', 0, 0], ['visitor', 1, 0], ['lodger', 2, 0], ['kid', 0, 1]];
    const household: Household = {
      id: 'h',
      label: '',
      members: [{ person: 'mum' }, { person: 'kid' }, { person: 'visitor', from: { year: 2001 }, visiting: true }, { person: 'lodger', from: { year: 2002 } }],
    };
    const d = doc({
      persons: [p('mum'), p('kid'), p('visitor', { significantOther: { role: 'partner', of: 'mum' } }), p('lodger', { significantOther: { role: 'lodger' } })],
      households: [household],
    });
    const layout = gridLayout(cells);
    // The lodger lives there and is enclosed; the visiting partner stands between them and is not.
    checkOutline(buildScene(d, layout, { asAt }), layout, 'household:h', ['mum', 'kid', 'lodger']);
  });

  it('uses the household’s own label, and a heavier outline when emphasised', () => {
    const d = doc({ persons: [p('a')], households: [{ id: 'h', label: 'Flat 2', emphasised: true, members: [{ person: 'a' }] }] });
    const scene = buildScene(d, gridLayout([['a', 0, 0]]), { asAt });
    const g = group(scene, 'household:h');
    expect(texts(g)).toEqual(['Flat 2']);
    expect((marks(g, 'household-outline')[0] as { strokeWidth: number }).strokeWidth).toBeGreaterThan(2);
    expect(scene.legend.map((e) => e.key)).toContain('household-emphasised');
  });

  it('is not drawn when nobody lives there at the date', () => {
    const d = doc({ persons: [p('a')], households: [{ id: 'h', label: 'x', members: [{ person: 'a', from: { year: 2010 } }] }] });
    const scene = buildScene(d, gridLayout([['a', 0, 0]]), { asAt });
    expect(scene.groups.some((g) => g.kind === 'household')).toBe(false);
    expect(scene.legend.map((e) => e.key)).not.toContain('household');
  });

  it('leaves a hole for an outsider ringed by members', () => {
    const cells: [string, number, number][] = [];
    for (let c = 0; c < 3; c++) for (let r = 0; r < 3; r++) cells.push([`p${c}${r}`, c, r]);
    const members = cells.map(([id]) => id).filter((id) => id !== 'p11');
    const d = doc({ persons: cells.map(([id]) => p(id)), households: [{ id: 'h', label: 'ring', members: members.map((person) => ({ person })) }] });
    const layout = gridLayout(cells);
    checkOutline(buildScene(d, layout, { asAt }), layout, 'household:h', members);
  });

  it('holds for random families and random memberships', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(6), fc.nat(3)), { minLength: 2, maxLength: 16 }),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (spots, chosen) => {
          const unique = [...new Map(spots.map(([c, r]) => [`${c},${r}`, [c, r] as const])).values()];
          const cells: [string, number, number][] = unique.map(([c, r], i) => [`p${i}`, c, r]);
          const members = cells.filter((_, i) => chosen[i]).map(([id]) => id);
          if (members.length === 0) return;
          const d = doc({ persons: cells.map(([id]) => p(id, { givenNames: `Person ${id}` })), households: [{ id: 'h', label: 'h', members: members.map((person) => ({ person })) }] });
          const layout = gridLayout(cells);
          checkOutline(buildScene(d, layout, { asAt }), layout, 'household:h', members);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('draws a row of neighbours as one rounded rectangle', () => {
    const cells: [string, number, number][] = [['a', 0, 0], ['b', 1, 0], ['c', 2, 0], ['x', 0, 1]];
    const d = doc({ persons: cells.map(([id]) => p(id)), households: [{ id: 'h', label: 'row', members: ['a', 'b', 'c'].map((person) => ({ person })) }] });
    const outline = marks(group(buildScene(d, gridLayout(cells), { asAt }), 'household:h'), 'household-outline')[0] as { d: string };
    expect(outline.d.match(/M/g)).toHaveLength(1);
    expect(outline.d.match(/Q/g)).toHaveLength(4);
  });

  it('redraws a remembered outline when an outsider moves in among the members', () => {
    const household: Household = { id: 'h', label: 'h', members: [{ person: 'a' }, { person: 'b' }] };
    const d = doc({ persons: [p('a'), p('b'), p('x')], households: [household] });
    const away = gridLayout([['a', 0, 0], ['b', 2, 0], ['x', 6, 3]]);
    checkOutline(buildScene(d, away, { asAt }), away, 'household:h', ['a', 'b']);
    const between = gridLayout([['a', 0, 0], ['b', 2, 0], ['x', 1, 0]]);
    checkOutline(buildScene(d, between, { asAt }), between, 'household:h', ['a', 'b']);
    checkOutline(buildScene(d, away, { asAt }), away, 'household:h', ['a', 'b']);
  });
});
