import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pixelsForWidth, planRaster, rasterRequestProblems } from '../../../src/core/export/rasterPlan';

describe('planRaster', () => {
  it('gives 1,890 px across for 16 cm at 300 dpi, keeping the proportions', () => {
    const plan = planRaster({ figureWidth: 1000, figureHeight: 500, widthCm: 16, dpi: 300 });
    expect(plan.pixelWidth).toBe(1890);
    expect(plan.pixelHeight).toBe(945);
    expect(plan.dpi).toBe(300);
    expect(plan.reduced).toBe(false);
    expect(plan.note).toBeUndefined();
  });

  it('scales a very tall figure below the side limit and lowers the written dpi to keep the printed width', () => {
    const plan = planRaster({ figureWidth: 400, figureHeight: 40_000, widthCm: 16, dpi: 300 });
    expect(plan.reduced).toBe(true);
    expect(plan.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.pixelWidth / plan.pixelHeight).toBeCloseTo(400 / 40_000, 2);
    expect((plan.pixelWidth / plan.dpi) * 2.54).toBeCloseTo(16, 5);
    expect(plan.note).toMatch(/Nothing is cut off/);
  });

  it('respects the area limit for a huge square figure', () => {
    const plan = planRaster({ figureWidth: 20_000, figureHeight: 15_000, widthCm: 100, dpi: 600 });
    expect(plan.pixelWidth * plan.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(plan.note).toMatch(/million pixels/);
  });

  it('never exceeds the limits and never loses the aspect ratio, for any request', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.integer({ min: 30, max: 2400 }),
        (figureWidth, figureHeight, widthCm, dpi) => {
          const plan = planRaster({ figureWidth, figureHeight, widthCm, dpi });
          expect(plan.pixelWidth).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
          expect(plan.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
          expect(plan.pixelWidth * plan.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_AREA);
          expect(plan.pixelWidth).toBeGreaterThanOrEqual(1);
          expect(plan.pixelHeight).toBeGreaterThanOrEqual(1);
          if (!plan.reduced) expect(plan.pixelWidth).toBe(pixelsForWidth(widthCm, dpi));
          else expect(plan.dpi).toBeLessThan(dpi);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses nonsense with a message naming the field', () => {
    expect(() => planRaster({ figureWidth: 100, figureHeight: 100, widthCm: 0, dpi: 300 })).toThrow(/Width must be/);
    expect(() => planRaster({ figureWidth: 100, figureHeight: 100, widthCm: 16, dpi: Number.NaN })).toThrow(/Resolution must be/);
    expect(rasterRequestProblems({ figureWidth: 0, figureHeight: 10, widthCm: 16, dpi: 300 })).toEqual([
      'The figure has no drawable size (0 × 10).',
    ]);
  });
});
