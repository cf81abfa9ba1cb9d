import { useMemo } from 'react';
import { formatEventDate, formatEventMonthYear } from '../../core/chronology/eventDate';
import { EVENT_KIND_LABELS, type ChronologyEvent } from '../../core/chronology/types';
import { toYearFraction } from '../../core/households/timePosition';
import type { Id } from '../../core/model/types';
import { useEditor, useView } from '../EditorStoreContext';

const EMPTY: readonly ChronologyEvent[] = [];

/** The chronology's events grouped by the persons they name, built once per chronology. */
function useEventsByPerson(): Map<Id, ChronologyEvent[]> {
  const events = useEditor((s) => s.doc.chronology?.events ?? EMPTY);
  return useMemo(() => {
    const map = new Map<Id, ChronologyEvent[]>();
    for (const e of events) {
      for (const p of e.persons) {
        const list = map.get(p) ?? [];
        list.push(e);
        map.set(p, list);
      }
    }
    return map;
  }, [events]);
}

/**
 * A row's chronology events on the household timeline: a short upright tick under the bar at
 * each event naming the person (the chosen event taller and darker). The title gives date, kind
 * and source, never the description, so publication mode shows nothing more than the table.
 */
export function TimelineEventMarks({ personId, x, cy, publication }: { personId: Id; x: (t: number) => number; cy: number; publication: boolean }) {
  const byPerson = useEventsByPerson();
  const chosen = useView((s) => s.selectedEventId);
  const events = byPerson.get(personId);
  if (!events) return null;
  return (
    <g className="household-timeline__events">
      {events.map((e) => {
        const at = x(toYearFraction(e.date.from));
        const isChosen = e.id === chosen;
        return (
          <line
            key={e.id}
            x1={at}
            x2={at}
            y1={cy + (isChosen ? -9 : 3)}
            y2={cy + 9}
            stroke={isChosen ? '#9a6a00' : '#555'}
            strokeWidth={isChosen ? 3 : 1.5}
            data-testid="timeline-event"
            data-event={e.id}
          >
            <title>{`${EVENT_KIND_LABELS[e.kind]} ${publication ? formatEventMonthYear(e.date) : formatEventDate(e.date)}${e.source ? ` (${e.source})` : ''}`}</title>
          </line>
        );
      })}
    </g>
  );
}
