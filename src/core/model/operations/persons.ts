import { newId } from '../ids';
import type { GenogramDocument, Id, Person } from '../types';
import { applyPatch, type Patch, replaceById, requirePerson, withoutUndefined } from './shared';

export type NewPersonFields = Omit<Partial<Person>, 'id'>;

export function addPerson(doc: GenogramDocument, fields: NewPersonFields = {}): { doc: GenogramDocument; id: Id } {
  const id = newId('p');
  const person: Person = { id, gender: 'unknown', ...withoutUndefined(fields) };
  return { doc: { ...doc, persons: [...doc.persons, person] }, id };
}

export function updatePerson(doc: GenogramDocument, id: Id, patch: Patch<Person>): GenogramDocument {
  requirePerson(doc, id);
  const persons = replaceById(doc.persons, id, (p) => applyPatch(p, patch));
  return persons === doc.persons ? doc : { ...doc, persons };
}

/**
 * Removes persons and everything that only makes sense with them: their parent links,
 * partnerships and relationship lines, their places in multiple-birth groups (a group left with
 * fewer than two members is dissolved) and their household memberships. Households themselves
 * stay, even when emptied: a household carries a label and an address the author may still want.
 * Someone who was the partner or friend of a removed person keeps that role, no longer naming whose.
 */
export function removePersons(doc: GenogramDocument, ids: Iterable<Id>): GenogramDocument {
  const gone = new Set(ids);
  if (!doc.persons.some((p) => gone.has(p.id))) return doc;
  return {
    ...doc,
    persons: doc.persons.filter((p) => !gone.has(p.id)).map((p) => (p.significantOther?.of !== undefined && gone.has(p.significantOther.of) ? withoutOf(p) : p)),
    partnerships: doc.partnerships.filter((p) => !gone.has(p.a) && !gone.has(p.b)),
    parentLinks: doc.parentLinks.filter((l) => !gone.has(l.parent) && !gone.has(l.child)),
    relationships: doc.relationships.filter((r) => !gone.has(r.from) && !gone.has(r.to)),
    multipleBirths: doc.multipleBirths
      .map((g) => (g.members.some((m) => gone.has(m)) ? { ...g, members: g.members.filter((m) => !gone.has(m)) } : g))
      .filter((g) => g.members.length >= 2),
    households: doc.households.map((h) =>
      h.members.some((m) => gone.has(m.person)) ? { ...h, members: h.members.filter((m) => !gone.has(m.person)) } : h,
    ),
  };
}

function withoutOf(p: Person): Person {
  const { of: _of, ...role } = p.significantOther!;
  return { ...p, significantOther: role };
}
