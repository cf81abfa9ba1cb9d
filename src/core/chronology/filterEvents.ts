import type { Id } from '../model/types';
import { eventSortKey } from './eventDate';
import { EVENT_KIND_LABELS, type EventKind, type ShownEvent } from './types';

export interface EventFilter {
  /** Only events involving any of these persons. */
  persons?: readonly Id[];
  source?: string;
  kind?: EventKind;
  /** Words that must all appear (case-insensitive) in the description, source, kind or other persons. */
  text?: string;
}

export type EventSortColumn = 'date' | 'source' | 'kind' | 'description';

/** Text an event is searched by, lower case; cached per event object (events never change in place). */
const searchText = new WeakMap<ShownEvent, string>();
function textOf(e: ShownEvent): string {
  let text = searchText.get(e);
  if (text === undefined) {
    text = [e.description, e.source ?? '', EVENT_KIND_LABELS[e.kind], ...(e.otherPersons ?? []), ...Object.values(e.columns ?? {})].join('\n').toLowerCase();
    searchText.set(e, text);
  }
  return text;
}

/** The events the filter lets through, in the order given. */
export function filterEvents<E extends ShownEvent>(events: readonly E[], filter: EventFilter): E[] {
  const persons = filter.persons && filter.persons.length > 0 ? new Set(filter.persons) : undefined;
  const source = filter.source?.trim().toLowerCase();
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter((e) => {
    if (filter.kind && e.kind !== filter.kind) return false;
    if (source && (e.source ?? '').toLowerCase() !== source) return false;
    if (persons && !e.persons.some((p) => persons.has(p))) return false;
    if (words.length > 0) {
      const text = textOf(e);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** The events sorted by a column (ties by date, then as given); a new array. */
export function sortEvents<E extends ShownEvent>(events: readonly E[], column: EventSortColumn = 'date', descending = false): E[] {
  const keyed = events.map((e, i) => ({ e, i, date: eventSortKey(e.date) }));
  const text = (e: ShownEvent) => (column === 'source' ? e.source ?? '' : column === 'kind' ? EVENT_KIND_LABELS[e.kind] : e.description).toLowerCase();
  keyed.sort((a, b) => {
    let c = 0;
    if (column !== 'date') c = text(a.e) < text(b.e) ? -1 : text(a.e) > text(b.e) ? 1 : 0;
    if (c === 0) c = a.date - b.date;
    if (descending) c = -c;
    return c === 0 ? a.i - b.i : c;
  });
  return keyed.map((k) => k.e);
}

/** The sources the events name, each once, sorted. */
export function sourcesOf(events: readonly ShownEvent[]): string[] {
  return [...new Set(events.map((e) => e.source).filter((s): s is string => !!s))].sort((a, b) => a.localeCompare(b));
}
