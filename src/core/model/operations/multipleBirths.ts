import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, MultipleBirth } from '../types';
import { applyPatch, type Patch, replaceById, requireItem, requirePerson } from './shared';

/**
 * Makes the persons (in birth order) one multiple-birth group. A person can be in only one
 * group, so they leave any group they were in; a group left with fewer than two is dissolved.
 * When a group with exactly these members exists, only its kind changes and its id is kept.
 */
export function setMultipleBirth(
  doc: GenogramDocument,
  memberIds: Id[],
  kind: MultipleBirth['kind'],
): { doc: GenogramDocument; id: Id } {
  const members = [...new Set(memberIds)];
  if (members.length < 2) throw new OperationError('Twins, triplets and other multiple births need at least two people');
  for (const id of members) requirePerson(doc, id);
  const same = doc.multipleBirths.find(
    (g) => g.members.length === members.length && g.members.every((m, i) => m === members[i]),
  );
  if (same) {
    if (same.kind === kind) return { doc, id: same.id };
    return {
      doc: { ...doc, multipleBirths: doc.multipleBirths.map((g) => (g === same ? { ...g, kind } : g)) },
      id: same.id,
    };
  }
  const taken = new Set(members);
  const others = doc.multipleBirths
    .map((g) => (g.members.some((m) => taken.has(m)) ? { ...g, members: g.members.filter((m) => !taken.has(m)) } : g))
    .filter((g) => g.members.length >= 2);
  const id = newId('mb');
  return { doc: { ...doc, multipleBirths: [...others, { id, kind, members }] }, id };
}

export function removeMultipleBirth(doc: GenogramDocument, id: Id): GenogramDocument {
  requireItem(doc.multipleBirths, id, 'multiple-birth group');
  return { ...doc, multipleBirths: doc.multipleBirths.filter((g) => g.id !== id) };
}

/** Kind or birth order; members replaced whole must be two or more existing persons. */
export function updateMultipleBirth(doc: GenogramDocument, id: Id, patch: Patch<MultipleBirth>): GenogramDocument {
  requireItem(doc.multipleBirths, id, 'multiple-birth group');
  if (patch.members) {
    if (patch.members.length < 2) throw new OperationError('Twins, triplets and other multiple births need at least two people');
    if (new Set(patch.members).size < patch.members.length) throw new OperationError('A person can be listed only once in a multiple birth');
    for (const member of patch.members) requirePerson(doc, member);
  }
  const multipleBirths = replaceById(doc.multipleBirths, id, (g) => applyPatch(g, patch));
  return multipleBirths === doc.multipleBirths ? doc : { ...doc, multipleBirths };
}

/** Takes one person out of a group; a group of fewer than two is no group, so it is dissolved. */
export function leaveMultipleBirth(doc: GenogramDocument, id: Id, personId: Id): GenogramDocument {
  const group = requireItem(doc.multipleBirths, id, 'multiple-birth group');
  if (!group.members.includes(personId)) return doc;
  const members = group.members.filter((m) => m !== personId);
  return members.length < 2 ? removeMultipleBirth(doc, id) : updateMultipleBirth(doc, id, { members });
}
