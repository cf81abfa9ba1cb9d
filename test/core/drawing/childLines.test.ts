import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { ParentLink } from '../../../src/core/model/types';
import type { Scene } from '../../../src/core/drawing/scene';
import { doc, gridLayout, marks, p, texts } from '../../support/drawingFixtures';

const asAt = { year: 2020, month: 1, day: 1 };
let n = 0;
const link = (parent: string, child: string, kind: ParentLink['kind'] = 'birth', from?: ParentLink['from']): ParentLink => ({
  id: `l${++n}`, parent, child, kind, ...(from ? { from } : {}),
});

function childGroups(scene: Scene) {
  return scene.groups.filter((g) => g.kind === 'children');
}

describe('child lines', () => {
  const parents = [p('mum'), p('dad', { gender: 'male' })];
  const partnerships = [{ id: 'c', a: 'mum', b: 'dad', kind: 'partnership' as const, events: [{ type: 'married' as const }] }];

  it('drops from the partner-line midpoint to a sibling bar and down to each child', () => {
    const d = doc({ persons: [...parents, p('k1'), p('k2')], partnerships, parentLinks: [link('mum', 'k1'), link('dad', 'k1'), link('mum', 'k2'), link('dad', 'k2')] });
    const layout = gridLayout([['mum', 0, 0], ['dad', 1, 0], ['k1', 0, 1], ['k2', 1, 1]]);
    const scene = buildScene(d, layout, { asAt });
    const [g] = childGroups(scene);
    expect(childGroups(scene)).toHaveLength(1);
    const drop = marks(g!, 'child-drop')[0]!;
    const midpoint = (60 + 180) / 2;
    expect(drop.type === 'line' && drop.x1).toBe(midpoint);
    const bar = marks(g!, 'sibling-bar')[0]!;
    expect(bar.type === 'line' && [bar.x1, bar.x2]).toEqual([60, 180]);
    for (const id of ['k1', 'k2']) {
      const line = marks(g!, `child-line:${id}`)[0]!;
      expect(line.type === 'line' && line.y2).toBe(layout.boxes.get(id)!.y);
      expect(line.type === 'line' && line.dash).toBeFalsy();
    }
  });

  it('steps a drop aside when the children are rows below and someone stands in the way', () => {
    const d = doc({
      persons: [...parents, p('k'), p('other')],
      partnerships,
      parentLinks: [link('mum', 'k'), link('dad', 'k')],
    });
    // 'other' stands on the row between, right under the partner-line midpoint (x = 120).
    const layout = gridLayout([['mum', 0, 0], ['dad', 1, 0], ['other', 0.5, 1], ['k', 0.5, 2]]);
    const scene = buildScene(d, layout, { asAt });
    const [g] = childGroups(scene);
    expect(g!.tags).toContain('routed-drop');
    const drop = marks(g!, 'child-drop')[0]!;
    if (drop.type !== 'polyline') throw new Error('expected a routed polyline');
    const blocker = scene.groups.find((x) => x.key === 'person:other')!.box;
    // No point of any vertical stretch of the drop lies inside the person standing in the way.
    for (let i = 1; i < drop.points.length; i++) {
      const [x0, y0] = drop.points[i - 1]!;
      const [x1, y1] = drop.points[i]!;
      if (x0 !== x1) continue;
      const overlapsVertically = Math.max(y0, y1) > blocker.y && Math.min(y0, y1) < blocker.y + blocker.height;
      const inside = x0 > blocker.x && x0 < blocker.x + blocker.width;
      expect(overlapsVertically && inside, `segment at x=${x0}`).toBe(false);
    }
    // The drop still ends on the sibling bar, which still reaches the child.
    const bar = marks(g!, 'sibling-bar')[0]!;
    const end = drop.points[drop.points.length - 1]!;
    expect(bar.type === 'line' && end[1]).toBe(bar.type === 'line' ? bar.y1 : NaN);
  });

  it('keeps a straight drop when nobody stands in the way', () => {
    const d = doc({ persons: [...parents, p('k'), p('other')], partnerships, parentLinks: [link('mum', 'k'), link('dad', 'k')] });
    const layout = gridLayout([['mum', 0, 0], ['dad', 1, 0], ['other', 3, 1], ['k', 0.5, 2]]);
    const [g] = childGroups(buildScene(d, layout, { asAt }));
    expect(g!.tags).not.toContain('routed-drop');
    expect(marks(g!, 'child-drop')[0]!.type).toBe('line');
  });

  it('draws an adopted child dashed with the adoption year, and keeps the birth-parent line', () => {
    const d = doc({
      persons: [...parents, p('bm'), p('k')],
      partnerships,
      parentLinks: [link('bm', 'k'), link('mum', 'k', 'adoptive', { year: 2012 }), link('dad', 'k', 'adoptive', { year: 2012 })],
    });
    const scene = buildScene(d, gridLayout([['mum', 0, 0], ['dad', 1, 0], ['bm', 3, 0], ['k', 1, 1]]), { asAt });
    const adoptive = childGroups(scene).find((g) => g.tags.includes('adoptive'))!;
    const birth = childGroups(scene).find((g) => g.tags.includes('birth'))!;
    expect(marks(adoptive, 'child-line:k')[0]!.type !== 'text' && (marks(adoptive, 'child-line:k')[0] as { dash?: string }).dash).toBeTruthy();
    expect(texts(adoptive)).toContain('adopted 2012');
    expect(marks(birth, 'child-line:k')).toHaveLength(1);
    expect(scene.legend.map((e) => e.key)).toEqual(expect.arrayContaining(['child-adopted', 'child-birth']));
  });

  it('draws foster, kinship and SGO lines dotted from the carers, labelled, while the placement is in force', () => {
    for (const [kind, label] of [['foster', 'foster'], ['kinship', 'kinship'], ['special-guardianship', 'SGO']] as const) {
      const d = doc({
        persons: [...parents, p('carer'), p('k')],
        partnerships,
        parentLinks: [link('mum', 'k'), link('dad', 'k'), { ...link('carer', 'k', kind, { year: 2015 }), to: { year: 2019 } }],
      });
      const layout = gridLayout([['mum', 0, 0], ['dad', 1, 0], ['carer', 3, 0], ['k', 1, 1]]);
      const during = buildScene(d, layout, { asAt: { year: 2017 } });
      const carerLine = childGroups(during).find((g) => g.tags.includes(kind))!;
      expect(texts(carerLine)).toEqual([label]);
      const line = marks(carerLine, 'child-line:k')[0] as { dash?: string; x2: number };
      expect(line.dash).toBeTruthy();
      expect(childGroups(during).some((g) => g.tags.includes('birth'))).toBe(true);
      // Both lines reach the child, at different points of its top.
      const birthLine = marks(childGroups(during).find((g) => g.tags.includes('birth'))!, 'child-line:k')[0] as { x2: number };
      expect(birthLine.x2).not.toBe(line.x2);
      const after = buildScene(d, layout, { asAt: { year: 2020 } });
      expect(childGroups(after).some((g) => g.tags.includes(kind))).toBe(false);
    }
  });

  it('starts twins from one point on the bar, and joins identical twins with a bar', () => {
    for (const kind of ['fraternal', 'identical'] as const) {
      const d = doc({
        persons: [...parents, p('t1'), p('t2'), p('k')],
        partnerships,
        parentLinks: ['t1', 't2', 'k'].flatMap((c) => [link('mum', c), link('dad', c)]),
        multipleBirths: [{ id: 'mb', kind, members: ['t1', 't2'] }],
      });
      const scene = buildScene(d, gridLayout([['mum', 0, 0], ['dad', 1, 0], ['t1', 0, 1], ['t2', 1, 1], ['k', 2, 1]]), { asAt });
      const [g] = childGroups(scene);
      const t1 = marks(g!, 'child-line:t1')[0] as { x1: number; y1: number };
      const t2 = marks(g!, 'child-line:t2')[0] as { x1: number; y1: number };
      const k = marks(g!, 'child-line:k')[0] as { x1: number; x2: number };
      expect([t1.x1, t1.y1]).toEqual([t2.x1, t2.y1]);
      expect(k.x1).toBe(k.x2);
      expect(marks(g!, 'identical-twin-bar')).toHaveLength(kind === 'identical' ? 1 : 0);
      expect(g!.tags).toContain(`twins-${kind}`);
    }
  });

  it('hangs a child with one known parent from that parent’s symbol', () => {
    const d = doc({ persons: [p('mum'), p('k')], parentLinks: [link('mum', 'k')] });
    const layout = gridLayout([['mum', 0, 0], ['k', 0, 1]]);
    const [g] = childGroups(buildScene(d, layout, { asAt }));
    // Out of the side of the parent's symbol, then down clear of the name under it.
    const lead = marks(g!, 'parent-lead')[0] as unknown as { points: [number, number][] };
    expect(lead.points[0]).toEqual([80, 20]);
    const drop = marks(g!, 'child-drop')[0] as { x1: number; y1: number; x2: number };
    expect(drop.x1).toBe(lead.points[lead.points.length - 1]![0]);
    expect(drop.x1).toBeGreaterThan(60 + 56);
    expect(marks(g!, 'child-line:k')).toHaveLength(1);
  });

  it('draws a line between two birth parents with no partnership recorded, so the children hang from it', () => {
    const d = doc({ persons: [p('a'), p('b'), p('k')], parentLinks: [link('a', 'k'), link('b', 'k')] });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0], ['k', 0, 1]]), { asAt });
    const implied = scene.groups.find((g) => g.kind === 'partnership')!;
    expect(implied.tags).toContain('implied');
    expect(scene.legend.map((e) => e.key)).toContain('line-partnership');
  });

  it('puts overlapping sibling bars of half-siblings at different heights', () => {
    const d = doc({
      persons: [p('a'), p('m'), p('b'), p('k1'), p('k2'), p('k3')],
      partnerships: [
        { id: 'am', a: 'a', b: 'm', kind: 'partnership', events: [] },
        { id: 'mb', a: 'm', b: 'b', kind: 'partnership', events: [] },
      ],
      parentLinks: [link('a', 'k1'), link('m', 'k1'), link('a', 'k3'), link('m', 'k3'), link('m', 'k2'), link('b', 'k2')],
    });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['m', 1, 0], ['b', 2, 0], ['k1', 0, 1], ['k2', 1, 1], ['k3', 2, 1]]), { asAt });
    const bars = childGroups(scene).map((g) => marks(g, 'sibling-bar')[0] as { y1: number });
    expect(bars).toHaveLength(2);
    expect(bars[0]!.y1).not.toBe(bars[1]!.y1);
  });
});
