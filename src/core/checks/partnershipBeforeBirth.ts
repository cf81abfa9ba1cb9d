import { indexDocument } from '../model/documentIndex';
import type { Check, Finding } from './finding';
import { before, certain, finding, nameOf, stated, when } from './finding';

/** A dated partnership event before one of the partners was born. */
export const partnershipBeforeBirth: Check = (doc) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const p of doc.partnerships) {
    p.events.forEach((event, i) => {
      if (!event.date) return;
      for (const id of new Set([p.a, p.b])) {
        const birth = person.get(id)?.birth;
        if (!birth) continue;
        const sure = before(certain, event.date, birth);
        if (!sure && !before(stated, event.date, birth)) continue;
        const couple = `${nameOf(doc, p.a)} and ${nameOf(doc, p.b)}`;
        const text = `${event.type} ${when(event.date)}, ${nameOf(doc, id)} born ${when(birth)}`;
        if (sure) {
          out.push(finding('partnership-before-birth', 'error', `${couple}: an event is recorded before ${nameOf(doc, id)} was born (${text}).`, [p.a, p.b], `${p.id}.${i}.${id}`));
        } else {
          out.push(finding('partnership-before-birth', 'warning', `${couple}: an event was possibly before ${nameOf(doc, id)} was born (${text}).`, [p.a, p.b], `${p.id}.${i}.${id}`));
        }
      }
    });
  }
  return out;
};
