import { applyPatch, type Patch } from '../../core/model/operations/shared';
import type { DocumentSettings, GenogramDocument, Household, HouseholdMember, Id, MultipleBirth, NotationOptions, RelationshipLine } from '../../core/model/types';

/**
 * Small immutable edits for the parts of the document that have no operation of their own
 * in src/core/model/operations: multiple births, relationship lines, households, settings.
 */
type ListKey = 'multipleBirths' | 'relationships' | 'households';
type ItemOf<K extends ListKey> = GenogramDocument[K][number];

export function patchItem<K extends ListKey>(doc: GenogramDocument, key: K, id: Id, patch: Patch<ItemOf<K>>): GenogramDocument {
  const list = doc[key] as ItemOf<K>[];
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) return doc;
  const next = applyPatch(list[i]!, patch as Patch<ItemOf<K>>);
  if (next === list[i]) return doc;
  const copy = list.slice();
  copy[i] = next;
  return { ...doc, [key]: copy };
}

export function removeItem(doc: GenogramDocument, key: ListKey, id: Id): GenogramDocument {
  const list = doc[key] as { id: Id }[];
  return list.some((x) => x.id === id) ? { ...doc, [key]: list.filter((x) => x.id !== id) } : doc;
}

export function patchMultipleBirth(doc: GenogramDocument, id: Id, patch: Patch<MultipleBirth>): GenogramDocument {
  return patchItem(doc, 'multipleBirths', id, patch);
}

/** A group of fewer than two is no group: leaving it dissolves it. */
export function leaveMultipleBirth(doc: GenogramDocument, id: Id, person: Id): GenogramDocument {
  const group = doc.multipleBirths.find((g) => g.id === id);
  if (!group) return doc;
  const members = group.members.filter((m) => m !== person);
  return members.length < 2 ? removeItem(doc, 'multipleBirths', id) : patchMultipleBirth(doc, id, { members });
}

export function patchRelationship(doc: GenogramDocument, id: Id, patch: Patch<RelationshipLine>): GenogramDocument {
  return patchItem(doc, 'relationships', id, patch);
}

export function patchHousehold(doc: GenogramDocument, id: Id, patch: Patch<Household>): GenogramDocument {
  return patchItem(doc, 'households', id, patch);
}

export function patchHouseholdMember(doc: GenogramDocument, id: Id, index: number, patch: Patch<HouseholdMember>): GenogramDocument {
  const h = doc.households.find((x) => x.id === id);
  const member = h?.members[index];
  if (!h || !member) return doc;
  const next = applyPatch(member, patch as Patch<HouseholdMember>);
  if (next === member) return doc;
  return patchHousehold(doc, id, { members: h.members.map((m, i) => (i === index ? next : m)) });
}

export function removeHouseholdMember(doc: GenogramDocument, id: Id, index: number): GenogramDocument {
  const h = doc.households.find((x) => x.id === id);
  if (!h || index < 0 || index >= h.members.length) return doc;
  return patchHousehold(doc, id, { members: h.members.filter((_, i) => i !== index) });
}

export function addHouseholdMember(doc: GenogramDocument, id: Id, person: Id): GenogramDocument {
  const h = doc.households.find((x) => x.id === id);
  if (!h) return doc;
  return patchHousehold(doc, id, { members: [...h.members, { person }] });
}

export function patchSettings(doc: GenogramDocument, patch: Patch<DocumentSettings & { id: never }>): GenogramDocument {
  const settings = applyPatch(doc.settings as DocumentSettings & { id?: never }, patch);
  return settings === doc.settings ? doc : { ...doc, settings };
}

export function patchNotation(doc: GenogramDocument, patch: Partial<NotationOptions>): GenogramDocument {
  const notation = applyPatch(doc.settings.notation as NotationOptions & { id?: never }, patch);
  return notation === doc.settings.notation ? doc : { ...doc, settings: { ...doc.settings, notation } };
}
