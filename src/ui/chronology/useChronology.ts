import { useMemo } from 'react';
import { derivedEvents } from '../../core/chronology/derivedEvents';
import { eventsForPublicationMode } from '../../core/chronology/publishChronology';
import type { ShownEvent } from '../../core/chronology/types';
import type { PartialDate } from '../../core/model/types';
import { useEditor } from '../EditorStoreContext';

/** The events the table shows: the recorded ones, with the derived ones on request, as publication mode names them when it is on. */
export function useShownEvents(withDerived: boolean, publication: boolean, asAt: PartialDate): ShownEvent[] {
  const doc = useEditor((s) => s.doc);
  return useMemo(() => {
    const events: ShownEvent[] = [...(doc.chronology?.events ?? []), ...(withDerived ? derivedEvents(doc) : [])];
    return publication ? eventsForPublicationMode(doc, asAt, events) : events;
  }, [doc, withDerived, publication, asAt]);
}
