import { newId } from '../../core/model/ids';
import { OperationError } from '../../core/model/operationError';
import { removePersons } from '../../core/model/operations/persons';
import { requirePerson } from '../../core/model/operations/shared';
import type { GenogramDocument, Id, RelationshipKind } from '../../core/model/types';

/** Relationship lines, households, deletion and pins: pure edits used by the actions table. */

export function personIdsIn(doc: GenogramDocument, ids: readonly Id[]): Id[] {
  const persons = new Set(doc.persons.map((p) => p.id));
  return ids.filter((id) => persons.has(id));
}

export function makeRelationshipLine(
  doc: GenogramDocument,
  from: Id,
  to: Id,
  kind: RelationshipKind,
): { doc: GenogramDocument; id: Id } {
  requirePerson(doc, from);
  requirePerson(doc, to);
  if (from === to) throw new OperationError('A relationship line needs two different people');
  const id = newId('r');
  return { doc: { ...doc, relationships: [...doc.relationships, { id, kind, from, to }] }, id };
}

export function nextHouseholdLabel(doc: GenogramDocument): string {
  const taken = new Set(doc.households.map((h) => h.label));
  for (let n = doc.households.length + 1; ; n++) if (!taken.has(`Household ${n}`)) return `Household ${n}`;
}

export function makeHousehold(doc: GenogramDocument, personIds: readonly Id[], label?: string): { doc: GenogramDocument; id: Id } {
  if (personIds.length === 0) throw new OperationError('Select the people who live together first');
  for (const id of personIds) requirePerson(doc, id);
  const id = newId('h');
  const household = { id, label: label ?? nextHouseholdLabel(doc), members: [...new Set(personIds)].map((person) => ({ person })) };
  return { doc: { ...doc, households: [...doc.households, household] }, id };
}

/**
 * Deletes whatever is selected: persons take their links with them; a selected partnership,
 * parent link, relationship line, multiple-birth group or household goes on its own.
 */
export function deleteItems(doc: GenogramDocument, ids: readonly Id[]): GenogramDocument {
  const gone = new Set(ids);
  const next = removePersons(doc, ids);
  const keep = <T extends { id: Id }>(list: T[]): T[] => (list.some((x) => gone.has(x.id)) ? list.filter((x) => !gone.has(x.id)) : list);
  const result = {
    ...next,
    partnerships: keep(next.partnerships),
    parentLinks: keep(next.parentLinks),
    relationships: keep(next.relationships),
    multipleBirths: keep(next.multipleBirths),
    households: keep(next.households),
  };
  const same =
    result.persons === doc.persons &&
    result.partnerships === doc.partnerships &&
    result.parentLinks === doc.parentLinks &&
    result.relationships === doc.relationships &&
    result.multipleBirths === doc.multipleBirths &&
    result.households === doc.households;
  return same ? doc : result;
}

export function hasPins(doc: GenogramDocument): boolean {
  return doc.persons.some((p) => p.pinned);
}

/** Lets the layout place everyone again. */
export function releasePins(doc: GenogramDocument): GenogramDocument {
  if (!hasPins(doc)) return doc;
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      if (!p.pinned) return p;
      const { pinned: _dropped, ...rest } = p;
      return rest;
    }),
  };
}

/**
 * A multiple birth from people already in the genogram (in the order given). Anyone already in
 * another group is taken out of it first, since a person is born only once.
 */
export function makeMultipleBirth(doc: GenogramDocument, personIds: readonly Id[]): { doc: GenogramDocument; id: Id } {
  const members = [...new Set(personIds)];
  if (members.length < 2) throw new OperationError('Select two or more people born together');
  for (const id of members) requirePerson(doc, id);
  const taken = new Set(members);
  const others = doc.multipleBirths
    .map((g) => (g.members.some((m) => taken.has(m)) ? { ...g, members: g.members.filter((m) => !taken.has(m)) } : g))
    .filter((g) => g.members.length >= 2);
  const id = newId('mb');
  return { doc: { ...doc, multipleBirths: [...others, { id, kind: 'fraternal', members }] }, id };
}
