import { describe, expect, it } from 'vitest';
import { figureSource } from '../../../src/core/publication/figureSource';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { fallbackPlacement } from '../../../src/core/layout/fallbackPlacement';

describe('figureSource', () => {
  const doc = exampleFamily();
  const layout = fallbackPlacement(doc);
  const asAt = doc.settings.asAt ?? { year: 2025 };

  it('draws the document itself outside publication mode', () => {
    const source = figureSource(doc, layout, false, asAt);
    expect(source.shownDoc).toBe(doc);
    expect(source.shownLayout).toBe(layout);
  });

  it('renames ids that carry names, and moves the positions with them', () => {
    const source = figureSource(doc, layout, true, asAt);
    // The example's ids are readable ("p_ellie"), so the anonymiser must rename them.
    expect(source.shownIds.size).toBeGreaterThan(0);
    for (const [original, shown] of source.shownIds) {
      expect(source.shownLayout.boxes.get(shown)).toMatchObject({ x: layout.boxes.get(original)?.x, y: layout.boxes.get(original)?.y });
    }
    const shownPersonIds = new Set(source.shownDoc.persons.map((p) => p.id));
    for (const id of source.shownLayout.boxes.keys()) expect(shownPersonIds.has(id)).toBe(true);
    expect(JSON.stringify(source.shownDoc)).not.toContain('Ellie');
  });
});
