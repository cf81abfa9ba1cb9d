import { birthParentsOf, indexDocument, partnerOf } from '../../core/model/documentIndex';
import { newId } from '../../core/model/ids';
import { OperationError } from '../../core/model/operationError';
import { addParentLink } from '../../core/model/operations/parentLinks';
import { addPartnership } from '../../core/model/operations/partnerships';
import { addPerson, type NewPersonFields } from '../../core/model/operations/persons';
import { describePerson, requirePerson } from '../../core/model/operations/shared';
import type { Gender, GenogramDocument, Id, Partnership, Person } from '../../core/model/types';

/**
 * Adding relatives to the selected person: pure functions from a document to the next one,
 * naming what to select afterwards. The UI wraps each in one undo step.
 */
export interface EditResult {
  doc: GenogramDocument;
  /** What to select once the edit is made. */
  select: Id[];
  /** The new person whose name the author will type next. */
  created?: Id;
}

export type ParentRole = 'mother' | 'father' | 'unknown';

const ROLE_GENDER: Record<ParentRole, Gender> = { mother: 'female', father: 'male', unknown: 'unknown' };

export function oppositeGender(g: Gender): Gender {
  return g === 'female' ? 'male' : g === 'male' ? 'female' : 'unknown';
}

function name(doc: GenogramDocument, id: Id): string {
  return describePerson(indexDocument(doc).person.get(id), id);
}

function partnershipBetween(doc: GenogramDocument, a: Id, b: Id): Partnership | undefined {
  return (indexDocument(doc).partnershipsOf.get(a) ?? []).find((p) => partnerOf(p, a) === b);
}

/** Links two people as partners unless they already are. */
function ensurePartnership(doc: GenogramDocument, a: Id, b: Id): GenogramDocument {
  return partnershipBetween(doc, a, b) ? doc : addPartnership(doc, a, b).doc;
}

function fieldsForParent(child: Person, role: ParentRole): NewPersonFields {
  const fields: NewPersonFields = { gender: ROLE_GENDER[role] };
  if (role === 'unknown') fields.placeholder = true;
  // A father usually passes his family name on; a mother's birth name often differs.
  if (role === 'father' && child.familyName) fields.familyName = child.familyName;
  return fields;
}

export function addParent(doc: GenogramDocument, childId: Id, role: ParentRole): EditResult {
  const child = requirePerson(doc, childId, 'child');
  const existing = birthParentsOf(doc, childId);
  if (existing.length >= 2) {
    throw new OperationError(`${name(doc, childId)} already has two birth parents: remove one before adding another`);
  }
  const added = addPerson(doc, fieldsForParent(child, role));
  let next = addParentLink(added.doc, added.id, childId, 'birth').doc;
  const other = existing[0];
  if (other !== undefined) next = ensurePartnership(next, other, added.id);
  return { doc: next, select: [added.id], created: added.id };
}

/** Adds whichever birth parents are missing: both, or the one beside an existing parent. */
export function addBothParents(doc: GenogramDocument, childId: Id): EditResult {
  const child = requirePerson(doc, childId, 'child');
  const existing = birthParentsOf(doc, childId);
  if (existing.length >= 2) throw new OperationError(`${name(doc, childId)} already has two birth parents`);
  const first = existing[0];
  if (first !== undefined) {
    const gender = requirePerson(doc, first).gender;
    const role: ParentRole = gender === 'female' ? 'father' : gender === 'male' ? 'mother' : 'unknown';
    return addParent(doc, childId, role);
  }
  const mother = addPerson(doc, fieldsForParent(child, 'mother'));
  const father = addPerson(mother.doc, fieldsForParent(child, 'father'));
  let next = addParentLink(father.doc, mother.id, childId, 'birth').doc;
  next = addParentLink(next, father.id, childId, 'birth').doc;
  next = addPartnership(next, father.id, mother.id).doc;
  return { doc: next, select: [mother.id], created: mother.id };
}

export function addPartner(doc: GenogramDocument, personId: Id): EditResult {
  const person = requirePerson(doc, personId);
  const added = addPerson(doc, { gender: oppositeGender(person.gender) });
  const next = addPartnership(added.doc, personId, added.id).doc;
  return { doc: next, select: [added.id], created: added.id };
}

/** The partnerships a child of this person could be born into, in document order. */
export function partnershipsOf(doc: GenogramDocument, personId: Id): Partnership[] {
  return indexDocument(doc).partnershipsOf.get(personId) ?? [];
}

function childFamilyName(doc: GenogramDocument, parents: Id[]): string | undefined {
  const people = parents.map((id) => requirePerson(doc, id));
  const father = people.find((p) => p.gender === 'male' && p.familyName);
  return (father ?? people.find((p) => p.familyName))?.familyName;
}

/**
 * A child of the person, within one of their partnerships (both partners become birth parents)
 * or, with `partnershipId` null, of the person alone.
 */
export function addChild(
  doc: GenogramDocument,
  personId: Id,
  partnershipId: Id | null,
  fields: NewPersonFields = {},
): EditResult {
  requirePerson(doc, personId);
  let parents = [personId];
  if (partnershipId !== null) {
    const p = doc.partnerships.find((x) => x.id === partnershipId);
    if (!p || (p.a !== personId && p.b !== personId)) {
      throw new OperationError(`${name(doc, personId)} has no partnership with id "${partnershipId}"`);
    }
    parents = [p.a, p.b];
  }
  const familyName = childFamilyName(doc, parents);
  const added = addPerson(doc, { gender: 'unknown', ...(familyName ? { familyName } : {}), ...fields });
  let next = added.doc;
  for (const parent of parents) next = addParentLink(next, parent, added.id, 'birth').doc;
  return { doc: next, select: [added.id], created: added.id };
}

export function addPregnancy(doc: GenogramDocument, personId: Id, partnershipId: Id | null): EditResult {
  return addChild(doc, personId, partnershipId, { pregnancy: { outcome: 'ongoing' } });
}

/**
 * A brother or sister sharing all the person's birth parents. With no birth parent recorded,
 * one unknown parent is added so the two are drawn as siblings without inventing who it is.
 */
export function addSibling(doc: GenogramDocument, personId: Id, fields: NewPersonFields = {}): EditResult {
  const person = requirePerson(doc, personId);
  let next = doc;
  let parents = birthParentsOf(doc, personId);
  if (parents.length === 0) {
    const unknown = addPerson(next, { gender: 'unknown', placeholder: true });
    next = addParentLink(unknown.doc, unknown.id, personId, 'birth').doc;
    parents = [unknown.id];
  }
  const familyName = person.familyName;
  const added = addPerson(next, { gender: 'unknown', ...(familyName ? { familyName } : {}), ...fields });
  next = added.doc;
  for (const parent of parents) next = addParentLink(next, parent, added.id, 'birth').doc;
  return { doc: next, select: [added.id], created: added.id };
}

/** A sibling born at the same birth: joins the person's multiple-birth group, or starts one. */
export function addTwin(doc: GenogramDocument, personId: Id): EditResult {
  const person = requirePerson(doc, personId);
  const sibling = addSibling(doc, personId, person.birth ? { birth: person.birth } : {});
  const group = indexDocument(doc).multipleBirthOf.get(personId);
  const created = sibling.created!;
  const multipleBirths = group
    ? sibling.doc.multipleBirths.map((g) => (g.id === group.id ? { ...g, members: [...g.members, created] } : g))
    : [...sibling.doc.multipleBirths, { id: newId('mb'), kind: 'fraternal' as const, members: [personId, created] }];
  return { ...sibling, doc: { ...sibling.doc, multipleBirths } };
}

export function addStandalonePerson(doc: GenogramDocument): EditResult {
  const added = addPerson(doc, { gender: 'unknown' });
  return { doc: added.doc, select: [added.id], created: added.id };
}
