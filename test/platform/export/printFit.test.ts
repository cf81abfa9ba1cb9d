import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestOrientation, fitToPaper } from '../../../src/platform/export/printFit';

describe('fitToPaper', () => {
  it('fits a wide figure to the width of landscape A4', () => {
    const fit = fitToPaper(2000, 1000, 'A4', 'landscape');
    expect(fit.pageWidthMm).toBe(297);
    expect(fit.pageHeightMm).toBe(210);
    expect(fit.figureWidthMm).toBe(277);
    expect(fit.figureHeightMm).toBe(138.5);
  });

  it('fits a tall figure to the height of portrait A3', () => {
    const fit = fitToPaper(100, 1000, 'A3', 'portrait');
    expect(fit.figureHeightMm).toBe(400);
    expect(fit.figureWidthMm).toBe(40);
  });

  it('always stays inside the printable area and keeps the proportions', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.constantFrom('A4' as const, 'A3' as const),
        fc.constantFrom('portrait' as const, 'landscape' as const),
        (w, h, paper, orientation) => {
          const fit = fitToPaper(w, h, paper, orientation);
          expect(fit.figureWidthMm).toBeLessThanOrEqual(fit.pageWidthMm - 2 * fit.marginMm);
          expect(fit.figureHeightMm).toBeLessThanOrEqual(fit.pageHeightMm - 2 * fit.marginMm);
          const touchesWidth = fit.figureWidthMm >= fit.pageWidthMm - 2 * fit.marginMm - 0.2;
          const touchesHeight = fit.figureHeightMm >= fit.pageHeightMm - 2 * fit.marginMm - 0.2;
          expect(touchesWidth || touchesHeight).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses an empty figure', () => {
    expect(() => fitToPaper(0, 10, 'A4', 'portrait')).toThrow(/Cannot print a figure of size 0 × 10/);
  });

  it('picks landscape for wide figures', () => {
    expect(bestOrientation(300, 100)).toBe('landscape');
    expect(bestOrientation(100, 300)).toBe('portrait');
  });
});
