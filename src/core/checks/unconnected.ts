import { indexDocument, partnerOf } from '../model/documentIndex';
import type { Id } from '../model/types';
import type { Check } from './finding';
import { finding, nameOf } from './finding';
import { addToList } from '../model/extremes';

/**
 * People not linked to any subject's family by parent links, partnerships, roles ("mother's
 * friend") or shared households.
 * Emotional and abuse lines do not count: they describe relationships, not who the family is.
 */
export const unconnected: Check = (doc) => {
  const subjects = doc.persons.filter((p) => p.subject).map((p) => p.id);
  if (subjects.length === 0) return [];
  const index = indexDocument(doc);
  const reached = new Set<Id>(subjects);
  const queue = [...subjects];
  const householdDone = new Set<Id>();
  const roleOf = new Map<Id, Id[]>();
  for (const p of doc.persons) {
    const of = p.significantOther?.of;
    if (of !== undefined) addToList(roleOf, of, p.id);
  }
  const reach = (id: Id) => {
    if (!reached.has(id)) {
      reached.add(id);
      queue.push(id);
    }
  };
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const l of index.parentLinksOf.get(id) ?? []) reach(l.parent);
    for (const l of index.childLinksOf.get(id) ?? []) reach(l.child);
    for (const p of index.partnershipsOf.get(id) ?? []) reach(partnerOf(p, id));
    const of = index.person.get(id)?.significantOther?.of;
    if (of !== undefined) reach(of);
    for (const other of roleOf.get(id) ?? []) reach(other);
    for (const h of index.householdsOf.get(id) ?? []) {
      if (householdDone.has(h.id)) continue;
      householdDone.add(h.id);
      for (const m of h.members) reach(m.person);
    }
  }
  return doc.persons
    .filter((p) => !reached.has(p.id))
    .map((p) => finding('unconnected', 'info', `${nameOf(doc, p.id)} has no connection to the family (no parent, child, partner, role or shared household).`, [p.id]));
};
