import { useEffect, useState } from 'react';
import { formatEventDate, parseEventDate } from '../../core/chronology/eventDate';
import type { ChronologyEvent, EventKind } from '../../core/chronology/types';
import { displayName } from '../../core/model/documentIndex';
import { removeEventsCommand, updateEventCommand } from '../../editor/chronologyCommands';
import { useEditor, useEditorStore } from '../EditorStoreContext';
import { EventKindOptions } from './EventKindOptions';
import './chronology.css';

/**
 * The chosen event's fields. Each change is an editor command (a typing burst in one field is
 * one undo step); a date is taken when it reads as one, and says why when it does not.
 */
export function EventEditor({ event }: { event: ChronologyEvent }) {
  const store = useEditorStore();
  const persons = useEditor((s) => s.doc.persons);
  const households = useEditor((s) => s.doc.households);
  const [dateText, setDateText] = useState(formatEventDate(event.date));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setDateText(formatEventDate(event.date));
    setProblem(null);
  }, [event.id, event.date]);
  const update = (patch: Parameters<typeof updateEventCommand>[2]) => {
    const r = updateEventCommand(store, event.id, patch);
    setProblem(r.ok ? null : r.message);
  };
  const commitDate = () => {
    const parsed = parseEventDate(dateText);
    if (!parsed.ok) {
      setProblem(`Date: ${parsed.message}`);
      return;
    }
    setProblem(null);
    if (formatEventDate(parsed.date) !== formatEventDate(event.date)) update({ date: parsed.date });
  };
  const nameOf = new Map(persons.map((p) => [p.id, displayName(p) || 'Unnamed']));
  const addable = persons.filter((p) => !event.persons.includes(p.id));
  return (
    <section className="chronology__editor" aria-label="Event" data-testid="event-editor">
      <label>
        Date (22 May 2016, May 2016, c. 2016, ?22 May 2016, Jun 2016 – Aug 2016)
        <input
          value={dateText}
          data-testid="event-date"
          onChange={(e) => setDateText(e.currentTarget.value)}
          onBlur={commitDate}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDate();
          }}
        />
      </label>
      <label>
        Time
        <input value={event.time ?? ''} onChange={(e) => update({ time: e.currentTarget.value || undefined })} />
      </label>
      <label>
        Source (agency)
        <input value={event.source ?? ''} data-testid="event-source" onChange={(e) => update({ source: e.currentTarget.value || undefined })} />
      </label>
      <label>
        Kind
        <select value={event.kind} data-testid="event-kind" onChange={(e) => update({ kind: e.currentTarget.value as EventKind })}>
          <EventKindOptions />
        </select>
      </label>
      <label>
        Event
        <textarea rows={3} value={event.description} data-testid="event-description" onChange={(e) => update({ description: e.currentTarget.value })} />
      </label>
      <div>
        People
        <ul className="chronology__people">
          {event.persons.map((id) => (
            <li key={id}>
              {nameOf.get(id)}
              <button type="button" aria-label={`Remove ${nameOf.get(id)}`} onClick={() => update({ persons: event.persons.filter((p) => p !== id) })}>
                ×
              </button>
            </li>
          ))}
          {(event.otherPersons ?? []).map((n) => (
            <li key={`other:${n}`} title="Not on the genogram">
              {n} (not on the genogram)
            </li>
          ))}
        </ul>
        <select
          aria-label="Add a person"
          value=""
          onChange={(e) => {
            const id = e.currentTarget.value;
            if (id) update({ persons: [...event.persons, id] });
          }}
        >
          <option value="">Add a person…</option>
          {addable.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf.get(p.id)}
            </option>
          ))}
        </select>
      </div>
      <label>
        Household
        <select value={event.household ?? ''} onChange={(e) => update({ household: e.currentTarget.value || undefined })}>
          <option value="">None</option>
          {households.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
        </select>
      </label>
      <label className="chronology__tick">
        <input type="checkbox" checked={event.sensitive ?? false} onChange={(e) => update({ sensitive: e.currentTarget.checked || undefined })} />
        Sensitive: never published
      </label>
      {problem ? (
        <p className="chronology__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" onClick={() => removeEventsCommand(store, [event.id])} data-testid="event-delete">
        Delete event
      </button>
    </section>
  );
}
