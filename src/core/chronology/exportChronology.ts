import { displayName } from '../model/documentIndex';
import type { GenogramDocument } from '../model/types';
import { writeCsv } from './csv';
import { formatEventDate } from './eventDate';
import { sortEvents } from './filterEvents';
import { EXPORT_HEADINGS } from './headings';
import { EVENT_KIND_LABELS, isDerived, type ShownEvent } from './types';

/** The chronology's rows as a table: the heading row first, events in date order. */
export function chronologyRows(doc: GenogramDocument, events: readonly ShownEvent[] = doc.chronology?.events ?? []): string[][] {
  const columns = doc.chronology?.columns ?? [];
  const name = new Map(doc.persons.map((p) => [p.id, displayName(p) || p.id]));
  const household = new Map(doc.households.map((h) => [h.id, h.label]));
  const heading = [
    EXPORT_HEADINGS.date,
    EXPORT_HEADINGS.time,
    EXPORT_HEADINGS.source,
    EXPORT_HEADINGS.kind,
    EXPORT_HEADINGS.description,
    EXPORT_HEADINGS.persons,
    EXPORT_HEADINGS.household,
    EXPORT_HEADINGS.sensitive,
    ...columns,
  ];
  const rows = sortEvents(events).map((e) => [
    formatEventDate(e.date),
    e.time ?? '',
    e.source ?? '',
    EVENT_KIND_LABELS[e.kind] + (isDerived(e) ? ' (derived)' : ''),
    e.description,
    [...e.persons.map((p) => name.get(p) ?? p), ...(e.otherPersons ?? [])].join('; '),
    e.household ? household.get(e.household) ?? '' : '',
    e.sensitive ? 'yes' : '',
    ...columns.map((c) => (e.columns && Object.hasOwn(e.columns, c) ? e.columns[c]! : '')),
  ]);
  return [heading, ...rows];
}

/** The chronology as CSV, in the headings the import reads back. */
export function chronologyCsv(doc: GenogramDocument, events?: readonly ShownEvent[]): string {
  return writeCsv(chronologyRows(doc, events));
}
