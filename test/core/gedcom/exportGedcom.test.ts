import { describe, expect, it } from 'vitest';
import { exportGedcom } from '../../../src/core/gedcom/exportGedcom';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { tokenizeGedcom } from '../../../src/core/gedcom/tokenize';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { DEFAULT_NOTATION, type GenogramDocument, type Person } from '../../../src/core/model/types';
import { readSharedFixture } from '../../support/sharedFixtures';

function reimport(doc: GenogramDocument): GenogramDocument {
  const result = importGedcom(exportGedcom(doc));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

/** Persons, partnerships and links by person position, so differing ids compare equal. */
function essence(doc: GenogramDocument) {
  const at = new Map(doc.persons.map((p, i) => [p.id, i]));
  const person = (p: Person) => ({
    given: p.givenNames ?? '',
    family: p.familyName ?? '',
    gender: p.gender,
    birth: p.birth,
    death: p.death,
    deceased: Boolean(p.deceased || p.death),
    notes: p.notes,
  });
  return {
    persons: doc.persons.map(person),
    partnerships: doc.partnerships.map((u) => ({ a: at.get(u.a), b: at.get(u.b), kind: u.kind, events: u.events, notes: u.notes })),
    links: doc.parentLinks
      .map((l) => `${at.get(l.parent)}>${at.get(l.child)}:${l.kind}${l.kind === 'adoptive' && l.from ? `@${JSON.stringify(l.from)}` : ''}`)
      .sort(),
  };
}

const handMade: GenogramDocument = {
  id: 'doc_hand',
  settings: { title: 'Hand made', notation: { ...DEFAULT_NOTATION } },
  persons: [
    { id: 'p_a', givenNames: 'Alex', familyName: 'Stone', gender: 'nonbinary', birth: { year: 1970, month: 2, qualifier: 'about' } },
    { id: 'p_b', givenNames: 'Bea', familyName: 'Stone', gender: 'female', death: { year: 2019, month: 5, day: 4 } },
    { id: 'p_c', givenNames: 'Cy', gender: 'male', deceased: true, notes: '@home\nsecond line\n\nafter a blank' },
    { id: 'p_d', familyName: 'Stone', gender: 'unknown', birth: { year: 2005, qualifier: 'before' } },
    { id: 'p_e', givenNames: 'Eve', gender: 'female', birth: { year: 2008, qualifier: 'after' } },
    { id: 'p_f', givenNames: 'Fin', gender: 'male' },
    { id: 'p_g', givenNames: 'Gil', gender: 'male' },
    { id: 'p_h', givenNames: 'Hal', gender: 'male' },
  ],
  partnerships: [
    { id: 'u_1', a: 'p_a', b: 'p_b', kind: 'partnership', events: [{ type: 'engaged' }, { type: 'civil-partnership', date: { year: 1995 } }, { type: 'separated', date: { year: 2000 } }, { type: 'dissolved', date: { year: 2002 } }], notes: 'first' },
    { id: 'u_2', a: 'p_a', b: 'p_b', kind: 'partnership', events: [{ type: 'married', date: { year: 2010, month: 6, day: 1 } }] },
    { id: 'u_3', a: 'p_b', b: 'p_c', kind: 'transitory', events: [] },
    { id: 'u_4', a: 'p_c', b: 'p_f', kind: 'partnership', events: [{ type: 'cohabiting' }, { type: 'annulled' }] },
  ],
  parentLinks: [
    { id: 'l_1', parent: 'p_a', child: 'p_d', kind: 'birth' },
    { id: 'l_2', parent: 'p_b', child: 'p_d', kind: 'birth' },
    { id: 'l_3', parent: 'p_b', child: 'p_e', kind: 'birth' },
    { id: 'l_4', parent: 'p_c', child: 'p_e', kind: 'adoptive', from: { year: 2012 } },
    { id: 'l_5', parent: 'p_f', child: 'p_g', kind: 'foster' },
    { id: 'l_6', parent: 'p_c', child: 'p_g', kind: 'kinship' },
    { id: 'l_7', parent: 'p_f', child: 'p_h', kind: 'special-guardianship' },
    { id: 'l_8', parent: 'p_a', child: 'p_h', kind: 'birth' },
  ],
  multipleBirths: [],
  relationships: [],
  households: [],
};

describe('exportGedcom', () => {
  it('writes well-formed GEDCOM 7.0 with HEAD, GEDC.VERS 7.0 and TRLR', () => {
    const text = exportGedcom(handMade);
    expect(text.startsWith('0 HEAD\n1 GEDC\n2 VERS 7.0\n')).toBe(true);
    expect(text.endsWith('0 TRLR\n')).toBe(true);
    const tokens = tokenizeGedcom(text);
    expect(tokens.ok).toBe(true);
    expect(text).toContain('1 NOTE @@home\n2 CONT second line\n2 CONT\n2 CONT after a blank');
    expect(text).toContain('1 SEX X');
    expect(text).toContain('2 PEDI OTHER\n3 PHRASE Kinship carer');
  });

  it('round trip on a hand-made document keeps persons, partnerships (remarriage, transitory) and every link kind', () => {
    const back = reimport(handMade);
    expect(essence(back)).toEqual(essence(handMade));
  });

  it('a step-parent adoption goes into the couple family with ADOP naming the adopter', () => {
    const text = exportGedcom(handMade);
    expect(text).toMatch(/1 ADOP\n2 DATE 2012\n2 FAMC @F3@\n3 ADOP WIFE/);
  });

  it('two unpartnered parents of one child do not become a couple', () => {
    const back = reimport(handMade);
    expect(back.partnerships).toHaveLength(handMade.partnerships.length);
  });

  it.each(['family2.ged', 'kennedy.ged', 'royal92.ged', 'maximal70.ged'])('round trip on %s', (file) => {
    const first = importGedcom(readSharedFixture(file));
    if (!first.ok) throw new Error('fixture did not import');
    const back = reimport(first.document);
    expect(essence(back)).toEqual(essence(first.document));
  });

  it.each([
    [60, 1],
    [60, 2],
    [500, 3],
  ])('round trip on a synthetic family of %i persons (seed %i)', (persons, seed) => {
    const doc = syntheticFamily(persons, seed);
    expect(essence(reimport(doc))).toEqual(essence(doc));
  });

  it('round trip on the built-in example family', () => {
    const doc = exampleFamily();
    expect(essence(reimport(doc))).toEqual(essence(doc));
  });

  it('a name made only of a label is kept as the name', () => {
    const doc: GenogramDocument = { ...handMade, persons: [{ id: 'p_x', label: 'Child A', gender: 'unknown' }], partnerships: [], parentLinks: [] };
    expect(reimport(doc).persons[0]!.givenNames).toBe('Child A');
  });
});
