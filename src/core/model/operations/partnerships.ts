import { compareDates } from '../../dates/partialDate';
import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { GenogramDocument, Id, Partnership, PartnershipEvent } from '../types';
import { applyPatch, type Patch, replaceById, requireItem, requirePerson, withoutUndefined } from './shared';

export type NewPartnershipFields = Omit<Partial<Partnership>, 'id' | 'a' | 'b'>;

export function addPartnership(
  doc: GenogramDocument,
  a: Id,
  b: Id,
  fields: NewPartnershipFields = {},
): { doc: GenogramDocument; id: Id } {
  requirePerson(doc, a);
  requirePerson(doc, b);
  if (a === b) throw new OperationError('A person cannot be in a partnership with themselves');
  const id = newId('u');
  const partnership: Partnership = { id, a, b, kind: 'partnership', events: [], ...withoutUndefined(fields) };
  partnership.events = sortEvents(partnership.events);
  return { doc: { ...doc, partnerships: [...doc.partnerships, partnership] }, id };
}

/** Events in a patch are re-sorted into date order. */
export function updatePartnership(doc: GenogramDocument, id: Id, patch: Patch<Partnership>): GenogramDocument {
  const current = requireItem(doc.partnerships, id, 'partnership');
  const a = patch.a ?? current.a;
  const b = patch.b ?? current.b;
  if (a === b) throw new OperationError('A person cannot be in a partnership with themselves');
  if (patch.a !== undefined) requirePerson(doc, patch.a);
  if (patch.b !== undefined) requirePerson(doc, patch.b);
  const sortedPatch = patch.events ? { ...patch, events: sortEvents(patch.events) } : patch;
  const partnerships = replaceById(doc.partnerships, id, (p) => applyPatch(p, sortedPatch));
  return partnerships === doc.partnerships ? doc : { ...doc, partnerships };
}

export function removePartnership(doc: GenogramDocument, id: Id): GenogramDocument {
  requireItem(doc.partnerships, id, 'partnership');
  return { ...doc, partnerships: doc.partnerships.filter((p) => p.id !== id) };
}

/**
 * Date order, stable: an undated event keeps its place after the events before it, so an
 * author's order of undated events ("married", then "separated") is kept.
 */
export function sortEvents(events: PartnershipEvent[]): PartnershipEvent[] {
  const out: PartnershipEvent[] = [];
  for (const event of events) out.splice(insertionIndex(out, event), 0, event);
  return out;
}

function insertionIndex(events: PartnershipEvent[], event: PartnershipEvent): number {
  if (!event.date) return events.length;
  const date = event.date;
  const later = events.findIndex((e) => e.date !== undefined && compareDates(e.date, date) > 0);
  return later < 0 ? events.length : later;
}

export function addPartnershipEvent(doc: GenogramDocument, partnershipId: Id, event: PartnershipEvent): GenogramDocument {
  requireItem(doc.partnerships, partnershipId, 'partnership');
  const partnerships = replaceById(doc.partnerships, partnershipId, (p) => {
    const events = p.events.slice();
    events.splice(insertionIndex(events, event), 0, withoutUndefined(event));
    return { ...p, events };
  });
  return { ...doc, partnerships };
}

function requireEvent(doc: GenogramDocument, partnershipId: Id, index: number): Partnership {
  const p = requireItem(doc.partnerships, partnershipId, 'partnership');
  if (!Number.isInteger(index) || index < 0 || index >= p.events.length) {
    throw new OperationError(`Partnership ${partnershipId} has no event number ${index + 1}`);
  }
  return p;
}

/** Events have no ids: they are addressed by their index in the partnership's (date-ordered) list. */
export function updatePartnershipEvent(
  doc: GenogramDocument,
  partnershipId: Id,
  index: number,
  patch: Patch<PartnershipEvent>,
): GenogramDocument {
  const p = requireEvent(doc, partnershipId, index);
  const before = p.events[index]!;
  const after = applyPatch(before, patch);
  if (after === before) return doc;
  const events = p.events.filter((_, i) => i !== index);
  // A cleared or unchanged date keeps the event where the author put it.
  const keepPlace = after.date === undefined || after.date === before.date;
  events.splice(keepPlace ? index : insertionIndex(events, after), 0, after);
  return { ...doc, partnerships: replaceById(doc.partnerships, partnershipId, (x) => ({ ...x, events })) };
}

export function removePartnershipEvent(doc: GenogramDocument, partnershipId: Id, index: number): GenogramDocument {
  requireEvent(doc, partnershipId, index);
  return {
    ...doc,
    partnerships: replaceById(doc.partnerships, partnershipId, (p) => ({
      ...p,
      events: p.events.filter((_, i) => i !== index),
    })),
  };
}
