import { indexDocument } from '../model/documentIndex';
import type { Id } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, missingDetails, nameOf } from './finding';

/**
 * Ethnicity and disability not entered, or not recorded, for a subject child or a parent of one (birth or
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
    // Not entered (nobody filled it in) and not recorded (the records do not say) are told apart, as the inspector tells them.
    const notEntered: string[] = [];
    const notRecorded: string[] = [];
    if (!p.ethnicity) notEntered.push('ethnicity');
    else if (p.ethnicity.status === 'not-recorded') notRecorded.push('ethnicity');
    if (!p.disability) notEntered.push('disability');
    else if (p.disability.status === 'not-recorded') notRecorded.push('disability');
    if (notEntered.length + notRecorded.length === 0) continue;
    out.push(finding('equality-data', 'warning', `${missingDetails(notEntered, notRecorded)} for ${nameOf(doc, id)} (${role}).`, [id]));
  }
  return out;
};
