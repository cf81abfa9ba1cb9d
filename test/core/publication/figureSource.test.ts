import { describe, expect, it } from 'vitest';
import { figureSource } from '../../../src/core/publication/figureSource';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { anonymise } from '../../../src/core/publication/anonymise';

const exampleLayout = await layoutDocument(exampleFamily());

describe('figureSource', () => {
  const doc = exampleFamily();
  const layout = exampleLayout;
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

describe('figureSource ages', () => {
  it('shows the same ages in publication mode as in the recorded figure', () => {
    const doc = exampleFamily();
    const asAt = doc.settings.asAt!;
    const layout = exampleLayout;
    const agesOf = (publication: boolean) => {
      const source = figureSource(doc, layout, publication, asAt);
      const scene = buildScene(source.shownDoc, source.shownLayout, { asAt });
      return scene.groups
        .filter((g) => g.kind === 'person')
        .map((g) => g.items.find((i) => i.type === 'text' && i.mark === 'age'))
        .map((t) => (t && t.type === 'text' ? t.text : '-'));
    };
    expect(agesOf(true)).toEqual(agesOf(false));
  });

  it('keeps exact dates out of the anonymised data, which has years only', () => {
    const published = anonymise(exampleFamily());
    for (const p of published.persons) if (p.birth) expect(Object.keys(p.birth).filter((k) => k === 'month' || k === 'day')).toEqual([]);
  });
});

describe('figureSource: the key and people outside the family', () => {
  const doc = exampleFamily();
  const layout = exampleLayout;
  const asAt = { year: 2025, month: 3, day: 12 };

  it('the key gives the full date on the recorded figure, month and year on the published one', () => {
    expect(figureSource(doc, layout, false, asAt).asAtLabel).toBe('12 Mar 2025');
    const published = figureSource(doc, layout, true, asAt);
    expect(published.asAtLabel).toBe('Mar 2025');
    const scene = buildScene(published.shownDoc, published.shownLayout, { asAt, asAtLabel: published.asAtLabel, legend: true });
    const texts = scene.groups.flatMap((g) => g.items).filter((i) => i.type === 'text').map((i) => (i.type === 'text' ? i.text : ''));
    expect(texts).toContain('Key (as at Mar 2025)');
    expect(texts.join(' ')).not.toContain('12 Mar 2025');
  });

  it('a person outside the family carries their role as the second line, unless the author wrote one', async () => {
    const mum = 'p_leanne';
    const withOthers = {
      ...doc,
      persons: [
        ...doc.persons,
        { id: 'p_visitor', gender: 'male' as const, givenNames: 'Rob', significantOther: { role: 'partner' as const, of: mum } },
        { id: 'p_lodger', gender: 'male' as const, givenNames: 'Sam', secondLine: 'Own words', significantOther: { role: 'lodger' as const } },
      ],
      households: doc.households.map((h) => (h.id === 'h_leanne' ? { ...h, members: [...h.members, { person: 'p_visitor', visiting: true }] } : h)),
    };
    const shown = figureSource(withOthers, await layoutDocument(withOthers), false, asAt).shownDoc;
    expect(shown.persons.find((p) => p.id === 'p_visitor')!.secondLine).toBe("Mother's partner (visiting)");
    expect(shown.persons.find((p) => p.id === 'p_lodger')!.secondLine).toBe('Own words');
    expect(withOthers.persons.find((p) => p.id === 'p_visitor')!.secondLine).toBeUndefined();
  });
});

describe('figureSource: a published review family', async () => {
  // The relationship table's family: every path a review meets, so every kind of role label.
  const { reviewFamily, REVIEW_AS_AT } = await import('../kinship/reviewFamily');
  const doc = reviewFamily();
  // A baby of nine months and a niece of four weeks at the date.
  Object.assign(doc.persons.find((p) => p.id === 'baby')!, { birth: { year: 2022, month: 9, day: 1 } });
  Object.assign(doc.persons.find((p) => p.id === 'niece')!, { birth: { year: 2023, month: 5, day: 1 } });
  const source = figureSource(doc, await layoutDocument(doc), true, REVIEW_AS_AT);
  const scene = buildScene(source.shownDoc, source.shownLayout, { asAt: REVIEW_AS_AT, asAtLabel: source.asAtLabel });
  const texts = scene.groups.filter((g) => g.kind === 'person').map((g) => g.items.flatMap((i) => (i.type === 'text' ? [{ mark: i.mark, text: i.text }] : [])));
  /** The texts of the person whose label, as drawn, is `label`. */
  const person = (label: string) => texts.find((t) => t.filter((x) => x.mark === 'name').map((x) => x.text).join(' ') === label) ?? [];

  it('writes every role label whole, wrapping long words after a hyphen, never cutting one', () => {
    const names = texts.map((t) => t.filter((x) => x.mark === 'name').map((x) => x.text));
    expect(names.length).toBe(doc.persons.length);
    expect(names.filter((lines) => lines.some((l) => l.includes('…')))).toEqual([]);
    expect(names).toContainEqual(['Maternal', 'great-', 'grandmother']);
    expect(names).toContainEqual(['Maternal', 'great-great-', 'grandmother']);
    expect(names).toContainEqual(['Paternal step-', 'grandmother']);
  });

  it('gives ages under two in months, and under three months in weeks, as the recorded figure does', () => {
    expect(person('Daughter').find((t) => t.mark === 'age')?.text).toBe('9m');
    expect(person('Niece').find((t) => t.mark === 'age')?.text).toBe('4w');
  });
});
