import { membershipCertainty } from '../households/membershipAt';
import { indexDocument } from '../model/documentIndex';
import type { Check, Finding, Severity } from './finding';
import { before, certain, finding, nameOf, stated, when } from './finding';
import { memberPeriods } from '../households/memberPeriods';

/**
 * A household member who had died, or was not yet born, at the reference date. Certain when
 * both the membership and the birth or death are certain at that date; otherwise "possibly".
 */
export const householdMemberPresence: Check = (doc, asAt) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const household of doc.households) {
    const reported = new Set<string>();
    for (const period of memberPeriods(household)) {
      const membership = membershipCertainty(period, asAt);
      if (membership === 'none' || reported.has(period.person)) continue;
      const p = person.get(period.person);
      if (!p || p.pregnancy) continue;
      const report = (certain: boolean, fact: string, likelyFact: boolean) => {
        if (!certain && !likelyFact) return;
        const name = nameOf(doc, p.id);
        const sure = certain && membership === 'certain';
        const severity: Severity = sure ? 'warning' : 'info';
        const verb = sure ? 'is' : 'is possibly';
        out.push(finding('household-member-absent', severity, `${name} ${verb} listed in "${household.label}" on ${when(asAt)}, but ${fact}.`, [p.id], household.id));
        reported.add(p.id);
      };
      if (p.death) report(before(certain, p.death, asAt), `died ${when(p.death)}`, before(stated, p.death, asAt));
      else if (p.deceased) report(false, 'is marked deceased (date not known)', true);
      if (!reported.has(p.id) && p.birth) report(before(certain, asAt, p.birth), `was born ${when(p.birth)}`, before(stated, asAt, p.birth));
    }
  }
  return out;
};
