import { addMonths } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, distinctBirthLinks, finding, nameOf, stated, when, type Reading } from './finding';

/**
 * A child born after a birth parent's death. A birth mother must be alive at the birth;
 * any other birth parent (the glyph follows gender, so we cannot tell who gave birth) is
 * allowed ten months, the longest usual pregnancy.
 */
const GRACE_MONTHS = 10;

export const birthAfterParentDeath: Check = (doc) => {
  const out: Finding[] = [];
  for (const { parent, child } of distinctBirthLinks(doc)) {
    if (!parent.death || !child.birth) continue;
    const grace = parent.gender === 'female' ? 0 : GRACE_MONTHS;
    const tooLate = (read: Reading) => read(child.birth!).earliest > addMonths(read(parent.death!).latest, grace);
    const sure = tooLate(certain);
    const likely = !sure && tooLate(stated);
    if (!sure && !likely) continue;
    const childName = nameOf(doc, child.id);
    const parentName = nameOf(doc, parent.id);
    const dates = `${childName} born ${when(child.birth)}, ${parentName} died ${when(parent.death)}`;
    const limitText = grace ? ` more than ${GRACE_MONTHS} months after` : ' after';
    if (sure) {
      out.push(finding('birth-after-parent-death', 'error', `${childName} is recorded as born${limitText} the death of their parent ${parentName} (${dates}).`, [child.id, parent.id]));
    } else if (likely) {
      out.push(finding('birth-after-parent-death', 'warning', `${childName} was possibly born${limitText} the death of their parent ${parentName} (${dates}).`, [child.id, parent.id]));
    }
  }
  return out;
};
