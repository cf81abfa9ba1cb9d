import { ageAt } from '../dates/partialDate';
import { indexDocument } from '../model/documentIndex';
import type { PartialDate, PartnershipEventType } from '../model/types';
import { addYears } from './dayNumbers';
import type { Check, Finding } from './finding';
import { before, certain, finding, nameOf, stated, when, type Reading } from './finding';

const UNDER = 16;
const STARTS: readonly PartnershipEventType[] = ['started', 'engaged', 'cohabiting', 'married', 'civil-partnership'];
const WORDS: Partial<Record<PartnershipEventType, string>> = {
  started: 'in a relationship',
  engaged: 'engaged',
  cohabiting: 'living together',
  married: 'married',
  'civil-partnership': 'in a civil partnership',
};

/**
 * A relationship, living together, an engagement, a marriage or civil partnership dated before
 * a partner was 16. (An event before a partner's birth is partnershipBeforeBirth's error.)
 */
export const partnershipUnder16: Check = (doc) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const p of doc.partnerships) {
    for (const id of new Set([p.a, p.b])) {
      const birth = person.get(id)?.birth;
      if (!birth) continue;
      // The first such event is enough: a couple married at 15 were together at 15 too.
      const event = p.events.find((e) => e.date && STARTS.includes(e.type) && !before(stated, e.date, birth) && under(stated, e.date, birth));
      if (!event?.date) continue;
      const sure = under(certain, event.date, birth);
      const name = nameOf(doc, id);
      const couple = `${nameOf(doc, p.a)} and ${nameOf(doc, p.b)}`;
      const age = ageAt(birth, event.date);
      const what = `${WORDS[event.type] ?? event.type} ${when(event.date)}, ${name} born ${when(birth)}`;
      const message = sure
        ? `${couple}: ${name} was ${age ?? 'under 16'} when they were ${WORDS[event.type] ?? event.type} (${what}).`
        : `${couple}: ${name} was possibly under 16 when they were ${WORDS[event.type] ?? event.type} (${what}).`;
      out.push(finding('partnership-under-16', sure ? 'warning' : 'info', message, [id, p.a === id ? p.b : p.a], `${p.id}.${id}`));
    }
  }
  return out;
};

/** Every day the event can mean (on the reading) falls before the partner's 16th birthday. */
function under(read: Reading, date: PartialDate, birth: PartialDate): boolean {
  return read(date).latest < addYears(read(birth).earliest, UNDER);
}
