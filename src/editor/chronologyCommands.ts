import { eventAsAt } from '../core/chronology/eventDate';
import { applyChronologyImport, type ChronologyImport } from '../core/chronology/importChronology';
import { addEvent, removeEvents, setNotSeenDays, updateEvent, type EventPatch, type NewEventFields } from '../core/chronology/operations';
import type { ShownEvent } from '../core/chronology/types';
import { deepEqual } from '../core/model/deepEqual';
import type { StoreApi } from 'zustand/vanilla';
import { runCommand, setAsAtCommand, type CommandResult, type CommandStore } from './commands';
import type { ViewState } from './viewState';

/** Adds an event to the chronology (one undo step) and chooses it. */
export function addEventCommand(store: CommandStore, fields: NewEventFields): CommandResult {
  return runCommand(store, 'Add event', (doc) => {
    const r = addEvent(doc, fields);
    return { doc: r.doc, ids: [r.id] };
  });
}

/** Changes an event; a burst of typing in one field is one undo step. */
export function updateEventCommand(store: CommandStore, id: string, patch: EventPatch): CommandResult {
  return runCommand(store, 'Edit event', (doc) => ({ doc: updateEvent(doc, id, patch) }), `event:${id}:${Object.keys(patch).sort().join(',')}`);
}

export function removeEventsCommand(store: CommandStore, ids: readonly string[]): CommandResult {
  return runCommand(store, ids.length === 1 ? 'Delete event' : 'Delete events', (doc) => ({ doc: removeEvents(doc, ids) }));
}

export function setNotSeenDaysCommand(store: CommandStore, days: number | undefined): CommandResult {
  return runCommand(store, 'Set the "not seen" threshold', (doc) => ({ doc: setNotSeenDays(doc, days) }), 'chronology:notSeenDays');
}

/** Adds an import's events (and the names chosen as new persons) as one undo step. */
export function importChronologyCommand(store: CommandStore, imported: ChronologyImport, addAsPersons: readonly string[] = []): CommandResult {
  const label = `Import chronology (${imported.events.length} ${imported.events.length === 1 ? 'event' : 'events'})`;
  return runCommand(store, label, (doc) => ({ doc: applyChronologyImport(doc, imported, addAsPersons), ids: imported.events.map((e) => e.id) }));
}

/**
 * Chooses an event in the chronology: the figure moves to its date (the reference date, an undo
 * step like any move of the date, merged with the next choice) and its persons are highlighted.
 * Undefined clears the choice and the highlight.
 */
export function chooseEvent(store: CommandStore, view: StoreApi<ViewState>, event: ShownEvent | undefined): CommandResult {
  if (!event) {
    view.getState().set({ selectedEventId: undefined, highlighted: [] });
    return { ok: true, ids: [] };
  }
  const at = eventAsAt(event.date);
  // Choosing another event on the same day moves nothing: no undo step.
  const result = deepEqual(store.getState().doc.settings.asAt, at) ? { ok: true as const, ids: [] } : setAsAtCommand(store, at);
  view.getState().set({ selectedEventId: event.id, highlighted: [...event.persons] });
  return result;
}
