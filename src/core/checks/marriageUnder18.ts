import { ageAt } from '../dates/partialDate';
import { indexDocument } from '../model/documentIndex';
import { addYears } from './dayNumbers';
import type { Check, Finding } from './finding';
import { certain, finding, nameOf, stated, when } from './finding';

/** The Marriage and Civil Partnership (Minimum Age) Act 2022 came into force on 27 February 2023. */
const MINIMUM_AGE_18_FROM = 20230227;

/**
 * A marriage or civil partnership on or after 27 February 2023 when a partner was 16 or 17:
 * no longer lawful in England and Wales, so either a date is wrong or it is a safeguarding
 * matter (under 16 is partnershipUnder16's).
 */
export const marriageUnder18: Check = (doc) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const p of doc.partnerships) {
    for (const event of p.events) {
      if (!event.date || (event.type !== 'married' && event.type !== 'civil-partnership')) continue;
      if (stated(event.date).earliest < MINIMUM_AGE_18_FROM) continue;
      for (const id of new Set([p.a, p.b])) {
        const birth = person.get(id)?.birth;
        if (!birth) continue;
        const under18 = stated(event.date).latest < addYears(stated(birth).earliest, 18);
        const under16 = stated(event.date).latest < addYears(stated(birth).earliest, 16);
        if (!under18 || under16) continue;
        const sure = certain(event.date).earliest >= MINIMUM_AGE_18_FROM && certain(event.date).latest < addYears(certain(birth).earliest, 18);
        const name = nameOf(doc, id);
        const what = event.type === 'married' ? 'married' : 'in a civil partnership';
        const message = `${nameOf(doc, p.a)} and ${nameOf(doc, p.b)}: ${name} was ${sure ? ageAt(birth, event.date) : 'possibly under 18'} when ${what} (${when(event.date)}, ${name} born ${when(birth)}); since 27 February 2023 the minimum age in England and Wales is 18.`;
        out.push(finding('marriage-under-18', sure ? 'warning' : 'info', message, [id, p.a === id ? p.b : p.a], `${p.id}.${id}`));
      }
    }
  }
  return out;
};
