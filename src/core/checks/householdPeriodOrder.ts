import type { Check, Finding } from './finding';
import { certain, finding, nameOf, stated, when } from './finding';
import { memberPeriods } from '../households/memberPeriods';

/**
 * A household period that ends before it starts: a typing slip that would otherwise make the
 * person silently vanish from the household, its outline and the timeline.
 */
export const householdPeriodOrder: Check = (doc) => {
  const out: Finding[] = [];
  for (const h of doc.households) {
    memberPeriods(h).forEach((m, index) => {
      if (!m.from || !m.to) return;
      const sure = certain(m.to).latest < certain(m.from).earliest;
      const likely = !sure && stated(m.to).latest < stated(m.from).earliest;
      if (!sure && !likely) return;
      const name = nameOf(doc, m.person);
      const message = `${name}'s period in "${h.label}" ends (${when(m.to)}) before it starts (${when(m.from)})${sure ? '' : ', possibly'}.`;
      out.push(finding('household-period-order', sure ? 'error' : 'warning', message, [m.person], `${h.id}|${index}`));
    });
  }
  return out;
};
