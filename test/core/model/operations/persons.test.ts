import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import { addPerson, removePersons, updatePerson } from '../../../../src/core/model/operations';
import type { GenogramDocument, Person } from '../../../../src/core/model/types';
import { sampleFamily } from './sampleFamily';

describe('addPerson', () => {
  it('adds a person with unknown gender by default and returns the id', () => {
    const before = emptyDocument();
    const { doc, id } = addPerson(before, { givenNames: 'Ann' });
    expect(doc.persons).toEqual([{ id, gender: 'unknown', givenNames: 'Ann' }]);
    expect(before.persons).toEqual([]);
  });
});

describe('updatePerson', () => {
  it('changes only what the patch names and removes fields patched to undefined', () => {
    const { doc, id } = addPerson(emptyDocument(), { givenNames: 'Ann', familyName: 'Reed', gender: 'female' });
    const next = updatePerson(doc, id, { familyName: undefined, birth: { year: 1990 } });
    expect(next.persons[0]).toEqual({ id, givenNames: 'Ann', gender: 'female', birth: { year: 1990 } });
    expect('familyName' in next.persons[0]!).toBe(false);
    expect(doc.persons[0]!.familyName).toBe('Reed');
  });

  it('keeps fields this editor does not know', () => {
    const base = addPerson(emptyDocument(), { givenNames: 'Ann' });
    const withExtra: GenogramDocument = {
      ...base.doc,
      persons: [{ ...base.doc.persons[0]!, caseNumber: 'X-17' } as Person],
    };
    const next = updatePerson(withExtra, base.id, { givenNames: 'Anne' });
    expect(next.persons[0]).toMatchObject({ givenNames: 'Anne', caseNumber: 'X-17' });
  });

  it('returns the same document when nothing changes', () => {
    const { doc, id } = addPerson(emptyDocument(), { birth: { year: 1990 } });
    expect(updatePerson(doc, id, { birth: { year: 1990 } })).toBe(doc);
  });

  it('refuses an unknown id and never changes the id', () => {
    const { doc, id } = addPerson(emptyDocument());
    expect(() => updatePerson(doc, 'p_nobody', { givenNames: 'X' })).toThrow(/no person with id "p_nobody"/);
    const next = updatePerson(doc, id, { id: 'p_other' } as never);
    expect(next.persons[0]!.id).toBe(id);
  });
});

describe('removePersons', () => {
  it('takes the person’s links, partnerships, relationship lines and memberships', () => {
    const s = sampleFamily();
    const doc = removePersons(s.doc, [s.father]);
    expect(doc.persons.map((p) => p.id)).not.toContain(s.father);
    expect(doc.partnerships).toEqual([]);
    expect(doc.parentLinks.every((l) => l.parent !== s.father)).toBe(true);
    expect(doc.parentLinks).toHaveLength(3);
    expect(doc.relationships).toEqual([]);
    expect(doc.households[0]!.members.map((m) => m.person)).not.toContain(s.father);
    expect(doc.multipleBirths).toHaveLength(1);
  });

  it('dissolves a multiple-birth group left with fewer than two members', () => {
    const s = sampleFamily();
    const doc = removePersons(s.doc, [s.twinA]);
    expect(doc.multipleBirths).toEqual([]);
    expect(doc.parentLinks.some((l) => l.child === s.twinA)).toBe(false);
  });

  it('keeps a household it empties, and ignores unknown ids', () => {
    const s = sampleFamily();
    const everyone = s.doc.persons.map((p) => p.id);
    const doc = removePersons(s.doc, everyone);
    expect(doc.households).toHaveLength(1);
    expect(doc.households[0]!.members).toEqual([]);
    expect(removePersons(s.doc, ['p_nobody'])).toBe(s.doc);
  });
});

describe('removePersons and roles', () => {
  it('a partner or friend of a removed person keeps the role, no longer naming whose', () => {
    let doc = emptyDocument();
    const mum = addPerson(doc, { givenNames: 'Mum' });
    const friend = addPerson(mum.doc, { givenNames: 'Friend', significantOther: { role: 'friend', of: mum.id, text: 'old school friend' } });
    doc = removePersons(friend.doc, [mum.id]);
    expect(doc.persons).toEqual([{ id: friend.id, gender: 'unknown', givenNames: 'Friend', significantOther: { role: 'friend', text: 'old school friend' } }]);
  });
});
