import { describe, expect, it } from 'vitest';
import { relationTo, relationsToSubject } from '../../../src/core/kinship/relationTo';
import { Family, y } from './family';

const AS_AT = y(2022, 6, 1);

function caseFamily() {
  const f = new Family();
  const people: [string, 'female' | 'male' | 'nonbinary'][] = [
    ['child', 'female'], ['mum', 'female'], ['dad', 'male'], ['sister', 'female'], ['twin', 'male'], ['nb', 'nonbinary'],
    ['halfBrother', 'male'], ['exPartner', 'male'], ['stepdad', 'male'], ['stepdadEx', 'female'], ['stepsis', 'female'],
    ['dadPartner', 'female'], ['dadPartnerSon', 'male'], ['dadEx', 'female'], ['sisterHusband', 'male'], ['niece', 'female'],
    ['greatNephew', 'male'], ['halfNephew', 'male'], ['baby', 'female'], ['mgm', 'female'], ['mgf', 'male'],
    ['stepGrandad', 'male'], ['maunt', 'female'], ['mauntHusband', 'male'], ['cousin', 'male'], ['cousinKid', 'female'],
    ['pgm', 'female'], ['pgf', 'male'], ['puncle', 'male'], ['puncleWife', 'female'], ['pggm', 'female'],
    ['pgreatAunt', 'female'], ['gaChild', 'male'], ['secondCousin', 'female'], ['pgfEx', 'female'], ['halfAunt', 'female'],
    ['mggm', 'female'], ['mgggm', 'female'], ['mgreatAunt', 'female'], ['fosterCarer', 'female'], ['fosterPartner', 'male'],
    ['guardian', 'male'], ['stranger', 'male'], ['boyfriend', 'male'], ['boyfriendMum', 'female'], ['fosterSibling', 'male'],
  ];
  for (const [id, gender] of people) f.person(id, gender);
  f.child(['mum', 'dad'], 'child').child(['mum', 'dad'], 'sister').child(['mum', 'dad'], 'twin').child(['mum', 'dad'], 'nb')
    .child(['mum', 'exPartner'], 'halfBrother').child(['stepdad', 'stepdadEx'], 'stepsis').child(['dadPartner'], 'dadPartnerSon')
    .child(['sister', 'sisterHusband'], 'niece').child(['niece'], 'greatNephew').child(['halfBrother'], 'halfNephew')
    .child(['child', 'boyfriend'], 'baby').child(['mgm', 'mgf'], 'mum').child(['mgm', 'mgf'], 'maunt')
    .child(['maunt', 'mauntHusband'], 'cousin').child(['cousin'], 'cousinKid').child(['pgm', 'pgf'], 'dad')
    .child(['pgm', 'pgf'], 'puncle').child(['pggm'], 'pgf').child(['pggm'], 'pgreatAunt').child(['pgreatAunt'], 'gaChild')
    .child(['gaChild'], 'secondCousin').child(['pgf', 'pgfEx'], 'halfAunt').child(['mggm'], 'mgm').child(['mgggm'], 'mggm')
    .child(['mggm'], 'mgreatAunt').child(['boyfriendMum'], 'boyfriend')
    .child(['fosterCarer', 'fosterPartner'], 'child', 'foster', { from: y(2018), to: y(2020) })
    .child(['fosterCarer'], 'fosterSibling', 'foster')
    .child(['mgm'], 'child', 'kinship', { from: y(2020, 3) })
    .child(['guardian'], 'child', 'special-guardianship', { from: y(2021) });
  f.doc.multipleBirths.push({ id: 'tw', kind: 'fraternal', members: ['child', 'twin'] });
  f.partners('mum', 'dad', [{ type: 'married', date: y(2005) }, { type: 'separated', date: y(2012) }, { type: 'divorced', date: y(2014) }])
    .partners('mum', 'exPartner', [{ type: 'cohabiting', date: y(2001) }, { type: 'separated', date: y(2003) }])
    .partners('mum', 'stepdad', [{ type: 'married', date: y(2015) }])
    .partners('stepdad', 'stepdadEx', [{ type: 'married', date: y(2000) }, { type: 'divorced', date: y(2010) }])
    .partners('dad', 'dadPartner', [{ type: 'cohabiting', date: y(2016) }])
    .partners('dad', 'dadEx', [{ type: 'started', date: y(2014) }, { type: 'ended', date: y(2015) }], 'transitory')
    .partners('sister', 'sisterHusband', [{ type: 'married', date: y(2019) }])
    .partners('mgm', 'mgf', [{ type: 'married', date: y(1970) }, { type: 'widowed', date: y(2010) }])
    .partners('mgm', 'stepGrandad', [{ type: 'married', date: y(2012) }])
    .partners('pgf', 'pgfEx', [{ type: 'ended' }])
    .partners('maunt', 'mauntHusband', [{ type: 'married' }])
    .partners('puncle', 'puncleWife', [{ type: 'married' }])
    .partners('fosterCarer', 'fosterPartner', [{ type: 'married' }])
    .partners('child', 'boyfriend', [{ type: 'started', date: y(2021) }], 'transitory');
  return f.doc;
}

const EXPECTED: [string, string, string][] = [
  ['child', 'self', 'blood'],
  ['mum', 'mother', 'blood'],
  ['dad', 'father', 'blood'],
  ['sister', 'sister', 'blood'],
  ['twin', 'twin brother', 'blood'],
  ['nb', 'sibling', 'blood'],
  ['halfBrother', 'maternal half-brother', 'blood'],
  ['exPartner', "mother's former partner", 'partner'],
  ['stepdad', 'step-father', 'step'],
  ['stepdadEx', "step-father's former wife", 'step'],
  ['stepsis', 'step-sister', 'step'],
  ['dadPartner', "father's partner", 'partner'],
  ['dadPartnerSon', "father's partner's son", 'step'],
  ['dadEx', "father's former partner", 'partner'],
  ['sisterHusband', 'brother-in-law', 'in-law'],
  ['niece', 'niece', 'blood'],
  ['greatNephew', 'great-nephew', 'blood'],
  ['halfNephew', 'maternal half-nephew', 'blood'],
  ['baby', 'daughter', 'blood'],
  ['boyfriend', 'partner', 'partner'],
  ['boyfriendMum', "partner's mother", 'in-law'],
  ['mgm', 'maternal grandmother; kinship carer', 'blood'],
  ['mgf', 'maternal grandfather', 'blood'],
  ['stepGrandad', 'maternal step-grandfather', 'step'],
  ['maunt', 'maternal aunt', 'blood'],
  ['mauntHusband', "maternal aunt's husband", 'in-law'],
  ['cousin', 'maternal cousin', 'blood'],
  ['cousinKid', 'maternal cousin once removed', 'blood'],
  ['pgm', 'paternal grandmother', 'blood'],
  ['pgf', 'paternal grandfather', 'blood'],
  ['puncle', 'paternal uncle', 'blood'],
  ['puncleWife', "paternal uncle's wife", 'in-law'],
  ['pggm', 'paternal great-grandmother', 'blood'],
  ['pgreatAunt', 'paternal great-aunt', 'blood'],
  ['gaChild', 'paternal cousin once removed', 'blood'],
  ['secondCousin', 'paternal second cousin', 'blood'],
  ['pgfEx', "paternal grandfather's former partner", 'step'],
  ['halfAunt', 'paternal half-aunt', 'blood'],
  ['mggm', 'maternal great-grandmother', 'blood'],
  ['mgggm', 'maternal great-great-grandmother', 'blood'],
  ['mgreatAunt', 'maternal great-aunt', 'blood'],
  ['fosterCarer', 'former foster carer', 'care'],
  ['fosterPartner', 'former foster carer', 'care'],
  ['fosterSibling', "former foster carer's foster child", 'care'],
  ['guardian', 'special guardian', 'care'],
  ['stranger', 'no known relation', 'none'],
];

describe('relationsToSubject: a table of relations in one case family', () => {
  const doc = caseFamily();
  const relations = relationsToSubject(doc, 'child', AS_AT);
  it.each(EXPECTED)('%s is the subject\'s %s (%s)', (id, term, kind) => {
    const r = relations.get(id);
    expect(r?.term).toBe(term);
    expect(r?.kind).toBe(kind);
  });

  it('covers every person, with a path from the subject to each relative', () => {
    expect(relations.size).toBe(doc.persons.length);
    for (const [id, r] of relations) {
      if (r.kind === 'none') expect(r.path).toEqual([]);
      else {
        expect(r.path[0]).toBe('child');
        expect(r.path[r.path.length - 1]).toBe(id);
      }
    }
    expect(relations.get('secondCousin')?.path).toEqual(['child', 'dad', 'pgf', 'pggm', 'pgreatAunt', 'gaChild', 'secondCousin']);
  });
});

describe('relationTo: dates change partners and carers', () => {
  const doc = caseFamily();
  it('names a partner by the state of the couple at the date', () => {
    expect(relationTo(doc, 'child', 'stepdad', y(2014)).term).toBe("mother's later partner");
    expect(relationTo(doc, 'child', 'exPartner', y(2002)).term).toBe("mother's partner");
    expect(relationTo(doc, 'child', 'dad', y(2002)).term).toBe('father');
  });
  it('names carers by whether the placement had begun or ended', () => {
    expect(relationTo(doc, 'child', 'fosterCarer', y(2019)).term).toBe('foster carer');
    expect(relationTo(doc, 'child', 'fosterCarer', y(2017)).term).toBe('later foster carer');
    expect(relationTo(doc, 'child', 'guardian', y(2023)).term).toBe('special guardian');
  });
  it('uses the reference date of the document when none is given', () => {
    const dated = { ...doc, settings: { ...doc.settings, asAt: y(2014, 6) } };
    expect(relationTo(dated, 'child', 'stepdad').term).toBe("mother's later partner");
  });
});

describe('adoption', () => {
  const f = new Family()
    .person('kid', 'male').person('bm', 'female').person('bf', 'male').person('am', 'female').person('af', 'male')
    .person('brother', 'male').person('amMum', 'female').person('bmSister', 'female')
    .child(['bm', 'bf'], 'kid').child(['am', 'af'], 'kid', 'adoptive').child(['am', 'af'], 'brother')
    .child(['amMum'], 'am').child(['amMum'], 'bm').child(['amMum'], 'bmSister');
  it('says birth mother and adoptive mother, and names the adoptive family', () => {
    // amMum is also bm's mother: a birth line wins over an adoptive one.
    const r = relationsToSubject(f.doc, 'kid', y(2020));
    expect(r.get('bm')?.term).toBe('birth mother');
    expect(r.get('bf')?.term).toBe('birth father');
    expect(r.get('am')?.term).toBe('maternal aunt; adoptive mother');
    expect(r.get('af')?.term).toBe('adoptive father');
    expect(r.get('af')?.kind).toBe('care');
    expect(r.get('brother')?.term).toBe('maternal cousin');
    expect(r.get('amMum')?.term).toBe('maternal grandmother');
  });
  it('uses adoptive terms when there is no birth line', () => {
    const g = new Family().person('kid', 'female').person('am', 'female').person('amMum', 'female').person('amSon', 'male')
      .child(['am'], 'kid', 'adoptive').child(['amMum'], 'am').child(['am'], 'amSon');
    const r = relationsToSubject(g.doc, 'kid', y(2020));
    expect(r.get('am')?.term).toBe('adoptive mother');
    expect(r.get('amMum')?.term).toBe('adoptive maternal grandmother');
    expect(r.get('amSon')?.term).toBe('adoptive brother');
  });
});

describe('scale', () => {
  it('names 3,000 people in one linear pass', () => {
    // A wide family: 10 generations of couples with 3 children each, trimmed at 3,000.
    const f = new Family();
    let previous = ['r0'];
    f.person('r0', 'female');
    let n = 1;
    while (n < 3000) {
      const next: string[] = [];
      for (const parent of previous) {
        const spouse = `s${n++}`;
        f.person(spouse, 'male').partners(parent, spouse);
        for (let c = 0; c < 3 && n < 3000; c++) {
          const kid = `p${n++}`;
          f.person(kid, c % 2 ? 'male' : 'female').child([parent, spouse], kid);
          next.push(kid);
        }
        if (n >= 3000) break;
      }
      previous = next;
    }
    const subject = previous[previous.length - 1]!;
    const relations = relationsToSubject(f.doc, subject, y(2020));
    expect(relations.size).toBe(f.doc.persons.length);
    expect([...relations.values()].filter((r) => r.kind === 'none')).toEqual([]);
  });
});

describe('any document', () => {
  it('gives every person exactly one relation, a path that starts at the subject and follows real links', async () => {
    const fc = (await import('fast-check')).default;
    const { randomFamily } = await import('./randomFamily');
    fc.assert(
      fc.property(randomFamily, fc.integer({ min: 1990, max: 2030 }), (doc, year) => {
        const subject = doc.persons[0]!.id;
        const relations = relationsToSubject(doc, subject, { year });
        expect(relations.size).toBe(doc.persons.length);
        const linked = (a: string, b: string) =>
          doc.parentLinks.some((l) => (l.parent === a && l.child === b) || (l.parent === b && l.child === a)) ||
          doc.partnerships.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
        for (const [id, r] of relations) {
          expect(r.term.length).toBeGreaterThan(0);
          // No path: no connection, or a connection through a shared household only ("household member").
          if (r.path.length === 0) {
            expect(['none', 'role']).toContain(r.kind);
            continue;
          }
          expect(r.path[0]).toBe(subject);
          expect(r.path[r.path.length - 1]).toBe(id);
          for (let i = 1; i < r.path.length; i++) expect(linked(r.path[i - 1]!, r.path[i]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
