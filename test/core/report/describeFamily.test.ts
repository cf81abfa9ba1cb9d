import { describe, expect, it } from 'vitest';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { applyImportSuggestions, DEFAULT_SUGGESTION_CHOICE } from '../../../src/core/gedcom/applySuggestions';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import type { GenogramDocument } from '../../../src/core/model/types';
import { describeFamily, descriptionText, listAnd, numberWord, type SentenceKind } from '../../../src/core/report/describeFamily';
import { familyTable } from '../../../src/core/tables/composition';
import { Family, y } from '../kinship/family';
import { leakyFamily, leaks } from '../publication/leakyFamily';
import { readSharedFixture } from '../../support/sharedFixtures';

function kind(doc: GenogramDocument, k: SentenceKind, options: Parameters<typeof describeFamily>[1] = {}): string {
  return describeFamily(doc, options)
    .paragraphs.filter((p) => p.kind === k)
    .map((p) => p.text)
    .join('\n');
}

/** Mother, father (separated), two children; the mother's later partner and their baby; a maternal grandmother. */
function separatedFamily() {
  return new Family()
    .person('amy', 'female', { givenNames: 'Amy', familyName: 'Smith', subject: true, birth: y(2018, 5, 1) })
    .person('tom', 'male', { givenNames: 'Tom', familyName: 'Smith', birth: y(2015, 2, 3) })
    .person('jo', 'female', { givenNames: 'Jo', familyName: 'Smith', birth: y(1990, 1, 1) })
    .person('dan', 'male', { givenNames: 'Dan', familyName: 'Smith', birth: y(1988) })
    .person('rob', 'male', { givenNames: 'Rob', familyName: 'Jones', birth: y(1987) })
    .person('lily', 'female', { givenNames: 'Lily', familyName: 'Jones', birth: y(2023, 9, 1) })
    .person('nan', 'female', { givenNames: 'Mary', familyName: 'Brown', birth: y(1960) })
    .child(['jo', 'dan'], 'tom')
    .child(['jo', 'dan'], 'amy')
    .child(['jo', 'rob'], 'lily')
    .child(['nan'], 'jo')
    // Stored out of time order: the description sorts partnerships by their first dated event.
    .partners('jo', 'rob', [{ type: 'cohabiting', date: y(2022, 6) }])
    .partners('jo', 'dan', [{ type: 'married', date: y(2013, 7, 20) }, { type: 'separated', date: y(2021, 3) }, { type: 'divorced', date: y(2022) }])
    .household('home', [{ person: 'amy' }, { person: 'tom' }, { person: 'jo' }, { person: 'rob', from: y(2022, 6) }, { person: 'lily' }, { person: 'dan', visiting: true, from: y(2021, 3) }], {
      label: "Jo's household",
    });
}

describe('describeFamily: one hand-made family for each kind of sentence', () => {
  it('overview: people over generations at the date, pregnancies apart, people born after the date left out', () => {
    const f = separatedFamily().person('bump', 'unknown', { pregnancy: { outcome: 'ongoing' } }).person('loss', 'unknown', { pregnancy: { outcome: 'miscarriage' }, birth: y(2020) });
    f.child(['jo', 'rob'], 'bump').child(['jo', 'dan'], 'loss');
    f.doc.settings.asAt = y(2024, 3, 1);
    expect(kind(f.doc, 'overview')).toBe('The genogram shows the family as at 1 Mar 2024: seven people over three generations, and one pregnancy and one pregnancy loss.');
    // Before Lily was born she is not in the figure, nor in the text.
    expect(kind(f.doc, 'overview', { asAt: y(2023, 1, 1) })).toBe('The genogram shows the family as at 1 Jan 2023: six people over three generations, and one pregnancy and one pregnancy loss.');
  });

  it('subject: name, age and date of birth; no subject marked is said', () => {
    const f = separatedFamily();
    f.doc.settings.asAt = y(2024, 3, 1);
    expect(kind(f.doc, 'subject')).toBe('The subject child is Amy Smith (aged 5, born 1 May 2018).');
    f.doc.persons[0]!.subject = false;
    expect(kind(f.doc, 'overview')).toMatch(/No subject child is marked\.$/);
    expect(describeFamily(f.doc).alt).toMatch(/^Genogram of a family as at 1 Mar 2024: seven people over three generations\. No subject child is marked\.$/);
  });

  it('household: who the child lives with at the date, and who visits', () => {
    const f = separatedFamily();
    f.doc.settings.asAt = y(2024, 3, 1);
    expect(kind(f.doc, 'household')).toBe(
      "As at 1 Mar 2024, Amy lives with her brother Tom Smith, her mother Jo Smith, her mother's partner Rob Jones and her maternal half-sister Lily Jones (Jo's household). Her father Dan Smith visits the household.",
    );
    // Before Rob moved in.
    expect(kind(f.doc, 'household', { asAt: y(2020, 1, 1) })).toBe("As at 1 Jan 2020, Amy lives with her brother Tom Smith and her mother Jo Smith (Jo's household).");
    const alone = new Family().person('kid', 'male', { givenNames: 'Sam', subject: true, birth: y(2019) }).doc;
    expect(kind(alone, 'household', { asAt: y(2024) })).toBe('No household is recorded for Sam as at 2024.');
  });

  it('parent: each parent with their partnerships in time order and the children of each', () => {
    const f = separatedFamily();
    f.doc.settings.asAt = y(2024, 3, 1);
    const text = kind(f.doc, 'parent');
    expect(text.split('\n')).toEqual([
      "Amy's mother, Jo Smith (aged 34), has had two partnerships: with Dan Smith (Amy's father), married on 20 Jul 2013, separated in Mar 2021, divorced in 2022, with two children, Tom Smith and Amy Smith; and then with Rob Jones (Amy's mother's partner), living together from Jun 2022, with one child, Lily Jones.",
      "Amy's father, Dan Smith (aged 35), has had one partnership: with Jo Smith (Amy's mother), married on 20 Jul 2013, separated in Mar 2021, divorced in 2022, with two children, Tom Smith and Amy Smith.",
    ]);
    // At an earlier date, the later partnership and the divorce have not happened.
    expect(kind(f.doc, 'parent', { asAt: y(2021, 6, 1) }).split('\n')[0]).toBe(
      "Amy's mother, Jo Smith (aged 31), has had one partnership: with Dan Smith (Amy's father), married on 20 Jul 2013, separated in Mar 2021, with two children, Tom Smith and Amy Smith.",
    );
  });

  it('parent: an unknown father, a lone parent with a child of no other known parent, and no birth parent at all', () => {
    const f = new Family()
      .person('kid', 'female', { givenNames: 'Ava', subject: true, birth: y(2020) })
      .person('mum', 'female', { givenNames: 'Kim', birth: y(2000) })
      .person('dad', 'male', { placeholder: true, givenNames: undefined })
      .person('baby', 'male', { givenNames: 'Leo', birth: y(2023) })
      .child(['mum', 'dad'], 'kid')
      .child(['mum'], 'baby');
    f.doc.settings.asAt = y(2024);
    expect(kind(f.doc, 'parent').split('\n')).toEqual([
      "Ava's mother, Kim (aged 24), has no partnership recorded; she has one child (Ava) with an unknown parent and one child (Leo) with no other parent recorded.",
      "Ava's father is not known.",
    ]);
    const orphan = new Family().person('kid', 'male', { givenNames: 'Sam', subject: true, birth: y(2019) }).doc;
    expect(kind(orphan, 'parent', { asAt: y(2024) })).toBe('No birth parent of Sam is recorded.');
  });

  it('siblings: full and half-siblings with their sides, oldest first; none is said', () => {
    const f = separatedFamily()
      .person('pat', 'male', { givenNames: 'Pat', birth: y(2010) })
      .person('ex', 'female', { givenNames: 'Eve', birth: y(1985) })
      .child(['dan', 'ex'], 'pat');
    f.doc.settings.asAt = y(2024, 3, 1);
    expect(kind(f.doc, 'siblings')).toBe('Amy has three siblings: Pat (paternal half-brother, aged 13), Tom Smith (brother, aged 9) and Lily Jones (maternal half-sister, aged 6 months).');
    const only = new Family().person('kid', 'male', { givenNames: 'Sam', subject: true, birth: y(2019) }).doc;
    expect(kind(only, 'siblings', { asAt: y(2024) })).toBe('Sam has no siblings recorded.');
  });

  it('carers: the current foster carer and where the child lives, an ended kinship placement', () => {
    const f = new Family()
      .person('kid', 'male', { givenNames: 'Noah', subject: true, birth: y(2016, 4, 4) })
      .person('mum', 'female', { givenNames: 'Gail', birth: y(1995) })
      .person('aunt', 'female', { givenNames: 'Rose', birth: y(1990) })
      .person('fc', 'female', { givenNames: 'Helen', familyName: 'Price', birth: y(1970) })
      .person('gran', 'female', { givenNames: 'Iris', birth: y(1970) })
      .child(['gran'], 'mum')
      .child(['gran'], 'aunt')
      .child(['mum'], 'kid')
      .child(['aunt'], 'kid', 'kinship', { from: y(2020, 1), to: y(2022, 5) })
      .child(['fc'], 'kid', 'foster', { from: y(2022, 5) })
      .household('fh', [{ person: 'fc' }, { person: 'kid', from: y(2022, 5) }], { label: "Helen's home" });
    f.doc.settings.asAt = y(2024, 1, 1);
    expect(kind(f.doc, 'carers')).toBe(
      "Rose was Noah's kinship carer from Jan 2020 until May 2022. Helen Price is Noah's foster carer (from May 2022). Noah lives in Helen's home.",
    );
    expect(kind(f.doc, 'carers', { publication: true })).toBe('Maternal aunt was Child A\'s kinship carer from 2020 until 2022. Child A has a foster carer, Foster carer (from 2022). Child A lives in Household 1.');
  });

  it('deaths: who died, when and at what age, with their relation', () => {
    const f = separatedFamily().person('gramps', 'male', { givenNames: 'Bert', familyName: 'Brown', birth: y(1955, 1, 1), death: y(2019, 8, 2) }).child(['gramps'], 'jo');
    f.doc.settings.asAt = y(2024, 3, 1);
    expect(kind(f.doc, 'deaths')).toBe("Bert Brown, Amy's maternal grandfather, died on 2 Aug 2019 aged 64.");
    expect(kind(f.doc, 'deaths', { publication: true })).toBe('Maternal grandfather died in 2019 aged 64.');
    // Distant relatives are counted, not named: a great-great-grandfather.
    const far = separatedFamily()
      .person('gg', 'male', { givenNames: 'Old', birth: y(1900), death: y(1970) })
      .person('g', 'male', { givenNames: 'Gus', birth: y(1930), death: y(2000) })
      .child(['gg'], 'g')
      .child(['g'], 'nan');
    expect(kind(far.doc, 'deaths', { asAt: y(2024, 3, 1) })).toBe("Gus, Amy's maternal great-grandfather, died in 2000 aged 70. The figure also shows one more distant relative who has died.");
    // Not yet dead at an earlier date.
    expect(kind(f.doc, 'deaths', { asAt: y(2019, 1, 1) })).toBe('');
  });

  it('unknowns: unknown people, and ethnicity or disability not recorded or not entered for the child and parents', () => {
    const f = new Family()
      .person('kid', 'female', { givenNames: 'Ava', subject: true, birth: y(2020), ethnicity: { status: 'recorded', text: 'White British' }, disability: { status: 'no' } })
      .person('mum', 'female', { givenNames: 'Kim', birth: y(2000), ethnicity: { status: 'not-recorded' }, disability: { status: 'no' } })
      .person('dad', 'male', { givenNames: 'Lee', birth: y(1999) })
      .person('gf', 'male', { placeholder: true, givenNames: undefined })
      .child(['mum', 'dad'], 'kid')
      .child(['gf'], 'dad');
    f.doc.settings.asAt = y(2024);
    expect(kind(f.doc, 'unknowns')).toBe("Ava's paternal grandfather is not known. Ethnicity is not recorded for Kim. Ethnicity is not entered for Lee. Disability is not entered for Lee.");
  });
});

describe('describeFamily: alternative text and publication', () => {
  it('the example family, read against its figure', () => {
    const d = describeFamily(exampleFamily());
    expect(d.alt).toBe("Genogram of Ellie Carter's family as at 12 Mar 2025: ten people over three generations. Ellie lives with her mother, brother, mother's partner and maternal half-sister.");
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['overview', 'subject', 'household', 'parent', 'parent', 'siblings', 'deaths', 'unknowns']);
    expect(descriptionText(d)).toContain("Brenda Carter, Ellie's paternal grandmother, died in Jan 2019 aged about 60.");
    expect(descriptionText(d)).toContain("Ellie's paternal grandfather is not known. Disability is not recorded for Jason Carter.");
  });

  it('published: role labels only, years only, no name, address or exact date', () => {
    const doc = leakyFamily();
    const text = descriptionText(describeFamily(doc, { publication: true }));
    expect(leaks(text)).toEqual([]);
    for (const p of doc.persons) for (const name of [p.givenNames, p.familyName]) if (name && name.length > 2) expect(text).not.toContain(name);
    expect(text).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    expect(text).toContain('As at Jan 2021, Child A lives with Mother, Mother\'s partner 1, Maternal half-sibling 1 and Lodger (Household 1).');
    // The recorded description names them, so the test can fail.
    expect(leaks(descriptionText(describeFamily(doc))).length).toBeGreaterThan(0);
  });

  it('the alternative text stays short: two sentences', () => {
    for (const doc of [exampleFamily(), leakyFamily(), separatedFamily().doc]) {
      const { alt } = describeFamily(doc, { asAt: y(2024, 3, 1) });
      expect(alt.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
      expect(alt.length).toBeLessThan(300);
    }
  });

  it('words and lists', () => {
    expect([0, 1, 12, 13].map(numberWord)).toEqual(['no', 'one', 'twelve', '13']);
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listAnd)).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});

describe('describeFamily on the shared GEDCOM fixtures', () => {
  for (const name of ['family2.ged', 'kennedy.ged', 'royal92.ged', 'maximal70.ged']) {
    it(`${name}: every person of the figure counted, the text free of markup and empty parts`, () => {
      const result = importGedcom(readSharedFixture(name));
      if (!result.ok) throw new Error(result.errors[0]!.message);
      const doc = applyImportSuggestions(result.document, result.suggestions, DEFAULT_SUGGESTION_CHOICE);
      // A subject: the youngest person with two parents, as an author might mark.
      const child = [...doc.persons].filter((p) => p.birth && doc.parentLinks.filter((l) => l.child === p.id).length === 2).sort((a, b) => b.birth!.year - a.birth!.year)[0];
      const asAt = { year: 2000, month: 1, day: 1 };
      for (const publication of [false, true]) {
        const d = describeFamily(doc, { asAt, publication, ...(child ? { subject: child.id } : {}) });
        const people = familyTable(doc, { asAt, publication, ...(child ? { subject: child.id } : {}) }).rows.length;
        expect(d.paragraphs[0]!.text).toContain(`: ${people === 1 ? 'one person' : `${numberWord(people)} people`} over `);
        const text = descriptionText(d);
        expect(text).not.toMatch(/undefined|NaN|\(\)|\s,| {2}|\.\./);
        if (child) expect(d.paragraphs.map((p) => p.kind)).toContain('parent');
      }
    });
  }
});

describe('describeFamily on any document', () => {
  it('never throws, writes no empty parts, and in publication mode names no one', async () => {
    const fc = (await import('fast-check')).default;
    const { randomFamily } = await import('../kinship/randomFamily');
    fc.assert(
      fc.property(randomFamily, fc.integer({ min: 1960, max: 2030 }), (doc, year) => {
        const named = { ...doc, persons: doc.persons.map((p, i) => ({ ...p, givenNames: `Secretname${i}q`, familyName: 'Zyxwvut' })) };
        for (const publication of [false, true]) {
          const d = describeFamily(named, { asAt: { year, month: 6, day: 15 }, publication });
          const text = descriptionText(d);
          expect(text).not.toMatch(/undefined|NaN|\bnull\b|\(\)|\s[,.]| {2}|\.\.|,,/);
          expect(d.paragraphs[0]!.kind).toBe('overview');
          expect(d.alt.length).toBeGreaterThan(20);
          if (publication) expect(text).not.toMatch(/Secretname|Zyxwvut|15 Jun/);
        }
      }),
      { numRuns: 120 },
    );
  });
});
