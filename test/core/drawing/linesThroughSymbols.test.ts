import { describe, expect, it } from 'vitest';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { linesThroughSymbols } from '../../../src/core/drawing/linesThroughSymbols';
import { readSharedFixture } from '../../support/sharedFixtures';
import { doc, gridLayout, p } from '../../support/drawingFixtures';

describe('no partner or child line passes through a symbol', () => {
  it('finds a line that does, and passes a partner line stepped below a symbol in between', () => {
    const d = doc({ persons: [p('a'), p('b'), p('c')], partnerships: [{ id: 'u', a: 'a', b: 'c', kind: 'partnership', events: [] }] });
    // 'b' stands between the partners; the drawing steps their line below the symbols.
    const scene = buildScene(d, gridLayout([['a', 0, 0], ['b', 1, 0], ['c', 2, 0]]), { asAt: { year: 2020 } });
    expect(linesThroughSymbols(scene)).toEqual([]);
    const through = { ...scene, groups: scene.groups.map((g) => (g.kind === 'partnership' ? { ...g, items: [{ type: 'line' as const, x1: 60, y1: 20, x2: 300, y2: 20, stroke: '#000', strokeWidth: 1, mark: 'test' }] } : g)) };
    expect(linesThroughSymbols(through).map((f) => f.person)).toContain('b');
  });

  it.each(['family2.ged', 'kennedy.ged', 'royal92.ged'])('in %s, laid out and drawn', async (file) => {
    const imported = importGedcom(readSharedFixture(file));
    if (!imported.ok) throw new Error(`${file} did not import`);
    const layout = await layoutDocument(imported.document);
    const scene = buildScene(imported.document, layout, { asAt: { year: 2026 } });
    expect(linesThroughSymbols(scene)).toEqual([]);
  });
});
