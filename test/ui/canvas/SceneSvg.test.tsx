import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SceneSvg } from '../../../src/ui/canvas/SceneSvg';
import { sameGroup } from '../../../src/ui/canvas/scene/sameGroup';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { sceneToSvg } from '../../../src/core/export/svg';
import { notationSheet } from '../../../src/core/example/notationSheet';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';

const doc = notationSheet();
const layout = await layoutDocument(doc);
const scene = buildScene(doc, layout, { asAt: doc.settings.asAt! });

function count(markup: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of markup.matchAll(/<(rect|circle|line|polyline|path|text)[\s>]/g)) out[m[1]!] = (out[m[1]!] ?? 0) + 1;
  return out;
}

describe('SceneSvg', () => {
  it('draws the same elements as the SVG export, plus a halo per selected person only', () => {
    const plain = renderToStaticMarkup(createElement(SceneSvg, { scene, selectedIds: new Set<string>() }));
    const exported = sceneToSvg(scene);
    const exportedCounts = count(exported);
    exportedCounts.rect = (exportedCounts.rect ?? 0) - 1; // the export's white background
    expect(count(plain)).toEqual(exportedCounts);
    const selected = renderToStaticMarkup(createElement(SceneSvg, { scene, selectedIds: new Set(['m', 's']) }));
    expect([...selected.matchAll(/data-selected="([^"]+)"/g)].map((m) => m[1])).toEqual(['m', 's']);
    expect(exported).not.toContain('data-selected');
  });

  it('renders names as text', () => {
    const d = structuredClone(doc);
    d.persons[0]!.label = '<script>x</script>';
    const markup = renderToStaticMarkup(createElement(SceneSvg, { scene: buildScene(d, layout, { asAt: d.settings.asAt! }), selectedIds: new Set<string>() }));
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;');
  });
});

describe('sameGroup', () => {
  it('sees a rebuilt but unchanged group as the same, and a changed one as different', () => {
    const again = buildScene(doc, layout, { asAt: doc.settings.asAt! });
    for (let i = 0; i < scene.groups.length; i++) expect(sameGroup(scene.groups[i]!, again.groups[i]!)).toBe(true);
    const moved = buildScene(doc, layout, { asAt: { year: 2030 } });
    const person = (s: typeof scene) => s.groups.find((g) => g.key === 'person:m')!;
    expect(sameGroup(person(scene), person(moved))).toBe(false);
  });
});
