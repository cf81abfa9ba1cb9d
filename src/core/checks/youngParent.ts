import { ageAt } from '../dates/partialDate';
import { addYears } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, distinctBirthLinks, finding, nameOf, stated, when, type Reading } from './finding';

const UNDER = 16;
const IMPOSSIBLE_UNDER = 12;

/**
 * A birth parent who was under 16 when a child was born (12 to 15: younger is parentTooYoung's
 * error). A safeguarding question, not a data error: a warning when certain on every reading
 * of the dates, a note when only on the stated one.
 */
export const youngParent: Check = (doc) => {
  const out: Finding[] = [];
  for (const { parent, child } of distinctBirthLinks(doc)) {
    if (!parent.birth || !child.birth) continue;
    const under = (read: Reading, years: number) => read(child.birth!).latest < addYears(read(parent.birth!).earliest, years);
    if (under(stated, IMPOSSIBLE_UNDER)) continue;
    const sure = under(certain, UNDER);
    if (!sure && !under(stated, UNDER)) continue;
    const age = ageAt(parent.birth, child.birth);
    const parentName = nameOf(doc, parent.id);
    const childName = nameOf(doc, child.id);
    const dates = `${parentName} born ${when(parent.birth)}, ${childName} born ${when(child.birth)}`;
    const message = sure
      ? `${parentName} was ${age ?? 'under 16'} when their child ${childName} was born (${dates}).`
      : `${parentName} was possibly under 16 when their child ${childName} was born (${dates}).`;
    out.push(finding('young-parent', sure ? 'warning' : 'info', message, [parent.id, child.id]));
  }
  return out;
};
