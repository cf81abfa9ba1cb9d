import { addYears } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, distinctBirthLinks, finding, nameOf, stated, when, type Reading } from './finding';

const MIN_PARENT_AGE = 12;

/** A child born before a birth parent was 12 (or before the parent was born at all). */
export const parentTooYoung: Check = (doc) => {
  const out: Finding[] = [];
  for (const { parent, child } of distinctBirthLinks(doc)) {
    if (!parent.birth || !child.birth) continue;
    const tooYoung = (read: Reading) => read(child.birth!).latest < addYears(read(parent.birth!).earliest, MIN_PARENT_AGE);
    const isCertain = tooYoung(certain);
    const likely = !isCertain && tooYoung(stated);
    if (!isCertain && !likely) continue;
    const childName = nameOf(doc, child.id);
    const parentName = nameOf(doc, parent.id);
    const dates = `${childName} born ${when(child.birth)}, ${parentName} born ${when(parent.birth)}`;
    const beforeParent = certain(child.birth).latest < certain(parent.birth).earliest;
    const what = beforeParent ? `was born before their parent ${parentName}` : `was born before their parent ${parentName} was ${MIN_PARENT_AGE}`;
    if (isCertain) out.push(finding('parent-too-young', 'error', `${childName} ${what} (${dates}).`, [child.id, parent.id]));
    else if (likely) {
      out.push(finding('parent-too-young', 'warning', `${childName} was possibly born before their parent ${parentName} was ${MIN_PARENT_AGE} (${dates}).`, [child.id, parent.id]));
    }
  }
  return out;
};
