import { sortKey } from '../dates/partialDate';
import { formatEventDate } from '../chronology/eventDate';
import type { ChronologyEvent } from '../chronology/types';
import type { Id, PartialDate } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, listNames, nameOf } from './finding';

/** Gaps longer than this many days are reported unless the chronology sets its own threshold. */
export const DEFAULT_NOT_SEEN_DAYS = 28;

/** Days since 1 Jan 1970 of a date's most likely day (sortKey's middle reading). */
function dayOf(d: PartialDate): number {
  const key = sortKey({ ...d, qualifier: undefined });
  return Math.round(Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100) / 86_400_000);
}

/** Whether the event records the subject as seen: a "child seen" naming them, or naming no one when they are the only subject. */
function seesSubject(e: ChronologyEvent, subject: Id, onlySubject: boolean): boolean {
  if (e.kind !== 'child-seen') return false;
  return e.persons.includes(subject) || (onlySubject && e.persons.length === 0);
}

/**
 * The subject child not seen for more than the chronology's threshold (default 28 days) while
 * agencies were in contact with the family: from each time the child was seen (or the first
 * contact) to the next, when agency entries fall in between. The national study behind this
 * project found reviews that could not say when the child was last seen; this says so.
 * Dates are read at their most likely day, so a gap between month-only dates is "about".
 */
export const childNotSeen: Check = (doc) => {
  const chronology = doc.chronology;
  if (!chronology || chronology.events.length === 0) return [];
  const limit = chronology.notSeenDays ?? DEFAULT_NOT_SEEN_DAYS;
  const subjects = doc.persons.filter((p) => p.subject);
  const events = [...chronology.events].sort((a, b) => sortKey(a.date.from) - sortKey(b.date.from));
  const out: Finding[] = [];
  for (const subject of subjects) {
    const only = subjects.length === 1;
    let start: ChronologyEvent | undefined;
    let contacts: ChronologyEvent[] = [];
    const close = (end: ChronologyEvent | undefined) => {
      const last = end ?? contacts[contacts.length - 1];
      if (!start || !last || contacts.length === 0) return;
      const days = dayOf(last.date.from) - dayOf(start.date.from);
      if (days <= limit) return;
      const seenFirst = seesSubject(start, subject.id, only);
      const from = seenFirst ? `last seen ${formatEventDate(start.date)}` : `from the first contact, ${formatEventDate(start.date)}`;
      const to = end ? `seen again ${formatEventDate(end.date)}` : `the last contact, ${formatEventDate(last.date)}, with no later record of being seen`;
      const sources = [...new Set(contacts.map((c) => c.source).filter((s): s is string => !!s))];
      const partial = [start, last].some((e) => e.date.from.day === undefined || e.date.from.qualifier || e.date.uncertain);
      const message =
        `${nameOf(doc, subject.id)} was not seen for ${partial ? 'about ' : ''}${days} days (${from}; ${to}) ` +
        `while agencies were in contact ${contacts.length} ${contacts.length === 1 ? 'time' : 'times'}` +
        `${sources.length > 0 ? ` (${listNames(sources)})` : ''}; the threshold is ${limit} days.`;
      out.push(finding('child-not-seen', 'warning', message, [subject.id], String(start.id)));
    };
    // Before the child is born there is no child to see.
    const born = subject.birth ? sortKey(subject.birth) : -Infinity;
    for (const e of events) {
      if (sortKey(e.date.from) < born) continue;
      if (seesSubject(e, subject.id, only)) {
        close(e);
        start = e;
        contacts = [];
      } else if (e.source) {
        if (!start) start = e;
        contacts.push(e);
      }
    }
    close(undefined);
  }
  return out;
};
