import { birthParentsOf, indexDocument } from '../documentIndex';
import { OperationError } from '../operationError';
import type { Gender, GenogramDocument, Id, Person, PregnancyOutcome } from '../types';
import { setMultipleBirth, updateMultipleBirth } from './multipleBirths';
import { addParentLink } from './parentLinks';
import { addPartnership } from './partnerships';
import { addPerson, type NewPersonFields } from './persons';
import { describePerson, requirePerson } from './shared';

/**
 * Who a new child or pregnancy belongs to: one or two parents, or a partnership's two partners.
 * With `person`, the partnership must be one of that person's (the person the author had selected).
 */
export type ParentsSpec = Id[] | { partnershipId: Id; person?: Id };

export type ParentRole = 'mother' | 'father' | 'both' | 'unknown';

function oppositeGender(gender: Gender): Gender {
  return gender === 'female' ? 'male' : gender === 'male' ? 'female' : 'unknown';
}

function partnershipBetween(doc: GenogramDocument, a: Id, b: Id): Id | undefined {
  return doc.partnerships.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.id;
}

/** Links two people as partners unless they already are; says which partnership it made. */
function ensurePartnership(doc: GenogramDocument, a: Id, b: Id): { doc: GenogramDocument; partnershipId?: Id } {
  if (partnershipBetween(doc, a, b)) return { doc };
  const made = addPartnership(doc, a, b);
  return { doc: made.doc, partnershipId: made.id };
}

function nameFields(familyName: string | undefined): NewPersonFields {
  return familyName ? { familyName } : {};
}

/**
 * A father usually passes his family name on; a mother's birth name often differs, so she is
 * left for the author to name. An unknown parent is a placeholder of unknown sex: the record
 * does not say who it is.
 */
function parentFields(child: Person, role: Exclude<ParentRole, 'both'>): NewPersonFields {
  if (role === 'father') return { gender: 'male', ...nameFields(child.familyName) };
  if (role === 'mother') return { gender: 'female' };
  return { gender: 'unknown', placeholder: true };
}

/** Beside one known birth parent, "both" adds the one that is missing. */
function missingRole(doc: GenogramDocument, existingParent: Id): Exclude<ParentRole, 'both'> {
  const gender = requirePerson(doc, existingParent).gender;
  return gender === 'female' ? 'father' : gender === 'male' ? 'mother' : 'unknown';
}

/**
 * Adds birth parents to a child: a mother, a father, an unknown parent, or 'both' (mother and
 * father, or whichever is missing beside a parent already recorded). The first id in `parentIds`
 * is the one the author names next (the mother, for 'both'). Two birth parents with no
 * partnership get one, so the child hangs from their partner line.
 */
export function addParents(
  doc: GenogramDocument,
  childId: Id,
  which: ParentRole,
): { doc: GenogramDocument; parentIds: Id[]; partnershipId?: Id } {
  const child = requirePerson(doc, childId, 'child');
  const existing = birthParentsOf(doc, childId);
  if (existing.length >= 2) {
    throw new OperationError(`${describePerson(child, childId)} already has two birth parents: remove one before adding another`);
  }
  const [known] = existing;
  if (which === 'both' && known !== undefined) return addParents(doc, childId, missingRole(doc, known));
  if (which === 'both') {
    const mother = addPerson(doc, parentFields(child, 'mother'));
    const father = addPerson(mother.doc, parentFields(child, 'father'));
    let next = addParentLink(father.doc, mother.id, childId, 'birth').doc;
    next = addParentLink(next, father.id, childId, 'birth').doc;
    const couple = addPartnership(next, father.id, mother.id);
    return { doc: couple.doc, parentIds: [mother.id, father.id], partnershipId: couple.id };
  }
  const added = addPerson(doc, parentFields(child, which));
  const next = addParentLink(added.doc, added.id, childId, 'birth').doc;
  if (known === undefined) return { doc: next, parentIds: [added.id] };
  const couple = ensurePartnership(next, known, added.id);
  return { ...couple, parentIds: [added.id] };
}

/** A new partner: of the opposite gender where the person is female or male, else unknown. */
export function addPartner(
  doc: GenogramDocument,
  personId: Id,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId: Id } {
  const person = requirePerson(doc, personId);
  const added = addPerson(doc, { gender: oppositeGender(person.gender), ...fields });
  const made = addPartnership(added.doc, personId, added.id);
  return { doc: made.doc, id: added.id, partnershipId: made.id };
}

function resolveParents(doc: GenogramDocument, of: ParentsSpec): Id[] {
  if (!Array.isArray(of)) {
    const p = doc.partnerships.find((x) => x.id === of.partnershipId);
    if (of.person !== undefined) {
      const person = requirePerson(doc, of.person);
      if (!p || (p.a !== of.person && p.b !== of.person)) {
        throw new OperationError(`${describePerson(person, of.person)} has no partnership with id "${of.partnershipId}"`);
      }
    }
    if (!p) throw new OperationError(`There is no partnership with id "${of.partnershipId}" in this genogram`);
    return resolveParents(doc, [p.a, p.b]);
  }
  if (of.length < 1 || of.length > 2) throw new OperationError('A child has one or two birth parents');
  if (of.length === 2 && of[0] === of[1]) throw new OperationError('The two parents must be different people');
  for (const id of of) requirePerson(doc, id, 'parent');
  return of;
}

/** The family name of a father who has one, else of the first parent who has one. */
function childFamilyName(parents: Person[]): string | undefined {
  const father = parents.find((p) => p.gender === 'male' && p.familyName);
  return (father ?? parents.find((p) => p.familyName))?.familyName;
}

function addBirthChildOf(doc: GenogramDocument, parentIds: Id[], fields: NewPersonFields): { doc: GenogramDocument; id: Id } {
  const added = addPerson(doc, fields);
  let next = added.doc;
  for (const parent of parentIds) next = addParentLink(next, parent, added.id, 'birth').doc;
  return { doc: next, id: added.id };
}

/**
 * A birth child of one or two parents (or of a partnership's partners), with the father's
 * family name. Its gender is 'unknown' until the author says otherwise. Two parents with no
 * partnership get one.
 */
export function addChild(
  doc: GenogramDocument,
  of: ParentsSpec,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId?: Id } {
  const parentIds = resolveParents(doc, of);
  const parents = parentIds.map((id) => requirePerson(doc, id));
  const added = addBirthChildOf(doc, parentIds, { ...nameFields(childFamilyName(parents)), ...fields });
  const [a, b] = parentIds;
  if (a === undefined || b === undefined) return added;
  return { ...ensurePartnership(added.doc, a, b), id: added.id };
}

/**
 * A brother or sister sharing all the person's birth parents and their family name. With no birth
 * parent recorded, one unknown parent (a placeholder) is added so the two are drawn as siblings
 * without saying who that parent is; `placeholderParent` names it.
 */
export function addSibling(
  doc: GenogramDocument,
  personId: Id,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; sharedParents: Id[]; placeholderParent?: Id } {
  const person = requirePerson(doc, personId);
  const recorded = birthParentsOf(doc, personId);
  const siblingFields = { ...nameFields(person.familyName), ...fields };
  if (recorded.length > 0) {
    const added = addBirthChildOf(doc, recorded, siblingFields);
    return { ...added, sharedParents: recorded };
  }
  const unknown = addParents(doc, personId, 'unknown');
  const placeholder = unknown.parentIds[0]!;
  const added = addBirthChildOf(unknown.doc, [placeholder], siblingFields);
  return { ...added, sharedParents: [placeholder], placeholderParent: placeholder };
}

/**
 * A sibling born at the same birth (same birth date): joins the person's multiple-birth group,
 * or starts a fraternal one with them, since whether twins are identical is rarely recorded.
 */
export function addTwin(
  doc: GenogramDocument,
  personId: Id,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; multipleBirthId: Id } {
  const person = requirePerson(doc, personId);
  const sibling = addSibling(doc, personId, { ...(person.birth ? { birth: person.birth } : {}), ...fields });
  const group = indexDocument(doc).multipleBirthOf.get(personId);
  if (group) {
    const grown = updateMultipleBirth(sibling.doc, group.id, { members: [...group.members, sibling.id] });
    return { doc: grown, id: sibling.id, multipleBirthId: group.id };
  }
  const made = setMultipleBirth(sibling.doc, [personId, sibling.id], 'fraternal');
  return { doc: made.doc, id: sibling.id, multipleBirthId: made.id };
}

/** A pregnancy (or pregnancy loss) of one or two parents, drawn with the pregnancy glyphs. */
export function addPregnancy(
  doc: GenogramDocument,
  of: ParentsSpec,
  outcome: PregnancyOutcome,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId?: Id } {
  return addChild(doc, of, { pregnancy: { outcome }, ...fields });
}
