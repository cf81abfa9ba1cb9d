import { describe, expect, it } from 'vitest';
import { pointInRings, signedArea } from '../../../../src/core/drawing/geometry';
import { connectMembers } from '../../../../src/core/drawing/households/connectMembers';
import { gridOutline } from '../../../../src/core/drawing/households/gridOutline';
import type { Rect } from '../../../../src/core/drawing/households/rect';

const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 });

describe('gridOutline (the fallback)', () => {
  it('winds through a maze that no single lane crosses, keeping off every wall', () => {
    const a = { symbol: rect(-4, -4, 44, 44), body: rect(-26, -16, 66, 76) };
    const b = { symbol: rect(356, -4, 404, 44), body: rect(334, -16, 426, 76) };
    const region = rect(-116, -106, 516, 166);
    // Two walls: the first open only at the bottom, the second only at the top.
    const walls = [rect(150, -200, 170, 120), rect(230, -60, 250, 300)];
    expect(connectMembers([{ ...a, pieces: [a.body] }, { ...b, pieces: [b.body] }], walls, region).connected).toBe(false);
    const rings = gridOutline([a, b], walls, region);
    const outer = rings.filter((ring) => signedArea(ring) > 0);
    expect(outer).toHaveLength(1);
    expect(pointInRings([20, 20], rings)).toBe(true);
    expect(pointInRings([380, 20], rings)).toBe(true);
    for (const w of walls) for (let y = Math.max(w.y0, region.y0) + 1; y < Math.min(w.y1, region.y1); y += 10) expect(pointInRings([(w.x0 + w.x1) / 2, y], rings)).toBe(false);
  });
});
