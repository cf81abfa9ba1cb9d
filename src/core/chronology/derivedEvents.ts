import { displayName } from '../model/documentIndex';
import type { GenogramDocument, PartialDate } from '../model/types';
import type { DerivedEvent, EventKind } from './types';

const PARTNERSHIP_WORDS: Record<string, string> = {
  started: 'started a relationship',
  engaged: 'engaged',
  cohabiting: 'started living together',
  married: 'married',
  'civil-partnership': 'formed a civil partnership',
  separated: 'separated',
  divorced: 'divorced',
  dissolved: 'dissolved their civil partnership',
  annulled: 'had their marriage annulled',
  reconciled: 'reconciled',
  widowed: 'widowed',
  ended: 'ended their relationship',
};

/**
 * The events the family itself records, for showing in the chronology on request: births,
 * deaths, partnership events and household moves (in and out). Each is marked derived and has
 * a stable id ("derived:…"), so the view can select it; none is ever saved.
 */
export function derivedEvents(doc: GenogramDocument): DerivedEvent[] {
  const out: DerivedEvent[] = [];
  const name = new Map(doc.persons.map((p) => [p.id, displayName(p) || 'Unnamed person']));
  const push = (id: string, from: PartialDate, kind: EventKind, description: string, persons: string[], household?: string) => {
    const event: DerivedEvent = { id: `derived:${id}`, date: { from }, kind, description, persons, source: 'Genogram', derived: true };
    if (household) event.household = household;
    out.push(event);
  };
  for (const p of doc.persons) {
    if (p.birth && !p.pregnancy) push(`birth:${p.id}`, p.birth, 'birth', `${name.get(p.id)} born`, [p.id]);
    if (p.death) push(`death:${p.id}`, p.death, 'death', `${name.get(p.id)} died`, [p.id]);
  }
  for (const u of doc.partnerships) {
    u.events.forEach((e, i) => {
      if (e.date) push(`partnership:${u.id}:${i}`, e.date, 'other', `${name.get(u.a)} and ${name.get(u.b)} ${PARTNERSHIP_WORDS[e.type] ?? e.type}`, [u.a, u.b]);
    });
  }
  for (const h of doc.households) {
    h.members.forEach((m, i) => {
      const how = m.visiting ? 'visiting' : 'living at';
      if (m.from) push(`move-in:${h.id}:${i}`, m.from, 'move-in', `${name.get(m.person)} starts ${how} ${h.label}`, [m.person], h.id);
      if (m.to) push(`move-out:${h.id}:${i}`, m.to, 'move-out', `${name.get(m.person)} stops ${how} ${h.label}`, [m.person], h.id);
    });
  }
  return out;
}
