import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, MultipleBirth } from '../types';
import { requireItem, requirePerson } from './shared';

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
