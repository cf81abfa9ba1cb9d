import { displayName } from '../model/documentIndex';
import { newId } from '../model/ids';
import { OperationError } from '../model/operationError';
import type { GenogramDocument, Id } from '../model/types';
import type { Chronology, ChronologyEvent } from './types';

export type NewEventFields = Omit<ChronologyEvent, 'id'>;
export type EventPatch = { [K in keyof NewEventFields]?: NewEventFields[K] | undefined };

function chronologyOf(doc: GenogramDocument): Chronology {
  return doc.chronology ?? { events: [] };
}

function requireKnown(doc: GenogramDocument, fields: EventPatch): void {
  const persons = new Set(doc.persons.map((p) => p.id));
  for (const p of fields.persons ?? []) if (!persons.has(p)) throw new OperationError(`No person with id "${p}"`);
  if (fields.household !== undefined && !doc.households.some((h) => h.id === fields.household)) {
    throw new OperationError(`No household with id "${fields.household}"`);
  }
  if (fields.description !== undefined && fields.description.trim() === '' && fields.kind === undefined) {
    throw new OperationError('An event needs a description');
  }
}

export function addEvent(doc: GenogramDocument, fields: NewEventFields): { doc: GenogramDocument; id: Id } {
  requireKnown(doc, fields);
  const id = newId('e');
  const chronology = chronologyOf(doc);
  return { doc: { ...doc, chronology: { ...chronology, events: [...chronology.events, { ...fields, id }] } }, id };
}

export function updateEvent(doc: GenogramDocument, id: Id, patch: EventPatch): GenogramDocument {
  const chronology = chronologyOf(doc);
  const index = chronology.events.findIndex((e) => e.id === id);
  if (index < 0) throw new OperationError(`No event with id "${id}"`);
  requireKnown(doc, patch);
  const next: Record<string, unknown> = { ...chronology.events[index]! };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  const events = [...chronology.events];
  events[index] = next as unknown as ChronologyEvent;
  return { ...doc, chronology: { ...chronology, events } };
}

export function removeEvents(doc: GenogramDocument, ids: Iterable<Id>): GenogramDocument {
  const gone = new Set(ids);
  const chronology = doc.chronology;
  if (!chronology || !chronology.events.some((e) => gone.has(e.id))) return doc;
  return { ...doc, chronology: { ...chronology, events: chronology.events.filter((e) => !gone.has(e.id)) } };
}

/** Sets the "not seen" threshold of the chronology check, in days. */
export function setNotSeenDays(doc: GenogramDocument, days: number | undefined): GenogramDocument {
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) throw new OperationError('The number of days must be a whole number from 1 to 3650');
  const { notSeenDays: _n, ...rest } = chronologyOf(doc);
  return { ...doc, chronology: days === undefined ? rest : { ...rest, notSeenDays: days } };
}

/**
 * The chronology after persons and households were removed from `before`: a removed person
 * stays on their events as a name (the record still names them); a removed household is dropped.
 */
export function forgetRemoved(before: GenogramDocument, after: GenogramDocument, gone: ReadonlySet<Id>): GenogramDocument {
  const chronology = after.chronology;
  if (!chronology || !chronology.events.some((e) => e.persons.some((p) => gone.has(p)) || (e.household && gone.has(e.household)))) return after;
  const names = new Map(before.persons.map((p) => [p.id, displayName(p) || p.id]));
  const events = chronology.events.map((e) => {
    if (!e.persons.some((p) => gone.has(p)) && !(e.household && gone.has(e.household))) return e;
    const next: ChronologyEvent = { ...e, persons: e.persons.filter((p) => !gone.has(p)) };
    const others = [...(e.otherPersons ?? []), ...e.persons.filter((p) => gone.has(p)).map((p) => names.get(p)!)];
    if (others.length > 0) next.otherPersons = others;
    if (e.household && gone.has(e.household)) delete next.household;
    return next;
  });
  return { ...after, chronology: { ...chronology, events } };
}
