import { addMonths } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, distinctBirthLinks, finding, nameOf, stated, when, type Reading } from './finding';

/**
 * A child born after a birth parent's death. A birth mother must be alive at the birth. Any
 * other birth parent (the glyph follows gender, so we cannot tell who gave birth) is allowed
 * nine months, a full-term pregnancy: a birth later than that is worth checking (a warning), and
 * more than ten months later, the longest usual pregnancy, it is an error.
 */
const ALLOWED_MONTHS = 9;
const LONGEST_MONTHS = 10;

export const birthAfterParentDeath: Check = (doc) => {
  const out: Finding[] = [];
  for (const { parent, child } of distinctBirthLinks(doc)) {
    if (!parent.death || !child.birth) continue;
    const mother = parent.gender === 'female';
    const after = (read: Reading, months: number) => read(child.birth!).earliest > addMonths(read(parent.death!).latest, months);
    const impossible = after(certain, mother ? 0 : LONGEST_MONTHS);
    const late = after(certain, mother ? 0 : ALLOWED_MONTHS);
    const likely = after(stated, mother ? 0 : ALLOWED_MONTHS);
    if (!late && !likely) continue;
    const childName = nameOf(doc, child.id);
    const parentName = nameOf(doc, parent.id);
    const dates = `${childName} born ${when(child.birth)}, ${parentName} died ${when(parent.death)}`;
    const limit = (months: number) => (mother ? ' after' : ` more than ${months} months after`);
    if (impossible) {
      out.push(finding('birth-after-parent-death', 'error', `${childName} is recorded as born${limit(LONGEST_MONTHS)} the death of their parent ${parentName} (${dates}).`, [child.id, parent.id]));
    } else if (late) {
      out.push(finding('birth-after-parent-death', 'warning', `${childName} was born${limit(ALLOWED_MONTHS)} the death of their parent ${parentName} (${dates}): check the dates.`, [child.id, parent.id]));
    } else {
      out.push(finding('birth-after-parent-death', 'warning', `${childName} was possibly born${limit(ALLOWED_MONTHS)} the death of their parent ${parentName} (${dates}).`, [child.id, parent.id]));
    }
  }
  return out;
};
