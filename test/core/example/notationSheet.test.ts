import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { notationSheet } from '../../../src/core/example/notationSheet';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { partnershipStateAt } from '../../../src/core/model/partnershipState';

const doc = notationSheet();
const scene = buildScene(doc, await layoutDocument(doc), { asAt: doc.settings.asAt! });

describe('notationSheet', () => {
  const used = new Set(scene.legend.map((e) => e.key));

  it('refers only to persons it holds', () => {
    const ids = new Set(doc.persons.map((p) => p.id));
    expect(ids.size).toBe(doc.persons.length);
    for (const x of doc.partnerships) expect([ids.has(x.a), ids.has(x.b)]).toEqual([true, true]);
    for (const l of doc.parentLinks) expect([ids.has(l.parent), ids.has(l.child)]).toEqual([true, true]);
    for (const r of doc.relationships) expect([ids.has(r.from), ids.has(r.to)]).toEqual([true, true]);
    for (const h of doc.households) for (const m of h.members) expect(ids.has(m.person)).toBe(true);
    for (const mb of doc.multipleBirths) for (const m of mb.members) expect(ids.has(m)).toBe(true);
  });

  it('uses every symbol, line, shading and badge of the house notation', () => {
    const every = [
      'male', 'female', 'nonbinary', 'unknown-sex', 'subject', 'deceased', 'placeholder', 'age', 'years',
      'pregnancy', 'miscarriage', 'termination', 'stillbirth',
      'shade-mental', 'shade-substance', 'shade-suspected', 'shade-recovery', 'shade-both',
      'badge:D', 'badge:LD', 'badge:CPP', 'badge:LAC',
      'line-married', 'line-cohabiting', 'line-transitory', 'line-partnership', 'separated', 'divorced', 'consanguinity',
      'child-birth', 'child-adopted', 'child-foster', 'child-kinship', 'child-sgo', 'twins-fraternal', 'twins-identical',
      'rel-close', 'rel-distant', 'rel-conflict', 'rel-cut-off', 'rel-abuse',
      'household', 'household-emphasised',
    ];
    expect(every.filter((k) => !used.has(k))).toEqual([]);
    // A free badge beyond the known ones.
    expect([...used].some((k) => k.startsWith('badge:') && !['badge:D', 'badge:LD', 'badge:CPP', 'badge:LAC', 'badge:CIN'].includes(k))).toBe(true);
  });

  it('shows the other cases: a stepped line, a one-parent child, a second line, a sex-at-birth note, dated labels', () => {
    expect(scene.groups.some((g) => g.kind === 'partnership' && g.tags.includes('stepped'))).toBe(true);
    expect(scene.groups.some((g) => g.kind === 'children' && g.personIds.length === 2 && g.tags.includes('birth'))).toBe(true);
    const marks = new Set(scene.groups.flatMap((g) => g.items.map((i) => i.mark)));
    for (const m of ['second-line', 'sex-at-birth', 'partnership-label', 'expected-date', 'link-label', 'abuse-label', 'household-label']) expect(marks).toContain(m);
    const states = doc.partnerships.map((x) => partnershipStateAt(x, doc.settings.asAt!));
    expect(states.some((s) => s.labels.length >= 2)).toBe(true);
  });

  it('returns a fresh copy each time', () => {
    const a = notationSheet();
    a.persons[0]!.givenNames = 'changed';
    expect(notationSheet().persons[0]!.givenNames).not.toBe('changed');
  });
});
