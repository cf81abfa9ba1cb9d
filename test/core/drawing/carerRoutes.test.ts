import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { Scene } from '../../../src/core/drawing/scene';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { reviewFamily } from '../../support/reviewFamilies';

/** Each carer line's drawn length against the way straight down and across from its start to its end. */
function carerLines(scene: Scene): { key: string; length: number; direct: number }[] {
  return scene.groups
    .filter((g) => g.key.startsWith('children:') && !g.key.startsWith('children:birth:'))
    .map((g) => {
      const points: [number, number][] = [];
      for (const item of g.items) {
        if (item.type === 'polyline') points.push(...item.points.map(([x, y]) => [x, y] as [number, number]));
        else if (item.type === 'line') points.push([item.x1, item.y1], [item.x2, item.y2]);
      }
      let length = 0;
      for (let i = 1; i < points.length; i++) length += Math.abs(points[i]![0] - points[i - 1]![0]) + Math.abs(points[i]![1] - points[i - 1]![1]);
      const [a, b] = [points[0]!, points[points.length - 1]!];
      return { key: g.key, length, direct: Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) };
    });
}

describe('carer lines', () => {
  it('take the short way round a row a wide partner block fills, through no name, symbol or label', async () => {
    // In these families a foster or kinship line went round the row through a lane at its end:
    // one and a half times the way down and more.
    for (const seed of [11, 23, 44, 59, 68, 74, 87]) {
      const doc = reviewFamily(seed);
      const layout = await layoutDocument(doc);
      const scene = buildScene(doc, layout, { asAt: doc.settings.asAt! });
      const lines = carerLines(scene);
      expect(lines.length, `family ${seed}`).toBeGreaterThan(0);
      for (const line of lines) expect(line.length, `family ${seed}, ${line.key}`).toBeLessThanOrEqual(1.5 * line.direct + 100);
      const { counts } = checkLegibility(scene, { doc, layout });
      expect({ text: counts.linesThroughText, symbols: counts.linesThroughSymbols, overlappingBars: counts.overlappingBars }, `family ${seed}`).toEqual({ text: 0, symbols: 0, overlappingBars: 0 });
    }
  });
});
