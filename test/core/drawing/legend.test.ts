import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { group } from '../../support/drawingFixtures';
import { primitiveBox } from '../../../src/core/drawing/bounds';
import type { Box } from '../../../src/core/drawing/scene';
import { doc, gridLayout, p } from '../../support/drawingFixtures';

const asAt = { year: 2020, month: 1, day: 1 };

function keys(d: ReturnType<typeof doc>, cells: [string, number, number][]) {
  return new Set(buildScene(d, gridLayout(cells), { asAt }).legend.map((e) => e.key));
}

describe('legend', () => {
  it('lists exactly what a small figure uses', () => {
    const d = doc({
      persons: [p('a', { gender: 'male', birth: { year: 1970 } }), p('b', { birth: { year: 1972 } })],
      partnerships: [{ id: 'c', a: 'a', b: 'b', kind: 'partnership', events: [{ type: 'married', date: { year: 1995 } }] }],
    });
    expect(keys(d, [['a', 0, 0], ['b', 1, 0]])).toEqual(new Set(['male', 'female', 'line-married', 'age', 'years']));
  });

  it('adds entries only for what appears, and drops them when the date hides them', () => {
    const d = doc({
      persons: [
        p('a', { gender: 'male', death: { year: 2010 }, subject: true, badges: ['CPP'] }),
        p('b', { gender: 'nonbinary', conditions: { substanceMisuse: 'suspected' } }),
        p('k', { gender: 'unknown', pregnancy: { outcome: 'miscarriage' } }),
      ],
      partnerships: [{ id: 'c', a: 'a', b: 'b', kind: 'transitory', events: [{ type: 'started' }, { type: 'ended', date: { year: 2005 } }] }],
      parentLinks: [{ id: 'l', parent: 'b', child: 'k', kind: 'birth' }],
      relationships: [{ id: 'r', kind: 'abuse-physical', from: 'a', to: 'b' }],
    });
    const cells: [string, number, number][] = [['a', 0, 0], ['b', 2, 0], ['k', 2, 1]];
    expect(keys(d, cells)).toEqual(
      new Set(['male', 'nonbinary', 'subject', 'deceased', 'badge:CPP', 'shade-suspected', 'miscarriage', 'line-transitory', 'separated', 'child-birth', 'rel-abuse', 'years']),
    );
    const earlier = buildScene(d, gridLayout(cells), { asAt: { year: 2000 } }).legend.map((e) => e.key);
    expect(earlier).not.toContain('deceased');
    expect(earlier).not.toContain('separated');
  });

  it('draws one sample and one label per entry, under a title with the reference date', () => {
    const d = doc({ persons: [p('a', { badges: ['LAC', 'YOT'] })] });
    const scene = buildScene(d, gridLayout([['a', 0, 0]]), { asAt });
    const legend = group(scene, 'legend');
    const labels = legend.items.filter((i) => i.mark?.startsWith('legend-label:')).map((i) => i.mark!.slice('legend-label:'.length));
    expect(labels).toEqual(scene.legend.map((e) => e.key));
    for (const e of scene.legend) expect(legend.items.some((i) => i.mark === `legend-sample:${e.key}`)).toBe(true);
    expect(legend.items.find((i) => i.mark === 'legend-title')).toMatchObject({ text: 'Key (as at 1 Jan 2020)' });
    expect(scene.legend.find((e) => e.key === 'badge:LAC')!.label).toBe('Looked after child');
  });

  it('keeps every sample clear of its words and every entry clear of the others (years, long badges)', () => {
    const d = doc({ persons: [p('a', { badges: ['SAFEGUARDING', 'LAC'], birth: { year: 1950 }, death: { year: 2010 } }), p('b', { gender: 'male' })] });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0]]), { asAt });
    const legend = group(scene, 'legend');
    const boxes = legend.items.filter((i) => i.mark?.startsWith('legend-')).map((i) => ({ mark: i.mark!, box: primitiveBox(i) }));
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(scene.legend.some((e) => e.key === 'years')).toBe(true);
    for (const a of boxes) {
      for (const b of boxes) {
        const entry = (m: string) => m.slice(m.indexOf(':') + 1);
        // A sample's own parts may overlap each other; nothing else may.
        if (a === b || (a.mark.startsWith('legend-sample:') && a.mark === b.mark) || a.mark === 'legend-title' || b.mark === 'legend-title') continue;
        expect(overlap(a.box, b.box), `${a.mark} over ${b.mark} (${entry(a.mark)})`).toBe(false);
      }
    }
  });

  it('is left out on request, and the bounds still hold every group', () => {
    const d = doc({ persons: [p('a')] });
    const scene = buildScene(d, gridLayout([['a', 0, 0]]), { asAt, legend: false, title: 'T', caption: 'C' });
    expect(scene.groups.some((g) => g.kind === 'legend')).toBe(false);
    for (const g of scene.groups) {
      expect(g.box.x).toBeGreaterThanOrEqual(scene.bounds.x);
      expect(g.box.y).toBeGreaterThanOrEqual(scene.bounds.y);
      expect(g.box.x + g.box.width).toBeLessThanOrEqual(scene.bounds.x + scene.bounds.width);
      expect(g.box.y + g.box.height).toBeLessThanOrEqual(scene.bounds.y + scene.bounds.height);
    }
  });
});

describe('the subject of the review in the key', () => {
  it('draws the outer square first, so its white fill lies under the inner square (a double outline, not a plain square)', async () => {
    const { drawLegend } = await import('../../../src/core/drawing/legend');
    const { primitiveBox } = await import('../../../src/core/drawing/bounds');
    const key = drawLegend([{ key: 'subject', label: 'Subject of the review' }], '1 Jan 2020', 0, 0, 600);
    const squares = key.items.filter((i) => i.mark === 'legend-sample:subject' && i.type !== 'text');
    expect(squares).toHaveLength(2);
    const [outer, inner] = squares.map((sq) => primitiveBox(sq));
    expect(outer!.width).toBeGreaterThan(inner!.width);
    // Both filled white: drawn in this order, the inner one stays visible inside the outer.
    expect(squares.every((sq) => 'fill' in sq && sq.fill)).toBe(true);
  });
});
