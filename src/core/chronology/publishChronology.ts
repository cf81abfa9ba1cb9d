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
 * names in descriptions replaced the same way, persons not on the genogram as "[name]", dates
 * to month and year, times, further columns and addresses left out, and a description marked
 * sensitive replaced by "[sensitive detail removed]". Built from known-safe fields only.
 */
export function publishedChronologyRows(doc: GenogramDocument, asAt: PartialDate, events: readonly ShownEvent[] = doc.chronology?.events ?? []): string[][] {
  const labels = publicationLabels(doc, asAt);
  const otherNames = [...new Set(events.flatMap((e) => e.otherPersons ?? []))];
  const replaceNames = nameReplacer(doc, labels, otherNames);
  const removeAddresses = addressRemover(doc);
  const clean = (text: string) => replaceNames(removeAddresses(text));
  const households = publishedHouseholdLabels(doc);
  const label = (id: Id) => labels.get(id) ?? 'Person';
  const heading = [EXPORT_HEADINGS.date, EXPORT_HEADINGS.source, EXPORT_HEADINGS.kind, EXPORT_HEADINGS.description, EXPORT_HEADINGS.persons, EXPORT_HEADINGS.household];
  const rows = sortEvents(events).map((e) => [
    formatEventMonthYear(e.date),
    clean(e.source ?? ''),
    EVENT_KIND_LABELS[e.kind] + (isDerived(e) ? ' (derived)' : ''),
    e.sensitive ? SENSITIVE_REMOVED : clean(e.description),
    [...e.persons.map(label), ...(e.otherPersons ?? []).map(() => '[name]')].join('; '),
    e.household ? households.get(e.household) ?? '' : '',
  ]);
  return [heading, ...rows];
}

export function publishedChronologyCsv(doc: GenogramDocument, asAt: PartialDate, events?: readonly ShownEvent[]): string {
  return writeCsv(publishedChronologyRows(doc, asAt, events));
}
