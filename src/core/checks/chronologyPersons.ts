import { ageAt, formatDate } from '../dates/partialDate';
import { formatEventDate } from '../chronology/eventDate';
import type { ChronologyEvent, EventKind } from '../chronology/types';
import { isMemberAt } from '../households/membershipAt';
import { indexDocument } from '../model/documentIndex';
import type { Id } from '../model/types';
import type { Check, Finding } from './finding';
import { before, certain, finding, nameOf, stated } from './finding';

/** At most this many dates are named in one message; the rest are counted. */
const SHOWN_DATES = 3;

function datesOf(events: readonly ChronologyEvent[]): string {
  const shown = events.slice(0, SHOWN_DATES).map((e) => formatEventDate(e.date));
  return events.length > SHOWN_DATES ? `${shown.join(', ')} and ${events.length - SHOWN_DATES} more` : shown.join(', ');
}

/** A person named in chronology events who is not on the genogram: the record knows someone the figure leaves out. */
export const namedNotOnGenogram: Check = (doc) => {
  const byName = new Map<string, { name: string; events: ChronologyEvent[] }>();
  for (const e of doc.chronology?.events ?? []) {
    for (const name of e.otherPersons ?? []) {
      const key = name.trim().toLowerCase();
      const entry = byName.get(key) ?? { name: name.trim(), events: [] };
      entry.events.push(e);
      byName.set(key, entry);
    }
  }
  // The finding selects the family's persons the events name with them: who they were seen with.
  return [...byName.values()].map(({ name, events }) =>
    finding(
      'named-not-on-genogram',
      'warning',
      `"${name}" is named in ${events.length} chronology ${events.length === 1 ? 'event' : 'events'} (${datesOf(events)}) but is not on the genogram.`,
      [...new Set(events.flatMap((e) => e.persons))],
      name.toLowerCase(),
    ),
  );
};

/**
 * An adult (18 or over at the event, or with no date of birth) who takes part in a household's
 * events but is not listed as living in or visiting it then: the men around a household are the
 * people reviews most often miss.
 */
export const householdEventAdults: Check = (doc) => {
  const { person } = indexDocument(doc);
  const households = new Map(doc.households.map((h) => [h.id, h]));
  const found = new Map<string, { personId: Id; householdId: Id; events: ChronologyEvent[] }>();
  for (const e of doc.chronology?.events ?? []) {
    const household = e.household ? households.get(e.household) : undefined;
    if (!household) continue;
    for (const id of e.persons) {
      const p = person.get(id);
      if (!p || p.pregnancy) continue;
      const age = p.birth ? ageAt(p.birth, e.date.from) : undefined;
      if (p.birth && (age === undefined || age < 18)) continue;
      if (household.members.some((m) => m.person === id && isMemberAt(m, e.date.from))) continue;
      const key = `${id}|${household.id}`;
      const entry = found.get(key) ?? { personId: id, householdId: household.id, events: [] };
      entry.events.push(e);
      found.set(key, entry);
    }
  }
  return [...found.values()].map(({ personId, householdId, events }) => {
    const p = person.get(personId)!;
    const adult = p.birth ? 'an adult' : 'with no date of birth';
    const label = households.get(householdId)!.label;
    return finding(
      'household-event-adult',
      'warning',
      `${nameOf(doc, personId)} (${adult}) appears in ${events.length} ${events.length === 1 ? 'event' : 'events'} of the household "${label}" (${datesOf(events)}) but is not recorded as living in or visiting it then.`,
      [personId],
      householdId,
    );
  });
};

/** Kinds that need the person alive and born: someone seen, visited or moving. Referrals and meetings may come before a birth or after a death. */
const NEEDS_LIFE: ReadonlySet<EventKind> = new Set(['child-seen', 'child-not-seen', 'contact', 'home-visit', 'incident', 'move-in', 'move-out']);

/** Events dated before a person's birth (certain on every reading and a kind that needs them born: a warning; else info, as a pre-birth referral is common). */
export const eventsBeforeBirth: Check = (doc) => outsideLife(doc, 'before');

/** Events dated after a person's death (certain and a kind that needs them alive: a warning; else info, as a meeting after a death is common). */
export const eventsAfterDeath: Check = (doc) => outsideLife(doc, 'after');

function outsideLife(doc: Parameters<Check>[0], side: 'before' | 'after'): Finding[] {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const e of doc.chronology?.events ?? []) {
    const end = e.date.to ?? e.date.from;
    for (const id of e.persons) {
      const p = person.get(id);
      if (!p) continue;
      const when = formatEventDate(e.date);
      const what = `"${e.description.length > 60 ? `${e.description.slice(0, 57)}…` : e.description}"`;
      if (side === 'before' && p.birth && e.kind !== 'birth' && before(stated, end, p.birth)) {
        const sure = before(certain, end, p.birth) && NEEDS_LIFE.has(e.kind);
        out.push(
          finding('event-before-birth', sure ? 'warning' : 'info', `${nameOf(doc, id)} is named in an event dated ${when} (${what}), before their birth (${formatDate(p.birth)}).`, [id], e.id),
        );
      }
      if (side === 'after' && p.death && e.kind !== 'death' && before(stated, p.death, e.date.from)) {
        const sure = before(certain, p.death, e.date.from) && NEEDS_LIFE.has(e.kind);
        out.push(
          finding('event-after-death', sure ? 'warning' : 'info', `${nameOf(doc, id)} is named in an event dated ${when} (${what}), after their death (${formatDate(p.death)}).`, [id], e.id),
        );
      }
    }
  }
  return out;
}
