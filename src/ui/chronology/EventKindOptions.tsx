import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../core/chronology/types';

/** The options of a "Kind" select, one a kind of event, in the order of EVENT_KINDS: shared by the filter and the event editor. */
export function EventKindOptions() {
  return EVENT_KINDS.map((k) => (
    <option key={k} value={k}>
      {EVENT_KIND_LABELS[k]}
    </option>
  ));
}
