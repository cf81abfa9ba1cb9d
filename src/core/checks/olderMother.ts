import { ageAt } from '../dates/partialDate';
import { addYears } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, distinctBirthLinks, finding, nameOf, stated, when, type Reading } from './finding';

const OVER = 55;

/**
 * A birth mother over 55 at a child's birth: possible, but more often a grandmother recorded as
 * the mother (a concealed parentage, or a slip). Warning when certain, note when only likely.
 */
export const olderMother: Check = (doc) => {
  const out: Finding[] = [];
  for (const { parent, child } of distinctBirthLinks(doc)) {
    if (parent.gender !== 'female' || !parent.birth || !child.birth) continue;
    const over = (read: Reading) => read(child.birth!).earliest > addYears(read(parent.birth!).latest, OVER);
    const sure = over(certain);
    if (!sure && !over(stated)) continue;
    const parentName = nameOf(doc, parent.id);
    const childName = nameOf(doc, child.id);
    const dates = `${parentName} born ${when(parent.birth)}, ${childName} born ${when(child.birth)}`;
    const age = ageAt(parent.birth, child.birth);
    const message = `${parentName} was ${sure ? age : `possibly over ${OVER}`} when her child ${childName} was born (${dates}): check the link (is she the grandmother?).`;
    out.push(finding('older-mother', sure ? 'warning' : 'info', message, [parent.id, child.id]));
  }
  return out;
};
