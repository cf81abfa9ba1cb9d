import { describe, expect, it } from 'vitest';
import { birthParentsOf, indexDocument } from '../../../../src/core/model/documentIndex';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import { addChild, addParents, addPartner, addPerson, addPregnancy, addSibling } from '../../../../src/core/model/operations';

function child(fields = {}) {
  return addPerson(emptyDocument(), { givenNames: 'Kim', familyName: 'Hart', gender: 'female', ...fields });
}

describe('addParents', () => {
  it('adds mother and father as a couple; the father takes the child’s family name', () => {
    const c = child();
    const { doc, parentIds, partnershipId } = addParents(c.doc, c.id, 'both');
    const [mother, father] = parentIds.map((id) => indexDocument(doc).person.get(id)!);
    expect(mother).toMatchObject({ gender: 'female' });
    expect(mother!.familyName).toBeUndefined();
    expect(father).toMatchObject({ gender: 'male', familyName: 'Hart' });
    expect(birthParentsOf(doc, c.id)).toEqual(parentIds);
    expect(doc.partnerships).toEqual([{ id: partnershipId, a: parentIds[0], b: parentIds[1], kind: 'partnership', events: [] }]);
  });

  it('gives a lone mother the child’s family name; a later father joins her as a partner', () => {
    const c = child();
    const withMother = addParents(c.doc, c.id, 'mother');
    expect(withMother.partnershipId).toBeUndefined();
    expect(indexDocument(withMother.doc).person.get(withMother.parentIds[0]!)).toMatchObject({ gender: 'female', familyName: 'Hart' });
    const withFather = addParents(withMother.doc, c.id, 'father');
    expect(withFather.partnershipId).toBeDefined();
    expect(withFather.doc.partnerships[0]).toMatchObject({ a: withMother.parentIds[0], b: withFather.parentIds[0] });
  });

  it('adds an unknown parent as a placeholder of the other sex where the other parent is female or male', () => {
    const c = child();
    const withMother = addParents(c.doc, c.id, 'mother');
    const unknown = addParents(withMother.doc, c.id, 'unknown');
    expect(indexDocument(unknown.doc).person.get(unknown.parentIds[0]!)).toMatchObject({ gender: 'male', placeholder: true });
    const alone = addParents(c.doc, c.id, 'unknown');
    expect(indexDocument(alone.doc).person.get(alone.parentIds[0]!)).toMatchObject({ gender: 'unknown', placeholder: true });
  });

  it('refuses more than two birth parents', () => {
    const c = child();
    const one = addParents(c.doc, c.id, 'mother');
    expect(() => addParents(one.doc, c.id, 'both')).toThrow(/already has a birth parent/);
    const two = addParents(one.doc, c.id, 'father');
    expect(() => addParents(two.doc, c.id, 'unknown')).toThrow(/Kim Hart .* already has two birth parents/);
  });
});

describe('addPartner', () => {
  it('adds a partner of the opposite gender with a started partnership', () => {
    const c = child();
    const { doc, id, partnershipId } = addPartner(c.doc, c.id);
    expect(indexDocument(doc).person.get(id)!.gender).toBe('male');
    expect(doc.partnerships).toEqual([{ id: partnershipId, a: c.id, b: id, kind: 'partnership', events: [{ type: 'started' }] }]);
  });

  it('gives a non-binary or unknown person a partner of unknown gender', () => {
    const c = child({ gender: 'nonbinary' });
    const { doc, id } = addPartner(c.doc, c.id);
    expect(indexDocument(doc).person.get(id)!.gender).toBe('unknown');
  });
});

describe('addChild', () => {
  it('links a child to both partners of a partnership, with the father’s family name', () => {
    const mum = addPerson(emptyDocument(), { familyName: 'Stone', gender: 'female' });
    const dad = addPartner(mum.doc, mum.id, { familyName: 'Okafor' });
    const { doc, id, partnershipId } = addChild(dad.doc, { partnershipId: dad.partnershipId });
    expect(partnershipId).toBeUndefined();
    expect(birthParentsOf(doc, id)).toEqual([mum.id, dad.id]);
    expect(indexDocument(doc).person.get(id)).toMatchObject({ familyName: 'Okafor', gender: 'unknown' });
  });

  it('creates a partnership for two parents who had none, and takes a single parent’s name', () => {
    const a = addPerson(emptyDocument(), { familyName: 'Stone', gender: 'female' });
    const b = addPerson(a.doc, { familyName: 'Okafor', gender: 'female' });
    const both = addChild(b.doc, [a.id, b.id]);
    expect(both.partnershipId).toBeDefined();
    expect(indexDocument(both.doc).person.get(both.id)!.familyName).toBeUndefined();
    const single = addChild(b.doc, [a.id], { givenNames: 'Jo' });
    expect(indexDocument(single.doc).person.get(single.id)).toMatchObject({ familyName: 'Stone', givenNames: 'Jo' });
    expect(single.doc.partnerships).toEqual([]);
  });

  it('refuses no parent, three parents and unknown parents', () => {
    const a = addPerson(emptyDocument());
    expect(() => addChild(a.doc, [])).toThrow(/one or two birth parents/);
    expect(() => addChild(a.doc, [a.id, a.id])).toThrow(/different people/);
    expect(() => addChild(a.doc, ['p_x'])).toThrow(/no parent with id "p_x"/);
  });
});

describe('addSibling', () => {
  it('gives the sibling the same birth parents', () => {
    const c = child();
    const parents = addParents(c.doc, c.id, 'both');
    const { doc, id, sharedParents, note } = addSibling(parents.doc, c.id, { givenNames: 'Lee' });
    expect(sharedParents).toEqual(parents.parentIds);
    expect(birthParentsOf(doc, id)).toEqual(parents.parentIds);
    expect(doc.partnerships).toHaveLength(1);
    expect(note).toBeUndefined();
  });

  it('adds a sibling of someone with no recorded parents without inventing parents, and says so', () => {
    const c = child();
    const { doc, id, sharedParents, note } = addSibling(c.doc, c.id);
    expect(sharedParents).toEqual([]);
    expect(doc.persons).toHaveLength(2);
    expect(doc.parentLinks).toEqual([]);
    expect(indexDocument(doc).person.get(id)!.familyName).toBe('Hart');
    expect(note).toMatch(/No birth parents are recorded for Kim Hart/);
  });
});

describe('addPregnancy', () => {
  it('adds a pregnancy with its outcome, linked to the parents', () => {
    const mum = addPerson(emptyDocument(), { gender: 'female' });
    const { doc, id } = addPregnancy(mum.doc, [mum.id], 'miscarriage', { birth: { year: 2019 } });
    expect(indexDocument(doc).person.get(id)).toMatchObject({ pregnancy: { outcome: 'miscarriage' }, birth: { year: 2019 } });
    expect(birthParentsOf(doc, id)).toEqual([mum.id]);
  });
});
