import { useEffect, useRef } from 'react';
import {
  addPartnershipEvent,
  removePartnership,
  removePartnershipEvent,
  updatePartnership,
  updatePartnershipEvent,
} from '../../core/model/operations/partnerships';
import type { GenogramDocument, Partnership, PartnershipEventType, PartnershipKind } from '../../core/model/types';
import { DateField, SelectField, TextField, textOrUndefined } from './fields';
import { ItemLink, personName } from './ItemLink';
import { EVENT_LABELS } from './partnershipText';
import type { DocEdit } from './useDocEdit';

const KIND_OPTIONS: { value: PartnershipKind; label: string }[] = [
  { value: 'partnership', label: 'Partnership' },
  { value: 'transitory', label: 'Short-term (dating)' },
];

const EVENT_OPTIONS = (Object.keys(EVENT_LABELS) as PartnershipEventType[]).map((value) => ({ value, label: EVENT_LABELS[value] }));

/** A partnership: its kind, its dated events (married, separated…) and notes. */
export function PartnershipEditor({
  doc,
  partnership,
  edit,
  heading,
}: {
  doc: GenogramDocument;
  partnership: Partnership;
  edit: DocEdit;
  heading?: React.ReactNode;
}) {
  const p = partnership;
  const events = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  // After "Add event", the cursor goes to the new event's date, which the author types next.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    events.current?.querySelector<HTMLElement>('li:last-child input')?.focus();
  }, [p.events.length]);
  const key = (field: string) => `partnership:${p.id}:${field}`;
  return (
    <div className="inspector__group" data-testid="partnership-editor">
      <div className="inspector__group-title">
        {heading ?? (
          <>
            Partnership of <ItemLink id={p.a}>{personName(doc, p.a)}</ItemLink> and <ItemLink id={p.b}>{personName(doc, p.b)}</ItemLink>
          </>
        )}
      </div>
      <SelectField
        label="Kind of relationship"
        value={p.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => edit('Edit partnership', (d) => updatePartnership(d, p.id, { kind }), key('kind'))}
      />
      <ol ref={events} className="inspector__events" aria-label="Events of this partnership">
        {p.events.map((event, index) => (
          <li key={index} className="inspector__event" data-testid="partnership-event">
            <SelectField
              label={`Event ${index + 1}`}
              value={event.type}
              options={EVENT_OPTIONS}
              onChange={(type) => edit('Edit partnership event', (d) => updatePartnershipEvent(d, p.id, index, { type }), key(`event${index}type`))}
            />
            <DateField
              label={`Date of event ${index + 1}`}
              value={event.date}
              commitOnBlur
              onChange={(date) => edit('Edit partnership event', (d) => updatePartnershipEvent(d, p.id, index, { date }), key(`event${index}date`))}
            />
            <button type="button" onClick={() => edit('Remove partnership event', (d) => removePartnershipEvent(d, p.id, index))}>
              Remove event {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid="add-partnership-event"
        onClick={() => {
          const last = p.events[p.events.length - 1]?.type;
          const type: PartnershipEventType = !last ? 'married' : last === 'married' || last === 'cohabiting' || last === 'civil-partnership' ? 'separated' : 'ended';
          added.current = true;
          edit('Add partnership event', (d) => addPartnershipEvent(d, p.id, { type }));
        }}
      >
        Add event
      </button>
      <TextField
        label="Partnership notes"
        multiline
        value={p.notes}
        onChange={(v) => edit('Edit partnership notes', (d) => updatePartnership(d, p.id, { notes: textOrUndefined(v) }), key('notes'))}
      />
      <button type="button" className="inspector__danger" onClick={() => edit('Remove partnership', (d) => removePartnership(d, p.id))}>
        Remove this partnership
      </button>
    </div>
  );
}
