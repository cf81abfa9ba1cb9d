import { describe, expect, it } from 'vitest';
import { chooseWidth, describeTextSize, MIN_TEXT_PT, PAGE_WIDTHS, smallestText, smallestTextPt, widthForText } from '../../../src/core/export/printSize';
import { sceneToSvg } from '../../../src/core/export/svg';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import type { Scene } from '../../../src/core/drawing/scene';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { SMALL_TEXT } from '../../../src/core/metrics/figureSizes';
import { reviewFamily } from '../../support/reviewFamilies';

/** A scene of a given width with one text of a given size. */
function sceneOf(width: number, size: number): Scene {
  return {
    groups: [{ key: 't', kind: 'caption', personIds: [], tags: [], items: [{ type: 'text', x: 0, y: 0, text: 'x', size, weight: 400, anchor: 'start', fill: '#000' }], box: { x: 0, y: 0, width, height: 10 } }],
    bounds: { x: 0, y: 0, width, height: 100 },
    legend: [],
    asAtLabel: '1 Jan 2020',
  };
}

describe('printed size', () => {
  it('finds the smallest text and its printed size in points', () => {
    const s = sceneOf(1000, 10);
    expect(smallestText(s)).toBe(10);
    // 1000 units on 16 cm: 10 units are 1.6 mm = 4.5 pt.
    expect(smallestTextPt(s, 16)).toBeCloseTo(4.54, 1);
  });

  it('chooses the narrowest page on which the smallest text is at least 7 pt', () => {
    expect(chooseWidth(sceneOf(500, 10))).toMatchObject({ cm: 16, beyondPages: false });
    expect(chooseWidth(sceneOf(1200, 10))).toMatchObject({ cm: 38, beyondPages: false });
    expect(chooseWidth(sceneOf(1200, 10)).smallestPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    const wide = chooseWidth(sceneOf(5000, 10));
    expect(wide.beyondPages).toBe(true);
    expect(wide.cm).toBe(widthForText(sceneOf(5000, 10)));
    expect(wide.smallestPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(wide.smallestPt).toBeLessThan(MIN_TEXT_PT + 0.1);
  });

  it('gives every drawn family a width at which no text prints under 7 pt', async () => {
    for (const doc of [exampleFamily(), syntheticFamily(60, 2), syntheticFamily(300, 3)]) {
      const scene = buildScene(doc, await layoutDocument(doc), { asAt: { year: 2024 } });
      const chosen = chooseWidth(scene);
      expect(smallestTextPt(scene, chosen.cm)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      expect(PAGE_WIDTHS.some((p) => p.cm === chosen.cm) || chosen.beyondPages).toBe(true);
    }
  });

  it('prints nothing smaller than the small text size (birth-order numbers and key samples included), so the width it needs is the names\' width', async () => {
    for (const doc of [reviewFamily(8), reviewFamily(11), exampleFamily()]) {
      const scene = buildScene(doc, await layoutDocument(doc), { asAt: doc.settings.asAt ?? { year: 2024 } });
      expect(smallestText(scene)).toBe(SMALL_TEXT);
    }
  });

  it('says what the smallest text will be, and when it is too small', () => {
    expect(describeTextSize(sceneOf(500, 10), 16)).toBe('smallest text 9.1 pt');
    expect(describeTextSize(sceneOf(2000, 10), 16)).toMatch(/too small to read in print/);
  });

  it('states the physical size in millimetres in the SVG', () => {
    const svg = sceneToSvg(sceneOf(800, 10), { widthMm: 160 });
    expect(svg).toMatch(/<svg[^>]* width="160mm" height="20mm"/);
    expect(sceneToSvg(sceneOf(800, 10))).toMatch(/<svg[^>]* width="800px"/);
  });
});
