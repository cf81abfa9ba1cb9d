import { describe, expect, it } from 'vitest';
import { relationsToSubject } from '../../../src/core/kinship/relationTo';
import { Family, y } from './family';
import { REVIEW_AS_AT, REVIEW_TERMS, reviewFamily } from './reviewFamily';

describe('relationship to the subject: the terms a social worker would write', () => {
  const doc = reviewFamily();
  const relations = relationsToSubject(doc, 'amy', REVIEW_AS_AT);

  it(`covers at least 80 people, each path a review meets`, () => {
    expect(REVIEW_TERMS.length).toBeGreaterThanOrEqual(80);
    expect(relations.size).toBe(doc.persons.length);
  });

  it.each(REVIEW_TERMS.map(([id, , term, kind]) => [id, term, kind]))('%s: %s (%s)', (id, term, kind) => {
    expect(relations.get(id)).toMatchObject({ term, kind });
  });

  it('every path runs from the subject through real links; only people named by a role alone have none', () => {
    const linked = (a: string, b: string) =>
      doc.parentLinks.some((l) => (l.parent === a && l.child === b) || (l.parent === b && l.child === a)) ||
      doc.partnerships.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a)) ||
      doc.persons.some((p) => (p.id === a && p.significantOther?.of === b) || (p.id === b && p.significantOther?.of === a));
    for (const [id, r] of relations) {
      if (r.path.length === 0) {
        expect(['none', 'role'], id).toContain(r.kind);
        continue;
      }
      expect(r.path[0]).toBe('amy');
      expect(r.path.at(-1)).toBe(id);
      for (let i = 1; i < r.path.length; i++) expect(linked(r.path[i - 1]!, r.path[i]!), `${id}: ${r.path.join(' > ')}`).toBe(true);
    }
    expect(relations.get('mgreatAuntHusband')!.path).toEqual(['amy', 'mum', 'mgm', 'mggm', 'mgreatAunt', 'mgreatAuntHusband']);
  });
});

describe('"ex-" in place of "former", when the document asks for it', () => {
  const doc = reviewFamily();
  const ex = { ...doc, settings: { ...doc.settings, endedPartnerWord: 'ex' as const } };
  const relations = relationsToSubject(ex, 'amy', REVIEW_AS_AT);

  it('names ended partnerships "ex-" and leaves every other term, former carers included, as it was', () => {
    expect(relations.get('mumExHusband')!.term).toBe("mother's ex-husband");
    expect(relations.get('exP1')!.term).toBe("mother's ex-partner");
    expect(relations.get('stepdadEx')!.term).toBe("step-father's ex-wife");
    expect(relations.get('muncleEx')!.term).toBe("maternal uncle's ex-partner");
    expect(relations.get('fc')!.term).toBe('former foster carer');
    const changed = REVIEW_TERMS.filter(([id, , term]) => relations.get(id)!.term !== term);
    expect(changed.map(([id]) => id)).toEqual(['exP1', 'mumExHusband', 'stepdadEx', 'dadFling', 'dadEx', 'pgfEx', 'muncleEx']);
    for (const [id, , term, kind] of changed) {
      expect(relations.get(id)).toMatchObject({ term: term.replace(/former (husband|wife|partner)/, 'ex-$1'), kind });
    }
  });
});

describe('relationship to a married subject: in-laws, step-children and descendants', () => {
  const f = new Family();
  const people: [string, 'female' | 'male'][] = [
    ['me', 'female'], ['husband', 'male'], ['hMum', 'female'], ['hDad', 'male'], ['hBrother', 'male'], ['hSister', 'female'],
    ['hSisterHusband', 'male'], ['hSon', 'male'], ['son', 'male'], ['sonWife', 'female'], ['daughter', 'female'], ['daughterHusband', 'male'],
    ['grandson', 'male'], ['greatGranddaughter', 'female'], ['sister', 'female'], ['sisterHusband', 'male'], ['exHusband', 'male'],
    ['latePartner', 'male'], ['myMum', 'female'], ['cp', 'female'],
  ];
  for (const [id, g] of people) f.person(id, g);
  f.doc.persons.find((p) => p.id === 'latePartner')!.death = y(1999);
  f.child(['hMum', 'hDad'], 'husband').child(['hMum', 'hDad'], 'hBrother').child(['hMum', 'hDad'], 'hSister').child(['husband'], 'hSon')
    .child(['me', 'exHusband'], 'son').child(['me', 'exHusband'], 'daughter').child(['son', 'sonWife'], 'grandson').child(['grandson'], 'greatGranddaughter')
    .child(['myMum'], 'me').child(['myMum'], 'sister')
    .partners('me', 'latePartner', [{ type: 'cohabiting', date: y(1995) }])
    .partners('me', 'exHusband', [{ type: 'married', date: y(2000) }, { type: 'divorced', date: y(2010) }])
    .partners('me', 'husband', [{ type: 'married', date: y(2012) }])
    .partners('hSister', 'hSisterHusband').partners('son', 'sonWife').partners('daughter', 'daughterHusband').partners('sister', 'sisterHusband')
    .partners('myMum', 'cp', [{ type: 'civil-partnership', date: y(2015) }]);
  const r = relationsToSubject(f.doc, 'me', y(2023));
  it.each([
    ['husband', 'husband', 'partner'], ['hMum', 'mother-in-law', 'in-law'], ['hDad', 'father-in-law', 'in-law'],
    ['hBrother', 'brother-in-law', 'in-law'], ['hSister', 'sister-in-law', 'in-law'], ['hSisterHusband', "sister-in-law's husband", 'in-law'],
    ['hSon', 'step-son', 'step'], ['son', 'son', 'blood'], ['sonWife', 'daughter-in-law', 'in-law'], ['daughterHusband', 'son-in-law', 'in-law'],
    ['grandson', 'grandson', 'blood'], ['greatGranddaughter', 'great-granddaughter', 'blood'], ['sisterHusband', 'brother-in-law', 'in-law'],
    ['exHusband', 'former husband', 'partner'], ['latePartner', 'late partner', 'partner'], ['cp', 'step-mother', 'step'],
  ])('%s: %s (%s)', (id, term, kind) => {
    expect(r.get(id)).toMatchObject({ term, kind });
  });
});
