import { describe, expect, it } from 'vitest';
import { ageAt } from '../../../src/core/dates/partialDate';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { checkDocumentMeaning } from '../../../src/core/format/semantic';
import { birthParentsOf, indexDocument } from '../../../src/core/model/documentIndex';

describe('exampleFamily', () => {
  const doc = exampleFamily();
  const person = (id: string) => indexDocument(doc).person.get(id)!;

  it('passes every check and survives a save and load', () => {
    expect(checkDocumentMeaning(doc)).toEqual({ errors: [], warnings: [] });
    expect(loadGenogramFile(saveGenogramFile(doc))).toEqual({ ok: true, document: doc, warnings: [] });
  });

  it('has a subject child of about four at the reference date, with siblings and a half-sibling', () => {
    const subjects = doc.persons.filter((p) => p.subject);
    expect(subjects.map((p) => p.id)).toEqual(['p_ellie']);
    expect(ageAt(person('p_ellie').birth!, doc.settings.asAt!)).toBe(4);
    const ellieParents = birthParentsOf(doc, 'p_ellie');
    expect(birthParentsOf(doc, 'p_kayden')).toEqual(ellieParents);
    const harperParents = birthParentsOf(doc, 'p_harper');
    expect(harperParents.filter((p) => ellieParents.includes(p))).toEqual(['p_leanne']);
  });

  it('has three generations: maternal grandparents and a deceased paternal grandmother', () => {
    expect(birthParentsOf(doc, 'p_leanne')).toEqual(['p_patricia', 'p_michael']);
    expect(birthParentsOf(doc, 'p_jason')).toContain('p_brenda');
    expect(person('p_brenda').death).toBeDefined();
  });

  it('gives the mother two successive partners: separated from the first, cohabiting with the second', () => {
    const mine = indexDocument(doc).partnershipsOf.get('p_leanne')!;
    expect(mine.map((p) => p.events.at(-1)!.type)).toEqual(['separated', 'cohabiting']);
  });

  it('records ethnicity and disability for the subject and parents, conditions and domestic abuse', () => {
    for (const id of ['p_ellie', 'p_leanne', 'p_jason']) {
      expect(person(id).ethnicity).toBeDefined();
      expect(person(id).disability).toBeDefined();
    }
    expect(person('p_leanne').conditions?.mentalIllHealth).toBe(true);
    expect(doc.relationships).toContainEqual(expect.objectContaining({ kind: 'abuse-domestic', from: 'p_jason', to: 'p_leanne' }));
  });

  it('has the household at the reference date and the grandparents’ own household', () => {
    const [home, grandparents] = doc.households;
    expect(home!.members.filter((m) => !m.to).map((m) => m.person).sort()).toEqual(
      ['p_dean', 'p_ellie', 'p_harper', 'p_kayden', 'p_leanne'].sort(),
    );
    expect(grandparents!.members.filter((m) => !m.to).map((m) => m.person)).toContain('p_patricia');
  });

  it('makes a fresh document id each time, with the same people', () => {
    const other = exampleFamily();
    expect(other.id).not.toBe(doc.id);
    expect(other.persons).toEqual(doc.persons);
  });
});
