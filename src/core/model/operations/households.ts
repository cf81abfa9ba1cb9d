import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Household, HouseholdMember, Id, PartialDate } from '../types';
import { applyPatch, type Patch, replaceById, requireItem, requirePerson, withoutUndefined } from './shared';

/** "Household 1", "Household 2"…: the first number past the count that no household is called. */
export function nextHouseholdLabel(doc: GenogramDocument): string {
  const taken = new Set(doc.households.map((h) => h.label));
  for (let n = doc.households.length + 1; ; n++) if (!taken.has(`Household ${n}`)) return `Household ${n}`;
}

/**
 * Members join from the same date (if given); a person listed twice is added once. Without a
 * label the household is numbered (see nextHouseholdLabel).
 */
export function addHousehold(
  doc: GenogramDocument,
  label: string | undefined,
  memberIds: readonly Id[],
  from?: PartialDate,
): { doc: GenogramDocument; id: Id } {
  for (const id of memberIds) requirePerson(doc, id);
  const id = newId('h');
  const members: HouseholdMember[] = [...new Set(memberIds)].map((person) => (from ? { person, from } : { person }));
  const household: Household = { id, label: label ?? nextHouseholdLabel(doc), members };
  return { doc: { ...doc, households: [...doc.households, household] }, id };
}

/** Label, address, emphasis; members may be replaced whole (each person must exist). */
export function updateHousehold(doc: GenogramDocument, id: Id, patch: Patch<Household>): GenogramDocument {
  requireItem(doc.households, id, 'household');
  for (const m of patch.members ?? []) requirePerson(doc, m.person);
  const households = replaceById(doc.households, id, (h) => applyPatch(h, patch));
  return households === doc.households ? doc : { ...doc, households };
}

export function removeHousehold(doc: GenogramDocument, id: Id): GenogramDocument {
  requireItem(doc.households, id, 'household');
  return { ...doc, households: doc.households.filter((h) => h.id !== id) };
}

/** Adds one period of membership; a person may have several periods in the same household. */
export function addHouseholdMember(
  doc: GenogramDocument,
  householdId: Id,
  personId: Id,
  period: { from?: PartialDate; to?: PartialDate } = {},
): GenogramDocument {
  requireItem(doc.households, householdId, 'household');
  requirePerson(doc, personId);
  const member: HouseholdMember = { person: personId, ...withoutUndefined(period) };
  return {
    ...doc,
    households: replaceById(doc.households, householdId, (h) => ({ ...h, members: [...h.members, member] })),
  };
}

/** Changes the dates of one period, addressed by its index in the household's member list. */
export function updateHouseholdMember(
  doc: GenogramDocument,
  householdId: Id,
  index: number,
  patch: Patch<HouseholdMember>,
): GenogramDocument {
  const household = requireItem(doc.households, householdId, 'household');
  const before = household.members[index];
  if (!before) throw new OperationError(`Household "${household.label}" has no member number ${index + 1}`);
  if (patch.person !== undefined) requirePerson(doc, patch.person);
  const after = applyPatch(before, patch);
  if (after === before) return doc;
  return {
    ...doc,
    households: replaceById(doc.households, householdId, (h) => ({
      ...h,
      members: h.members.map((m, i) => (i === index ? after : m)),
    })),
  };
}

/**
 * Removes one period of membership, addressed by its index in the member list (a person's other
 * periods in the same household stay).
 */
export function removeHouseholdMember(doc: GenogramDocument, householdId: Id, index: number): GenogramDocument {
  const household = requireItem(doc.households, householdId, 'household');
  if (!household.members[index]) throw new OperationError(`Household "${household.label}" has no member number ${index + 1}`);
  return {
    ...doc,
    households: replaceById(doc.households, householdId, (h) => ({
      ...h,
      members: h.members.filter((_, i) => i !== index),
    })),
  };
}
