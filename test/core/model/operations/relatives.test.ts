import { describe, expect, it } from 'vitest';
import { birthParentsOf, indexDocument } from '../../../../src/core/model/documentIndex';
import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import { OperationError } from '../../../../src/core/model/operationError';
import { addChild, addParents, addPartner, addPerson, addPregnancy, addSibling, addTwin } from '../../../../src/core/model/operations';
import type { GenogramDocument, Id } from '../../../../src/core/model/types';

function child(fields = {}) {
  return addPerson(emptyDocument(), { givenNames: 'Kim', familyName: 'Hart', gender: 'female', ...fields });
}

const person = (doc: GenogramDocument, id: Id) => indexDocument(doc).person.get(id)!;

describe('addParents', () => {
  it('adds mother and father as a couple, mother first; only the father takes the child’s family name', () => {
    const c = child();
    const { doc, parentIds, partnershipId } = addParents(c.doc, c.id, 'both');
    const [mother, father] = parentIds.map((id) => person(doc, id));
    expect(mother).toMatchObject({ gender: 'female' });
    expect(mother!.familyName).toBeUndefined();
    expect(father).toMatchObject({ gender: 'male', familyName: 'Hart' });
    expect(birthParentsOf(doc, c.id)).toEqual(parentIds);
    expect(doc.partnerships).toEqual([{ id: partnershipId, a: parentIds[1], b: parentIds[0], kind: 'partnership', events: [] }]);
  });

  it('leaves a lone mother unnamed; a later father joins her as a partner', () => {
    const c = child();
    const withMother = addParents(c.doc, c.id, 'mother');
    expect(withMother.partnershipId).toBeUndefined();
    expect(person(withMother.doc, withMother.parentIds[0]!)).toEqual({ id: withMother.parentIds[0], gender: 'female' });
    const withFather = addParents(withMother.doc, c.id, 'father');
    expect(withFather.partnershipId).toBeDefined();
    expect(withFather.doc.partnerships[0]).toMatchObject({ a: withMother.parentIds[0], b: withFather.parentIds[0] });
  });

  it('with one parent recorded, "both" adds the missing one beside them', () => {
    const c = child();
    const withMother = addParents(c.doc, c.id, 'mother');
    const both = addParents(withMother.doc, c.id, 'both');
    expect(both.parentIds).toHaveLength(1);
    expect(person(both.doc, both.parentIds[0]!)).toMatchObject({ gender: 'male', familyName: 'Hart' });
    expect(both.doc.partnerships).toHaveLength(1);
    const withUnknown = addParents(c.doc, c.id, 'unknown');
    const beside = addParents(withUnknown.doc, c.id, 'both');
    expect(person(beside.doc, beside.parentIds[0]!)).toMatchObject({ gender: 'unknown', placeholder: true });
  });

  it('adds an unknown parent as a placeholder of unknown sex', () => {
    const c = child();
    const withMother = addParents(c.doc, c.id, 'mother');
    const unknown = addParents(withMother.doc, c.id, 'unknown');
    expect(person(unknown.doc, unknown.parentIds[0]!)).toMatchObject({ gender: 'unknown', placeholder: true });
    expect(unknown.doc.partnerships).toHaveLength(1);
    const alone = addParents(c.doc, c.id, 'unknown');
    expect(person(alone.doc, alone.parentIds[0]!)).toMatchObject({ gender: 'unknown', placeholder: true });
  });

  it('refuses a third birth parent with a message naming the child', () => {
    const c = child();
    const two = addParents(c.doc, c.id, 'both');
    expect(() => addParents(two.doc, c.id, 'unknown')).toThrow(OperationError);
    expect(() => addParents(two.doc, c.id, 'unknown')).toThrow(/Kim Hart .* already has two birth parents/);
    expect(() => addParents(two.doc, c.id, 'both')).toThrow(/already has two birth parents/);
  });
});

describe('addPartner', () => {
  it('adds a partner of the opposite gender in a partnership with no events yet', () => {
    const c = child();
    const { doc, id, partnershipId } = addPartner(c.doc, c.id);
    expect(person(doc, id).gender).toBe('male');
    expect(doc.partnerships).toEqual([{ id: partnershipId, a: c.id, b: id, kind: 'partnership', events: [] }]);
  });

  it('gives a non-binary or unknown person a partner of unknown gender', () => {
    const c = child({ gender: 'nonbinary' });
    const { doc, id } = addPartner(c.doc, c.id);
    expect(person(doc, id).gender).toBe('unknown');
  });
});

describe('addChild', () => {
  it('links a child to both partners of a partnership, with the father’s family name', () => {
    const mum = addPerson(emptyDocument(), { familyName: 'Stone', gender: 'female' });
    const dad = addPartner(mum.doc, mum.id, { familyName: 'Okafor' });
    const { doc, id, partnershipId } = addChild(dad.doc, { partnershipId: dad.partnershipId });
    expect(partnershipId).toBeUndefined();
    expect(birthParentsOf(doc, id)).toEqual([mum.id, dad.id]);
    expect(person(doc, id)).toMatchObject({ familyName: 'Okafor', gender: 'unknown' });
  });

  it('takes the first parent’s name when no father has one', () => {
    const mum = addPerson(emptyDocument(), { familyName: 'Stone', gender: 'female' });
    const dad = addPartner(mum.doc, mum.id);
    const { doc, id } = addChild(dad.doc, { partnershipId: dad.partnershipId, person: dad.id });
    expect(person(doc, id).familyName).toBe('Stone');
  });

  it('creates a partnership for two parents who had none, and takes a single parent’s name', () => {
    const a = addPerson(emptyDocument(), { familyName: 'Stone', gender: 'female' });
    const b = addPerson(a.doc, { familyName: 'Okafor', gender: 'female' });
    const both = addChild(b.doc, [a.id, b.id]);
    expect(both.partnershipId).toBeDefined();
    expect(person(both.doc, both.id).familyName).toBe('Stone');
    const single = addChild(b.doc, [a.id], { givenNames: 'Jo' });
    expect(person(single.doc, single.id)).toMatchObject({ familyName: 'Stone', givenNames: 'Jo' });
    expect(single.doc.partnerships).toEqual([]);
  });

  it('refuses no parent, the same parent twice, unknown parents and a partnership the person is not in', () => {
    const a = addPerson(emptyDocument(), { givenNames: 'Ava', familyName: 'Stone' });
    expect(() => addChild(a.doc, [])).toThrow(/one or two birth parents/);
    expect(() => addChild(a.doc, [a.id, a.id])).toThrow(/different people/);
    expect(() => addChild(a.doc, ['p_x'])).toThrow(/no parent with id "p_x"/);
    expect(() => addChild(a.doc, { partnershipId: 'u_nope' })).toThrow(/no partnership with id "u_nope"/);
    const couple = addPartner(a.doc, a.id);
    const other = addPerson(couple.doc, {});
    expect(() => addChild(other.doc, { partnershipId: couple.partnershipId, person: other.id })).toThrow(
      `person ${other.id} has no partnership with id "${couple.partnershipId}"`,
    );
    expect(() => addChild(other.doc, { partnershipId: 'u_nope', person: a.id })).toThrow(/Ava Stone .* has no partnership with id "u_nope"/);
  });
});

describe('addSibling', () => {
  it('gives the sibling the same birth parents and the person’s family name', () => {
    const c = child();
    const parents = addParents(c.doc, c.id, 'both');
    const { doc, id, sharedParents, placeholderParent } = addSibling(parents.doc, c.id, { givenNames: 'Lee' });
    expect(sharedParents).toEqual(parents.parentIds);
    expect(birthParentsOf(doc, id)).toEqual(parents.parentIds);
    expect(person(doc, id)).toMatchObject({ givenNames: 'Lee', familyName: 'Hart', gender: 'unknown' });
    expect(doc.partnerships).toHaveLength(1);
    expect(placeholderParent).toBeUndefined();
  });

  it('with no parent recorded, adds one unknown placeholder parent shared by both', () => {
    const c = child();
    const { doc, id, sharedParents, placeholderParent } = addSibling(c.doc, c.id);
    expect(sharedParents).toEqual([placeholderParent]);
    expect(person(doc, placeholderParent!)).toMatchObject({ gender: 'unknown', placeholder: true });
    expect(birthParentsOf(doc, c.id)).toEqual(sharedParents);
    expect(birthParentsOf(doc, id)).toEqual(sharedParents);
    expect(person(doc, id).familyName).toBe('Hart');
  });
});

describe('addTwin', () => {
  it('adds a sibling with the same birth date in one fraternal group that grows for triplets', () => {
    const c = child({ birth: { year: 2019, month: 4 } });
    const withParents = addParents(c.doc, c.id, 'both').doc;
    const twin = addTwin(withParents, c.id);
    expect(twin.doc.multipleBirths).toEqual([{ id: twin.multipleBirthId, kind: 'fraternal', members: [c.id, twin.id] }]);
    expect(person(twin.doc, twin.id).birth).toEqual({ year: 2019, month: 4 });
    expect(birthParentsOf(twin.doc, twin.id)).toEqual(birthParentsOf(withParents, c.id));
    const triplet = addTwin(twin.doc, twin.id);
    expect(triplet.multipleBirthId).toBe(twin.multipleBirthId);
    expect(triplet.doc.multipleBirths).toEqual([{ id: twin.multipleBirthId, kind: 'fraternal', members: [c.id, twin.id, triplet.id] }]);
  });
});

describe('addPregnancy', () => {
  it('adds a pregnancy with its outcome, linked to the parents', () => {
    const mum = addPerson(emptyDocument(), { gender: 'female' });
    const { doc, id } = addPregnancy(mum.doc, [mum.id], 'miscarriage', { birth: { year: 2019 } });
    expect(person(doc, id)).toMatchObject({ pregnancy: { outcome: 'miscarriage' }, birth: { year: 2019 } });
    expect(birthParentsOf(doc, id)).toEqual([mum.id]);
  });
});

describe('relatives edits', () => {
  it('never change the document they were given', () => {
    const c = child();
    const frozen = JSON.stringify(c.doc);
    addParents(c.doc, c.id, 'both');
    addSibling(c.doc, c.id);
    addTwin(c.doc, c.id);
    addPartner(c.doc, c.id);
    expect(JSON.stringify(c.doc)).toBe(frozen);
  });
});
