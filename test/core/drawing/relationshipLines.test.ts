import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { RelationshipLine } from '../../../src/core/model/types';
import { doc, gridLayout, group, marks, p, segments, segmentCrossesBox, texts } from '../../support/drawingFixtures';

const asAt = { year: 2020, month: 1, day: 1 };

function draw(kind: RelationshipLine['kind'], cells: [string, number, number][] = [['a', 0, 0], ['b', 2, 1]]) {
  const d = doc({ persons: cells.map(([id]) => p(id)), relationships: [{ id: 'r', kind, from: 'a', to: 'b' }] });
  const layout = gridLayout(cells);
  return { g: group(buildScene(d, layout, { asAt }), 'relationship:r'), layout };
}

describe('relationship lines', () => {
  it('draws each kind with its own mark', () => {
    expect(marks(draw('close').g, 'close')).toHaveLength(2);
    expect((marks(draw('distant').g, 'distant')[0] as { dash?: string }).dash).toBeTruthy();
    expect(marks(draw('conflict').g, 'zigzag')).toHaveLength(1);
    const cut = draw('cut-off').g;
    expect(marks(cut, 'cut-off')).toHaveLength(2);
    expect(marks(cut, 'cut-off-bar')).toHaveLength(2);
  });

  it('draws abuse as a zigzag with an arrowhead at the person harmed, labelled with the kind', () => {
    const { g, layout } = draw('abuse-emotional');
    expect(marks(g, 'zigzag')).toHaveLength(1);
    expect(texts(g)).toEqual(['emotional abuse']);
    const head = marks(g, 'arrowhead')[0] as { d: string };
    const tip = head.d.match(/M(-?[\d.]+) (-?[\d.]+)/)!.slice(1).map(Number);
    const harmed = layout.boxes.get('b')!;
    const from = layout.boxes.get('a')!;
    const distance = (b: typeof harmed) => Math.hypot(tip[0]! - (b.x + 20), tip[1]! - (b.y + 20));
    expect(distance(harmed)).toBeLessThan(distance(from));
    expect(distance(harmed)).toBeLessThan(30);
  });

  it('goes round the symbols between two people on one row rather than through them', () => {
    const cells: [string, number, number][] = [['a', 0, 0], ['m', 1, 0], ['b', 2, 0]];
    const { g, layout } = draw('conflict', cells);
    const mid = layout.boxes.get('m')!;
    for (const s of segments(marks(g, 'zigzag')[0]!)) {
      expect(segmentCrossesBox(s, { x: mid.x, y: mid.y, width: mid.size, height: mid.size })).toBe(false);
    }
  });

  it('is left out when either person is not drawn', () => {
    const d = doc({ persons: [p('a'), p('b', { birth: { year: 2030 } })], relationships: [{ id: 'r', kind: 'close', from: 'a', to: 'b' }] });
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0]]), { asAt });
    expect(scene.groups.some((x) => x.kind === 'relationship')).toBe(false);
    expect(scene.legend.map((e) => e.key)).not.toContain('rel-close');
  });
});
