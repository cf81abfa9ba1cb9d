import type { GenogramDocument, Id, PartialDate } from '../model/types';
import { publishedHouseholdLabels } from '../publication/anonymise';
import { publicationLabels } from '../publication/roleLabels';
import { writeCsv } from './csv';
import { formatEventMonthYear } from './eventDate';
import { sortEvents } from './filterEvents';
import { EXPORT_HEADINGS } from './headings';
import { nameReplacer } from './nameReplacer';
import { EVENT_KIND_LABELS, isDerived, type ShownEvent } from './types';

export const SENSITIVE_REMOVED = '[sensitive detail removed]';
export const ADDRESS_REMOVED = '[address removed]';

// UK postcodes ("SW1A 1AA", "m1 1ae") and street addresses ("12 Acacia Avenue", "Flat 3, 4 High St").
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const STREET =
  /\b(?:flat\s+\d+[a-z]?,?\s+)?\d+[a-z]?,?\s+(?:[A-Z][\p{L}'-]*\s+){1,3}(?:road|rd|street|st|avenue|ave|close|lane|ln|drive|dr|way|crescent|court|ct|place|pl|gardens|terrace|grove|square|walk|mews|row|hill|park|view|rise)\b\.?/giu;

/** Removes every household's address (as written, and each of its lines) and anything shaped like a street address or postcode. */
function addressRemover(doc: GenogramDocument): (text: string) => string {
  const parts = new Set<string>();
  for (const h of doc.households) {
    if (!h.address) continue;
    parts.add(h.address.trim());
    for (const line of h.address.split(/[,\n]/)) if (line.trim().length >= 4) parts.add(line.trim());
  }
  const known = [...parts].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const knownRe = known.length > 0 ? new RegExp(known.join('|'), 'gi') : undefined;
  return (text) => {
    let out = knownRe ? text.replace(knownRe, ADDRESS_REMOVED) : text;
    out = out.replace(STREET, ADDRESS_REMOVED).replace(POSTCODE, ADDRESS_REMOVED);
    return out;
  };
}

/**
 * The chronology as published: persons by the figure's role labels ("Child A", "Mother"),
 * names in descriptions replaced the same way, persons not on the genogram as "Other person n", dates
 * to month and year, times, further columns and addresses left out, and a description marked
 * sensitive replaced by "[sensitive detail removed]". Built from known-safe fields only.
 */
/** "Other person 1", "Other person 2", … for the names not on the genogram, by first appearance (case-insensitive). */
function otherPersonLabels(events: readonly ShownEvent[]): Map<string, string> {
  const byKey = new Map<string, string>();
  const out = new Map<string, string>();
  for (const e of events) {
    for (const name of e.otherPersons ?? []) {
      const key = name.trim().toLowerCase();
      if (!byKey.has(key)) byKey.set(key, `Other person ${byKey.size + 1}`);
      out.set(name, byKey.get(key)!);
    }
  }
  return out;
}

/** The description cleaner and the labels publication uses, shared by the published table and publication mode on screen. */
function publicationText(doc: GenogramDocument, asAt: PartialDate, events: readonly ShownEvent[]) {
  const labels = publicationLabels(doc, asAt);
  const others = otherPersonLabels(events);
  const replaceNames = nameReplacer(doc, labels, others);
  const removeAddresses = addressRemover(doc);
  return {
    clean: (text: string) => replaceNames(removeAddresses(text)),
    label: (id: Id) => labels.get(id) ?? 'Person',
    other: (name: string) => others.get(name) ?? '[name]',
  };
}

/**
 * The events as publication mode shows them on screen (and as checks name things there): the
 * full dates kept for the figure and the checks, descriptions cleaned as published, persons not
 * on the genogram as "Other person n", sensitive text, times and further columns removed.
 */
export function eventsForPublicationMode<E extends ShownEvent>(doc: GenogramDocument, asAt: PartialDate, events: readonly E[]): E[] {
  const { clean, other } = publicationText(doc, asAt, events);
  return events.map((e) => {
    const { time: _t, columns: _c, otherPersons, ...rest } = e;
    const out: ShownEvent = { ...rest, description: e.sensitive ? SENSITIVE_REMOVED : clean(e.description) };
    if (e.source) out.source = clean(e.source);
    if (otherPersons) out.otherPersons = otherPersons.map(other);
    return out as E;
  });
}

export function publishedChronologyRows(doc: GenogramDocument, asAt: PartialDate, events: readonly ShownEvent[] = doc.chronology?.events ?? []): string[][] {
  const { clean, label, other } = publicationText(doc, asAt, events);
  const households = publishedHouseholdLabels(doc);
  const heading = [EXPORT_HEADINGS.date, EXPORT_HEADINGS.source, EXPORT_HEADINGS.kind, EXPORT_HEADINGS.description, EXPORT_HEADINGS.persons, EXPORT_HEADINGS.household];
  const rows = sortEvents(events).map((e) => [
    formatEventMonthYear(e.date),
    clean(e.source ?? ''),
    EVENT_KIND_LABELS[e.kind] + (isDerived(e) ? ' (derived)' : ''),
    e.sensitive ? SENSITIVE_REMOVED : clean(e.description),
    [...e.persons.map(label), ...(e.otherPersons ?? []).map(other)].join('; '),
    e.household ? households.get(e.household) ?? '' : '',
  ]);
  return [heading, ...rows];
}

export function publishedChronologyCsv(doc: GenogramDocument, asAt: PartialDate, events?: readonly ShownEvent[]): string {
  return writeCsv(publishedChronologyRows(doc, asAt, events));
}
