import { birthParentsOf, indexDocument } from '../documentIndex';
import { OperationError } from '../operationError';
import type { Gender, GenogramDocument, Id, Person, PregnancyOutcome } from '../types';
import { addParentLink } from './parentLinks';
import { addPartnership } from './partnerships';
import { addPerson, type NewPersonFields } from './persons';
import { describePerson, requireItem, requirePerson } from './shared';

/** Who a new child or pregnancy belongs to: one or two parents, or a partnership's two partners. */
export type ParentsSpec = Id[] | { partnershipId: Id };

export type ParentRole = 'mother' | 'father' | 'both' | 'unknown';

function opposite(gender: Gender): Gender {
  return gender === 'female' ? 'male' : gender === 'male' ? 'female' : 'unknown';
}

function partnershipBetween(doc: GenogramDocument, a: Id, b: Id): Id | undefined {
  return doc.partnerships.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.id;
}

function nameFields(familyName: string | undefined): NewPersonFields {
  return familyName ? { familyName } : {};
}

/**
 * Adds birth parents to a child. Defaults follow what is usual in English case records:
 * the father takes the child's family name; the mother takes it only when she is the child's
 * only parent (a mother's family name often differs and is left for the author to fill in).
 * An 'unknown' parent is a placeholder person, of the sex opposite to a known other birth parent
 * where that is female or male. Two birth parents with no partnership get one, so the child
 * hangs from their partner line.
 */
export function addParents(
  doc: GenogramDocument,
  childId: Id,
  which: ParentRole,
): { doc: GenogramDocument; parentIds: Id[]; partnershipId?: Id } {
  const child = requirePerson(doc, childId, 'child');
  const childName = describePerson(child, childId);
  const existing = birthParentsOf(doc, childId);
  const wanted = which === 'both' ? 2 : 1;
  if (existing.length + wanted > 2) {
    throw new OperationError(
      existing.length >= 2
        ? `${childName} already has two birth parents`
        : `${childName} already has a birth parent: add the other one as mother, father or unknown`,
    );
  }
  const familyName = child.familyName;
  const roles: Exclude<ParentRole, 'both'>[] = which === 'both' ? ['mother', 'father'] : [which];
  let next = doc;
  const parentIds: Id[] = [];
  for (const role of roles) {
    let fields: NewPersonFields;
    if (role === 'father') fields = { gender: 'male', ...nameFields(familyName) };
    else if (role === 'mother') fields = { gender: 'female', ...(which === 'mother' && existing.length === 0 ? nameFields(familyName) : {}) };
    else {
      const other = existing[0] ? indexDocument(doc).person.get(existing[0]) : undefined;
      fields = { gender: other ? opposite(other.gender) : 'unknown', placeholder: true };
    }
    const added = addPerson(next, fields);
    next = addParentLink(added.doc, added.id, childId, 'birth').doc;
    parentIds.push(added.id);
  }
  const allParents = [...existing, ...parentIds];
  let partnershipId: Id | undefined;
  if (allParents.length === 2) {
    const [a, b] = allParents as [Id, Id];
    if (!partnershipBetween(next, a, b)) {
      const made = addPartnership(next, a, b);
      next = made.doc;
      partnershipId = made.id;
    }
  }
  return partnershipId ? { doc: next, parentIds, partnershipId } : { doc: next, parentIds };
}

/**
 * A new partner: of the opposite gender where the person is female or male, else unknown,
 * in a partnership whose history starts with an undated 'started' event.
 */
export function addPartner(
  doc: GenogramDocument,
  personId: Id,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId: Id } {
  const person = requirePerson(doc, personId);
  const added = addPerson(doc, { gender: opposite(person.gender), ...fields });
  const made = addPartnership(added.doc, personId, added.id, { events: [{ type: 'started' }] });
  return { doc: made.doc, id: added.id, partnershipId: made.id };
}

function resolveParents(doc: GenogramDocument, of: ParentsSpec): Id[] {
  const ids = Array.isArray(of) ? of : (() => {
    const p = requireItem(doc.partnerships, of.partnershipId, 'partnership');
    return [p.a, p.b];
  })();
  if (ids.length < 1 || ids.length > 2) throw new OperationError('A child has one or two birth parents');
  if (ids.length === 2 && ids[0] === ids[1]) throw new OperationError('The two parents must be different people');
  for (const id of ids) requirePerson(doc, id, 'parent');
  return ids;
}

/** The father's family name, or the single parent's, or the name two parents share. */
function childFamilyName(parents: Person[]): string | undefined {
  if (parents.length === 1) return parents[0]!.familyName;
  const fathers = parents.filter((p) => p.gender === 'male');
  if (fathers.length === 1) return fathers[0]!.familyName;
  const [a, b] = parents;
  return a?.familyName && a.familyName === b?.familyName ? a.familyName : undefined;
}

function addBirthChild(
  doc: GenogramDocument,
  of: ParentsSpec,
  fields: NewPersonFields,
): { doc: GenogramDocument; id: Id; partnershipId?: Id } {
  const parentIds = resolveParents(doc, of);
  const parents = parentIds.map((id) => requirePerson(doc, id));
  const added = addPerson(doc, { ...nameFields(childFamilyName(parents)), ...fields });
  let next = added.doc;
  for (const parent of parentIds) next = addParentLink(next, parent, added.id, 'birth').doc;
  if (parentIds.length === 2) {
    const [a, b] = parentIds as [Id, Id];
    if (!partnershipBetween(next, a, b)) {
      const made = addPartnership(next, a, b);
      return { doc: made.doc, id: added.id, partnershipId: made.id };
    }
  }
  return { doc: next, id: added.id };
}

/**
 * A birth child of one or two parents (or of a partnership's partners). Its gender is 'unknown'
 * until the author says otherwise. Two parents with no partnership get one.
 */
export function addChild(
  doc: GenogramDocument,
  of: ParentsSpec,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId?: Id } {
  return addBirthChild(doc, of, fields);
}

/**
 * A sibling shares the person's recorded birth parents. When no birth parents are recorded the
 * sibling is still added (with the person's family name) but no parents are invented: case
 * records often know siblings without knowing a parent, and a made-up parent would tell the
 * reader something untrue. The result says so in `note`, so the editor can suggest adding a
 * (possibly unknown) parent to show the link.
 */
export function addSibling(
  doc: GenogramDocument,
  personId: Id,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; sharedParents: Id[]; note?: string } {
  const person = requirePerson(doc, personId);
  const parents = birthParentsOf(doc, personId);
  if (parents.length === 0) {
    const added = addPerson(doc, { ...nameFields(person.familyName), ...fields });
    return {
      doc: added.doc,
      id: added.id,
      sharedParents: [],
      note: `No birth parents are recorded for ${describePerson(person, personId)}, so the new person is not linked to them. Add a parent (known or unknown) to both to show they are siblings.`,
    };
  }
  const added = addBirthChild(doc, parents, fields);
  return { doc: added.doc, id: added.id, sharedParents: parents };
}

/** A pregnancy (or pregnancy loss) of one or two parents, drawn with the pregnancy glyphs. */
export function addPregnancy(
  doc: GenogramDocument,
  of: ParentsSpec,
  outcome: PregnancyOutcome,
  fields: NewPersonFields = {},
): { doc: GenogramDocument; id: Id; partnershipId?: Id } {
  return addBirthChild(doc, of, { pregnancy: { outcome }, ...fields });
}
