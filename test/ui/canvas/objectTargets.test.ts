import { describe, expect, it } from 'vitest';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { notationSheet } from '../../../src/core/example/notationSheet';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { objectTargets } from '../../../src/ui/canvas/objectTargets';
import { fitViewport, freeAreas, FIT_MARGIN } from '../../../src/ui/canvas/fitViewport';

const sheet = notationSheet();
const scene = buildScene(sheet, await layoutDocument(sheet), { asAt: sheet.settings.asAt! });
const targets = objectTargets(sheet, scene);

describe('objects selectable on the figure', () => {
  it('every drawn partnership, relationship line and household outline has a target selecting it', () => {
    const drawn = (kind: string) => scene.groups.filter((g) => g.kind === kind && g.refId).map((g) => g.refId!).sort();
    const picked = (kind: string) => targets.filter((t) => t.kind === kind).flatMap((t) => t.ids).sort();
    expect(picked('partnership')).toEqual(drawn('partnership'));
    expect(picked('relationship')).toEqual(drawn('relationship'));
    expect(picked('household')).toEqual(drawn('household'));
    for (const t of targets) expect(t.strokes.length, t.label).toBeGreaterThan(0);
  });

  it('a sibling group selects its children’s links to those parents; a multiple birth has its own target', () => {
    const groups = targets.filter((t) => t.kind === 'sibling-group');
    expect(groups.length).toBeGreaterThan(0);
    const links = new Map(sheet.parentLinks.map((l) => [l.id, l]));
    for (const g of groups) {
      const picked = g.ids.map((id) => links.get(id)!);
      expect(new Set(picked.map((l) => l.kind)).size).toBe(1);
    }
    const births = targets.filter((t) => t.kind === 'multiple-birth');
    expect(births.map((t) => t.ids[0]).sort()).toEqual(sheet.multipleBirths.map((m) => m.id).sort());
  });

  it('names each target for assistive technology', async () => {
    const doc = exampleFamily();
    const own = objectTargets(doc, buildScene(doc, await layoutDocument(doc), { asAt: doc.settings.asAt ?? { year: 2025 } }));
    expect(own.map((t) => t.label)).toContain('Partnership of Leanne Walsh and Dean Hughes');
    expect(own.some((t) => t.label.startsWith('Household: '))).toBe(true);
  });
});

describe('zoom to fit', () => {
  const canvas = { left: 0, top: 100, width: 1000, height: 600 };
  const figure = { x: -50, y: 20, width: 800, height: 400 };

  it('fits the figure inside the canvas with a margin, centred, never above its natural size', () => {
    const v = fitViewport(figure, canvas, [], { minZoom: 0.05, maxZoom: 1 });
    expect(v.zoom).toBe(1);
    const small = fitViewport({ ...figure, width: 4000, height: 400 }, canvas, [], { minZoom: 0.05, maxZoom: 1 });
    expect(small.zoom).toBeCloseTo((1000 - 2 * FIT_MARGIN) / 4000);
    // The figure's left edge lands a margin inside the canvas.
    expect(small.x + -50 * small.zoom).toBeCloseTo(FIT_MARGIN);
  });

  it('keeps clear of a panel over the canvas (the key), in the free strip that shows the figure largest', () => {
    const key = { left: 700, top: 110, width: 290, height: 580 };
    expect(freeAreas(canvas, [key]).map((a) => [a.left, a.width])).toContainEqual([0, 700]);
    const v = fitViewport({ ...figure, width: 2000 }, canvas, [key], { minZoom: 0.05, maxZoom: 1 });
    const right = canvas.left + v.x + (figure.x + 2000) * v.zoom;
    expect(right).toBeLessThanOrEqual(key.left - FIT_MARGIN + 1e-6);
  });
});
