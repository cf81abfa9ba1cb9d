import type { Check, Finding } from './finding';
import { finding, missingDetails, nameOf } from './finding';

/**
 * An adult outside the family (a partner who visits, a friend, a lodger) with no date of birth,
 * no ethnicity, or no relationship entered (whose partner or friend, or what their role is); an
 * ethnicity the records do not give is "not recorded", apart from one nobody entered.
 */
export const significantOtherDetails: Check = (doc) => {
  const out: Finding[] = [];
  for (const p of doc.persons) {
    const role = p.significantOther;
    if (!role || p.placeholder) continue;
    // Not entered (nobody filled it in) told apart from not recorded (the records do not say).
    const notEntered: string[] = [];
    const notRecorded: string[] = [];
    if (!p.birth) notEntered.push('date of birth');
    if (!p.ethnicity) notEntered.push('ethnicity');
    else if (p.ethnicity.status === 'not-recorded') notRecorded.push('ethnicity');
    const whose = (role.role === 'partner' || role.role === 'friend') && role.of === undefined;
    if (whose || (role.role === 'other' && !role.text?.trim())) notEntered.push(role.role === 'other' ? 'role' : `relationship (whose ${role.role})`);
    if (notEntered.length + notRecorded.length === 0) continue;
    out.push(finding('significant-other-details', 'warning', `${missingDetails(notEntered, notRecorded)} for ${nameOf(doc, p.id)} (an adult outside the family).`, [p.id]));
  }
  return out;
};
