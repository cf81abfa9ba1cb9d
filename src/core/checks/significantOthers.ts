import type { Check, Finding } from './finding';
import { finding, listNames, nameOf } from './finding';

/**
 * An adult outside the family (a partner who visits, a friend, a lodger) with no date of birth,
 * no ethnicity, or no relationship recorded (whose partner or friend, or what their role is).
 */
export const significantOtherDetails: Check = (doc) => {
  const out: Finding[] = [];
  for (const p of doc.persons) {
    const role = p.significantOther;
    if (!role || p.placeholder) continue;
    const missing: string[] = [];
    if (!p.birth) missing.push('date of birth');
    if (!p.ethnicity || p.ethnicity.status === 'not-recorded') missing.push('ethnicity');
    const whose = (role.role === 'partner' || role.role === 'friend') && role.of === undefined;
    if (whose || (role.role === 'other' && !role.text?.trim())) missing.push(role.role === 'other' ? 'role' : `relationship (whose ${role.role})`);
    if (missing.length === 0) continue;
    out.push(finding('significant-other-details', 'warning', `${nameOf(doc, p.id)} (an adult outside the family) has no ${listNames(missing)} recorded.`, [p.id]));
  }
  return out;
};
