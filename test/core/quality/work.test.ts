import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { children, line, scene } from './sceneBuilders';

describe('the work the legibility check does', () => {
  it('grows with the figure, not its square: a 3,000-person figure tests a few pairs per item', async () => {
    const doc = syntheticFamily(3000, 5);
    const layout = await layoutDocument(doc);
    const report = checkLegibility(buildScene(doc, layout, { asAt: { year: 2024 } }), { doc, layout });
    const items = report.info.segments + report.info.texts + report.info.symbols;
    console.log(`3,000 persons: ${items} items, ${JSON.stringify(report.work)}`);
    expect(items).toBeGreaterThan(10_000);
    expect(report.work.pairsTested).toBeLessThan(20 * items);
    expect(report.work.cellVisits).toBeLessThan(40 * items);
    // Every pair of items would be some fifty million.
    expect(report.work.pairsTested).toBeLessThan((items * items) / 1000);
  });

  it('items far apart are never compared', () => {
    const bars = Array.from({ length: 400 }, (_, i) => children(`c${i}`, line((i % 20) * 300, Math.floor(i / 20) * 300, (i % 20) * 300 + 100, Math.floor(i / 20) * 300)));
    const report = checkLegibility(scene(...bars));
    // Each bar meets only itself in the grid.
    expect(report.work.pairsTested).toBe(400);
    expect(report.counts).toMatchObject({ overlapping: 0, nearParallel: 0, crossings: 0 });
  });
});
