import type { PartnershipEvent, PartnershipEventType } from '../model/types';
import type { Check, Finding } from './finding';
import { before, certain, finding, nameOf, stated, when } from './finding';

const STARTS: readonly PartnershipEventType[] = ['started', 'engaged', 'cohabiting', 'married', 'civil-partnership'];
const FORMAL: readonly PartnershipEventType[] = ['married', 'civil-partnership'];
const FORMAL_ENDS: readonly PartnershipEventType[] = ['divorced', 'dissolved', 'annulled'];
const ENDS: readonly PartnershipEventType[] = ['separated', 'divorced', 'dissolved', 'annulled', 'widowed', 'ended'];

const WORDS: Record<PartnershipEventType, string> = {
  started: 'started', engaged: 'engaged', cohabiting: 'started living together', married: 'married', 'civil-partnership': 'civil partnership',
  separated: 'separated', divorced: 'divorced', dissolved: 'dissolved', annulled: 'annulled', reconciled: 'reconciled', widowed: 'widowed', ended: 'ended',
};

/**
 * Dates out of order within a partnership: a divorce, dissolution or annulment dated before the
 * marriage or civil partnership it ends; a separation or an end before the couple got together;
 * a reconciliation before any separation. Error when so on every reading of the dates, warning
 * when only on the stated one.
 */
export const partnershipDateOrder: Check = (doc) => {
  const out: Finding[] = [];
  for (const p of doc.partnerships) {
    const dated = p.events.filter((e): e is PartnershipEvent & { date: NonNullable<PartnershipEvent['date']> } => !!e.date);
    const firstOf = (types: readonly PartnershipEventType[]) => dated.find((e) => types.includes(e.type));
    const pairs: [PartnershipEvent | undefined, PartnershipEvent | undefined][] = [
      [dated.find((e) => FORMAL_ENDS.includes(e.type)), firstOf(FORMAL)],
      [dated.find((e) => ENDS.includes(e.type)), firstOf(STARTS)],
      [firstOf(['reconciled']), firstOf(['separated'])],
    ];
    for (const [later, earlier] of pairs) {
      if (!later?.date || !earlier?.date) continue;
      const sure = before(certain, later.date, earlier.date);
      if (!sure && !before(stated, later.date, earlier.date)) continue;
      const couple = `${nameOf(doc, p.a)} and ${nameOf(doc, p.b)}`;
      const message = `${couple}: ${WORDS[later.type]} ${when(later.date)} is ${sure ? '' : 'possibly '}before ${WORDS[earlier.type]} ${when(earlier.date)}.`;
      out.push(finding('partnership-date-order', sure ? 'error' : 'warning', message, [p.a, p.b], `${p.id}.${later.type}.${earlier.type}`));
      break;
    }
  }
  return out;
};
