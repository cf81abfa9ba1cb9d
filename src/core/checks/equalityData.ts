import { indexDocument } from '../model/documentIndex';
import type { Id } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, nameOf } from './finding';

/**
 * Ethnicity and disability not recorded for a subject child or a parent of one (birth or
 * adoptive). Unknown (placeholder) people and pregnancies are left out: nothing can be recorded for them.
 */
export const equalityData: Check = (doc) => {
  const { person, parentLinksOf } = indexDocument(doc);
  const roles = new Map<Id, string>();
  for (const p of doc.persons) {
    if (!p.subject) continue;
    roles.set(p.id, 'subject child');
    for (const link of parentLinksOf.get(p.id) ?? []) {
      if ((link.kind === 'birth' || link.kind === 'adoptive') && !roles.has(link.parent)) {
        roles.set(link.parent, `parent of ${nameOf(doc, p.id)}`);
      }
    }
  }
  const out: Finding[] = [];
  for (const [id, role] of roles) {
    const p = person.get(id);
    if (!p || p.placeholder || p.pregnancy) continue;
    const missing: string[] = [];
    if (!p.ethnicity || p.ethnicity.status === 'not-recorded') missing.push('ethnicity');
    if (!p.disability || p.disability.status === 'not-recorded') missing.push('disability');
    if (missing.length === 0) continue;
    out.push(finding('equality-data', 'warning', `${missing.join(' and ')} not recorded for ${nameOf(doc, id)} (${role}).`.replace(/^./, (c) => c.toUpperCase()), [id]));
  }
  return out;
};
