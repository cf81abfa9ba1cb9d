import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { sceneToSvg } from '../../../src/core/export/svg';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { anonymise, anonymiseWithIdMap } from '../../../src/core/publication/anonymise';
import { relabelLayout } from '../../../src/core/publication/relabelLayout';
import { leakyFamily, leaks } from './leakyFamily';

describe('anonymise', () => {
  const doc = leakyFamily();
  const before = JSON.stringify(doc);
  const anon = anonymise(doc);

  it('leaves no name, address, note or sensitive text in the JSON', () => {
    expect(leaks(JSON.stringify(anon))).toEqual([]);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('leaves none in the SVG of the figure drawn from the copy', async () => {
    const { doc: published, personIds } = anonymiseWithIdMap(doc, { replaceIds: true });
    const layout = relabelLayout(await layoutDocument(doc), personIds);
    expect(layout.boxes.size).toBe(doc.persons.length);
    const svg = sceneToSvg(buildScene(published, layout, { asAt: doc.settings.asAt!, legend: true, title: published.settings.title }));
    for (const label of ['Child A', 'Mother', 'Father', 'Household 1']) expect(svg).toContain(label);
    expect(leaks(svg)).toEqual([]);
  });

  it('labels people by role, and keeps the label an author set', () => {
    expect(anon.persons.map((p) => p.label)).toEqual([
      'Child A', 'Mother', 'Father', "Mother's partner 1", 'Maternal half-sibling 1', 'Lodger', 'Grandma (kinship carer)',
    ]);
  });

  it('keeps years only, drops health, ethnicity, disability text and free badges', () => {
    const child = anon.persons[0]!;
    expect(child.birth).toEqual({ year: 2012 });
    expect(child.ethnicity).toBeUndefined();
    expect(child.disability).toEqual({ status: 'yes' });
    expect(child.conditions).toBeUndefined();
    expect(child.badges).toEqual(['CPP']);
    expect(anon.partnerships[0]!.events).toEqual([{ type: 'married', date: { year: 2010 } }, { type: 'separated', date: { year: 2014 } }]);
    expect(anon.households[0]!.members[2]).toEqual({ person: 'p_partner', from: { year: 2014 } });
    expect(anon.settings.asAt).toEqual({ year: 2021 });
  });

  it('replaces household labels that mention an address or number, and the title and caption', () => {
    expect(anon.households.map((h) => h.label)).toEqual(['Household 1', "Grandmother's home"]);
    expect(anon.households[0]!.address).toBeUndefined();
    expect(anon.households[0]!.emphasised).toBe(true);
    expect(anon.settings.title).toBe('Genogram');
    expect(anon.settings.caption).toBeUndefined();
    const kept = anonymise(doc, { keepTitle: true, keepCaption: true });
    expect(kept.settings.title).toBe(doc.settings.title);
    expect(kept.settings.caption).toBe(doc.settings.caption);
  });

  it('replaces ids that carry a name, and every id when asked', () => {
    expect(anon.persons[0]!.id).toMatch(/^p_anon\d+$/);
    expect(anon.persons[1]!.id).toBe('p_mum');
    expect(anon.parentLinks[0]!.child).toBe(anon.persons[0]!.id);
    const opaque = anonymise(doc, { replaceIds: true });
    expect(opaque.persons.every((p) => /^p_anon\d+$/.test(p.id))).toBe(true);
    expect(new Set(opaque.persons.map((p) => p.id)).size).toBe(doc.persons.length);
    expect(opaque.households[0]!.members.map((m) => m.person).every((id) => opaque.persons.some((p) => p.id === id))).toBe(true);
  });

  it('keeps ethnicity only when asked', () => {
    expect(anonymise(doc, { keepEthnicity: true }).persons[0]!.ethnicity).toEqual({ status: 'recorded', text: 'Frobishian heritage' });
  });

  it('drops fields it does not know', () => {
    expect(Object.keys(anon)).not.toContain('nhsNumber');
    expect(Object.keys(anon.persons[0]!)).not.toContain('schoolNote');
    const odd = leakyFamily();
    (odd.settings.notation as unknown as Record<string, unknown>).legendNote = 'Oakhanger';
    odd.settings.notation.showAges = false;
    const cleaned = anonymise(odd);
    expect(leaks(JSON.stringify(cleaned))).toEqual([]);
    expect(cleaned.settings.notation.showAges).toBe(false);
  });
});

describe('anonymise on any document', () => {
  it('keeps the structure, and no given name survives', async () => {
    const fc = (await import('fast-check')).default;
    const { randomFamily } = await import('../kinship/randomFamily');
    fc.assert(
      fc.property(randomFamily, (doc) => {
        const named = { ...doc, persons: doc.persons.map((p, i) => ({ ...p, givenNames: `Secretname${i}q`, notes: `Hidden note ${i}zz` })) };
        const anon = anonymise(named, { replaceIds: true });
        const text = JSON.stringify(anon);
        expect(text).not.toMatch(/Secretname|zz"/);
        expect(anon.persons).toHaveLength(doc.persons.length);
        expect(anon.parentLinks).toHaveLength(doc.parentLinks.length);
        expect(anon.partnerships).toHaveLength(doc.partnerships.length);
        expect(new Set(anon.persons.map((p) => p.label)).size).toBe(doc.persons.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('anonymise and significant others', () => {
  it('keeps the role and the visit, drops the role in the author\'s own words', () => {
    const published = anonymise(leakyFamily(), { replaceIds: true });
    const lodger = published.persons[5]!;
    expect(lodger.significantOther).toEqual({ role: 'lodger' });
    const home = published.households[0]!;
    expect(home.members.filter((m) => m.visiting)).toHaveLength(1);
    expect(JSON.stringify(published)).not.toContain('Snodsbury');
  });
});
