import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { birthParentsOf, indexDocument } from '../../../src/core/model/documentIndex';
import { addPerson } from '../../../src/core/model/operations/persons';
import { OperationError } from '../../../src/core/model/operationError';
import {
  addBothParents,
  addChild,
  addParent,
  addPartner,
  addPregnancy,
  addSibling,
  addTwin,
  partnershipsOf,
} from '../../../src/ui/actions/relatives';

function start(fields: Parameters<typeof addPerson>[1] = { givenNames: 'Ava', familyName: 'Stone', gender: 'female' }) {
  return addPerson(emptyDocument(), fields);
}

describe('adding relatives', () => {
  it('adds both parents as partners, mother selected, father carrying the family name', () => {
    const { doc, id } = start();
    const r = addBothParents(doc, id);
    const parents = birthParentsOf(r.doc, id);
    expect(parents).toHaveLength(2);
    const people = parents.map((p) => indexDocument(r.doc).person.get(p)!);
    expect(people.map((p) => p.gender).sort()).toEqual(['female', 'male']);
    expect(people.find((p) => p.gender === 'male')!.familyName).toBe('Stone');
    expect(r.doc.partnerships).toHaveLength(1);
    expect(r.select).toEqual([r.created]);
    expect(indexDocument(r.doc).person.get(r.created!)!.gender).toBe('female');
  });

  it('adds the missing parent beside an existing one and partners them', () => {
    const { doc, id } = start();
    const mother = addParent(doc, id, 'mother');
    const both = addBothParents(mother.doc, id);
    expect(indexDocument(both.doc).person.get(both.created!)!.gender).toBe('male');
    expect(both.doc.partnerships).toHaveLength(1);
  });

  it('refuses a third birth parent with a message naming the child', () => {
    const { doc, id } = start();
    const two = addBothParents(doc, id).doc;
    expect(() => addParent(two, id, 'unknown')).toThrow(OperationError);
    expect(() => addParent(two, id, 'unknown')).toThrow(/Ava Stone .* already has two birth parents/);
  });

  it('an unknown parent is a placeholder', () => {
    const { doc, id } = start();
    const r = addParent(doc, id, 'unknown');
    expect(indexDocument(r.doc).person.get(r.created!)).toMatchObject({ placeholder: true, gender: 'unknown' });
  });

  it('a partner gets the opposite gender and a partnership', () => {
    const { doc, id } = start();
    const r = addPartner(doc, id);
    expect(indexDocument(r.doc).person.get(r.created!)!.gender).toBe('male');
    expect(partnershipsOf(r.doc, id)).toHaveLength(1);
  });

  it('a child within a partnership has both partners as birth parents; alone, only the person', () => {
    const { doc, id } = start();
    const partner = addPartner(doc, id);
    const partnership = partnershipsOf(partner.doc, id)[0]!;
    const child = addChild(partner.doc, id, partnership.id);
    expect(birthParentsOf(child.doc, child.created!).sort()).toEqual([id, partner.created!].sort());
    const alone = addChild(child.doc, id, null);
    expect(birthParentsOf(alone.doc, alone.created!)).toEqual([id]);
    expect(indexDocument(alone.doc).person.get(alone.created!)!.familyName).toBe('Stone');
  });

  it('refuses a partnership the person is not part of', () => {
    const { doc, id } = start();
    const other = addPerson(doc, {});
    expect(() => addChild(other.doc, other.id, 'u_nope')).toThrow(/has no partnership with id "u_nope"/);
  });

  it('a pregnancy is a child with an ongoing pregnancy', () => {
    const { doc, id } = start();
    const r = addPregnancy(doc, id, null);
    expect(indexDocument(r.doc).person.get(r.created!)!.pregnancy).toEqual({ outcome: 'ongoing' });
  });

  it('a sibling shares all birth parents; with none, one unknown parent is added', () => {
    const { doc, id } = start();
    const lone = addSibling(doc, id);
    const shared = birthParentsOf(lone.doc, id);
    expect(shared).toHaveLength(1);
    expect(indexDocument(lone.doc).person.get(shared[0]!)!.placeholder).toBe(true);
    expect(birthParentsOf(lone.doc, lone.created!)).toEqual(shared);

    const withParents = addBothParents(doc, id).doc;
    const sib = addSibling(withParents, id);
    expect(birthParentsOf(sib.doc, sib.created!).sort()).toEqual(birthParentsOf(withParents, id).sort());
  });

  it('twins form one multiple-birth group that grows for triplets', () => {
    const { doc, id } = start({ givenNames: 'A', gender: 'male', birth: { year: 2019, month: 4 } });
    const twin = addTwin(addBothParents(doc, id).doc, id);
    expect(twin.doc.multipleBirths).toHaveLength(1);
    expect(twin.doc.multipleBirths[0]!.members).toEqual([id, twin.created]);
    expect(indexDocument(twin.doc).person.get(twin.created!)!.birth).toEqual({ year: 2019, month: 4 });
    const triplet = addTwin(twin.doc, twin.created!);
    expect(triplet.doc.multipleBirths).toHaveLength(1);
    expect(triplet.doc.multipleBirths[0]!.members).toHaveLength(3);
  });

  it('never changes the document it was given', () => {
    const { doc, id } = start();
    const frozen = JSON.stringify(doc);
    addBothParents(doc, id);
    addTwin(doc, id);
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});
