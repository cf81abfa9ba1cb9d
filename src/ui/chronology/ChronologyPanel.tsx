import { useMemo, useRef, useState } from 'react';
import { formatEventDate, formatEventMonthYear } from '../../core/chronology/eventDate';
import { chronologyCsv } from '../../core/chronology/exportChronology';
import { filterEvents, sortEvents, sourcesOf, type EventSortColumn } from '../../core/chronology/filterEvents';
import { importChronologyCsv, type ChronologyImport } from '../../core/chronology/importChronology';
import { publishedChronologyCsv } from '../../core/chronology/publishChronology';
import { EVENT_KIND_LABELS, isDerived, type EventKind, type ShownEvent } from '../../core/chronology/types';
import { today } from '../../core/dates/partialDate';
import { displayName } from '../../core/model/documentIndex';
import type { Id } from '../../core/model/types';
import { addEventCommand, chooseEvent, setNotSeenDaysCommand } from '../../editor/chronologyCommands';
import { DEFAULT_NOT_SEEN_DAYS } from '../../core/checks/childNotSeen';
import { downloadBlob } from '../../platform/export/download';
import { fileStemFor } from '../../platform/export/fileName';
import { useEditor, useTheEditor, useView } from '../EditorStoreContext';
import { withPublicationNames } from '../review/publicationNames';
import { useAsAt } from '../review/useReviewDoc';
import { ChronologyImportDialog } from './ChronologyImportDialog';
import { EventEditor } from './EventEditor';
import { EventKindOptions } from './EventKindOptions';
import { useShownEvents } from './useChronology';
import './chronology.css';

/** Rows drawn at once; a longer list asks for a narrower filter rather than slowing the page. */
const ROWS_SHOWN = 400;

const COLUMNS: { key: EventSortColumn; title: string }[] = [
  { key: 'date', title: 'Date' },
  { key: 'source', title: 'Source' },
  { key: 'kind', title: 'Kind' },
  { key: 'description', title: 'Event' },
];

/**
 * The integrated chronology beside the figure: a table sortable by its headings and filtered by
 * person (the persons selected on the figure, or one chosen here), source, kind and text.
 * Choosing an event shows the figure at its date with its persons highlighted; the chosen
 * recorded event can be edited below the table. Import reads a review's CSV into a preview;
 * export writes the table (the published table in publication mode).
 */
export function ChronologyPanel() {
  const { store, view } = useTheEditor();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const publication = useView((s) => s.publication);
  const chosenId = useView((s) => s.selectedEventId);
  const asAt = useAsAt();
  const [withDerived, setWithDerived] = useState(false);
  const [person, setPerson] = useState<Id | ''>('');
  const [source, setSource] = useState('');
  const [kind, setKind] = useState<EventKind | ''>('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ column: EventSortColumn; descending: boolean }>({ column: 'date', descending: false });
  const [pending, setPending] = useState<{ fileName: string; imported: ChronologyImport } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const events = useShownEvents(withDerived, publication, asAt);
  const namesDoc = useMemo(() => (publication ? withPublicationNames(doc, asAt) : doc), [doc, publication, asAt]);
  const nameOf = useMemo(() => new Map(namesDoc.persons.map((p) => [p.id, displayName(p) || 'Unnamed'])), [namesDoc]);
  const selectedPersons = useMemo(() => selection.filter((id) => nameOf.has(id)), [selection, nameOf]);
  // Selecting persons on the figure filters to their events, unless a person is chosen here.
  const shown = useMemo(
    () => sortEvents(filterEvents(events, { persons: person ? [person] : selectedPersons, source, ...(kind ? { kind } : {}), text }), sort.column, sort.descending),
    [events, person, selectedPersons, source, kind, text, sort],
  );
  const sources = useMemo(() => sourcesOf(events), [events]);
  const chosen = doc.chronology?.events.find((e) => e.id === chosenId);

  const readFile = async (file: File) => {
    setProblem(null);
    const result = importChronologyCsv(await file.text(), store.getState().doc);
    if (!result.ok) setProblem(`"${file.name}" could not be imported: ${result.message}`);
    else setPending({ fileName: file.name, imported: result.import });
  };
  const exportCsv = () => {
    const csv = publication ? publishedChronologyCsv(doc, asAt) : chronologyCsv(doc);
    const stem = publication ? 'genogram-chronology-published' : `${fileStemFor(doc.settings.title)}-chronology`;
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
  };
  const addEvent = () => {
    const r = addEventCommand(store, { date: { from: doc.settings.asAt ?? today() }, description: 'New event', kind: 'contact', persons: selectedPersons });
    if (r.ok) {
      const event = store.getState().doc.chronology?.events.find((e) => e.id === r.ids[0]);
      if (event) chooseEvent(store, view, event);
    }
  };
  const choose = (e: ShownEvent) => chooseEvent(store, view, chosenId === e.id ? undefined : e);
  const recorded = doc.chronology?.events.length ?? 0;

  return (
    <section className="chronology" aria-label="Chronology">
      <div className="chronology__bar">
        <button type="button" onClick={() => fileInput.current?.click()} disabled={publication} data-testid="chronology-import">
          Import CSV…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="chronology-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
        <button type="button" onClick={exportCsv} disabled={recorded === 0} data-testid="chronology-export">
          {publication ? 'Download published CSV' : 'Download CSV'}
        </button>
        <button type="button" onClick={addEvent} disabled={publication} data-testid="chronology-add">
          Add event
        </button>
        <label className="chronology__tick" title="The check reports the subject child not seen for longer than this while agencies were in contact">
          Not seen for more than
          <input
            type="number"
            min={1}
            max={3650}
            style={{ width: '4.5rem' }}
            value={doc.chronology?.notSeenDays ?? DEFAULT_NOT_SEEN_DAYS}
            disabled={publication}
            data-testid="chronology-not-seen-days"
            onChange={(e) => {
              const days = Number(e.currentTarget.value);
              if (Number.isInteger(days) && days >= 1 && days <= 3650) setNotSeenDaysCommand(store, days === DEFAULT_NOT_SEEN_DAYS ? undefined : days);
            }}
          />
          days is checked
        </label>
        <label className="chronology__tick">
          <input type="checkbox" checked={withDerived} onChange={(e) => setWithDerived(e.currentTarget.checked)} data-testid="chronology-derived" />
          Show events from the family (derived)
        </label>
      </div>
      {problem ? (
        <p className="chronology__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="chronology__filters">
        <label>
          Person
          <select value={person} onChange={(e) => setPerson(e.currentTarget.value)} data-testid="chronology-person">
            <option value="">{selectedPersons.length > 0 ? `Selected on the figure (${selectedPersons.length})` : 'Everyone'}</option>
            {namesDoc.persons.map((p) => (
              <option key={p.id} value={p.id}>
                {nameOf.get(p.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select value={source} onChange={(e) => setSource(e.currentTarget.value)} data-testid="chronology-source">
            <option value="">All</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EventKind | '')} data-testid="chronology-kind">
            <option value="">All</option>
            <EventKindOptions />
          </select>
        </label>
        <label>
          Search
          <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="chronology-search" />
        </label>
      </div>
      <p className="review-muted" data-testid="chronology-count">
        {shown.length === events.length ? `${events.length} events` : `${shown.length} of ${events.length} events`}
        {shown.length > ROWS_SHOWN ? `; the first ${ROWS_SHOWN} are shown: narrow the filter to see the rest` : ''}
      </p>
      {events.length === 0 ? (
        <p className="review-muted">No events yet: import a chronology table (CSV) or add an event.</p>
      ) : (
        <div className="chronology__scroll">
          <table className="chronology__table" data-testid="chronology-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" aria-sort={sort.column === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button
                      type="button"
                      data-testid={`chronology-sort-${c.key}`}
                      onClick={() => setSort((s) => ({ column: c.key, descending: s.column === c.key ? !s.descending : false }))}
                    >
                      {c.title}
                      {sort.column === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, ROWS_SHOWN).map((e) => {
                const derived = isDerived(e);
                const classes = ['chronology__row', derived ? 'chronology__row--derived' : '', e.id === chosenId ? 'chronology__row--chosen' : ''].filter(Boolean).join(' ');
                return (
                  <tr
                    key={e.id}
                    className={classes}
                    data-testid="chronology-row"
                    data-event={e.id}
                    data-derived={derived ? 'true' : undefined}
                    aria-selected={e.id === chosenId}
                    tabIndex={0}
                    onClick={() => choose(e)}
                    onKeyDown={(k) => {
                      if (k.key === 'Enter' || k.key === ' ') {
                        k.preventDefault();
                        choose(e);
                      }
                    }}
                  >
                    <td>{publication ? formatEventMonthYear(e.date) : formatEventDate(e.date)}</td>
                    <td>{e.source}</td>
                    <td>
                      {EVENT_KIND_LABELS[e.kind]}
                      {derived ? <span className="chronology__derived">derived</span> : null}
                    </td>
                    <td>{e.description}</td>
                    <td>{[...e.persons.map((p) => nameOf.get(p) ?? p), ...(e.otherPersons ?? [])].join('; ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {chosen && !publication ? <EventEditor event={chosen} /> : null}
      {pending ? <ChronologyImportDialog fileName={pending.fileName} imported={pending.imported} doc={doc} onClose={() => setPending(null)} /> : null}
    </section>
  );
}
