import { useState } from 'react';
import { formatEventDate } from '../../core/chronology/eventDate';
import type { ChronologyImport } from '../../core/chronology/importChronology';
import { EVENT_KIND_LABELS } from '../../core/chronology/types';
import { displayName } from '../../core/model/documentIndex';
import type { GenogramDocument } from '../../core/model/types';
import { importChronologyCommand } from '../../editor/chronologyCommands';
import { Modal } from '../dialogs/Modal';
import { useEditorStore } from '../EditorStoreContext';
import './chronology.css';

/** Rows previewed: enough to see that the columns were read right. */
const PREVIEW_ROWS = 8;

/**
 * What a chronology table would add, before anything changes: the events read, every row that
 * could not be read with its line, the names that match no one (each offered as a new person,
 * unticked: left as text unless chosen), and a preview. "Import" adds it all as one undo step;
 * Cancel leaves the document as it was.
 */
export function ChronologyImportDialog({ fileName, imported, doc, onClose }: { fileName: string; imported: ChronologyImport; doc: GenogramDocument; onClose: () => void }) {
  const store = useEditorStore();
  const [asPersons, setAsPersons] = useState<ReadonlySet<string>>(new Set());
  const name = new Map(doc.persons.map((p) => [p.id, displayName(p) || p.id]));
  const toggle = (n: string) =>
    setAsPersons((s) => {
      const next = new Set(s);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });
  const confirm = () => {
    importChronologyCommand(store, imported, [...asPersons]);
    onClose();
  };
  const count = imported.events.length;
  return (
    <Modal title={`Import chronology "${fileName}"`} onClose={onClose} testId="chronology-import-dialog" wide>
      <p data-testid="chronology-import-counts">
        {count} {count === 1 ? 'event' : 'events'} read
        {imported.unreadable.length > 0 ? `, ${imported.unreadable.length} ${imported.unreadable.length === 1 ? 'row' : 'rows'} could not be read` : ''}
        {imported.columns.length > 0 ? `; further columns kept: ${imported.columns.join(', ')}` : ''}. Nothing changes until you import.
      </p>
      {imported.unreadable.length > 0 ? (
        <section aria-label="Rows that could not be read">
          <h3>Not read (left out)</h3>
          <ul className="chronology-import__list" data-testid="chronology-import-unreadable">
            {imported.unreadable.map((u) => (
              <li key={u.line}>
                Line {u.line}: {u.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {imported.notes.length > 0 ? (
        <section aria-label="Notes">
          <h3>Read with a change</h3>
          <ul className="chronology-import__list" data-testid="chronology-import-notes">
            {imported.notes.map((n, i) => (
              <li key={i}>
                Line {n.line}: {n.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {imported.unmatched.length > 0 ? (
        <fieldset data-testid="chronology-import-unmatched">
          <legend>Names not on the genogram (kept as text unless ticked)</legend>
          {imported.unmatched.map((u) => (
            <label key={u.name} className="chronology-import__tick">
              <input type="checkbox" checked={asPersons.has(u.name)} onChange={() => toggle(u.name)} />
              <span>
                Add “{u.name}” as a new person (line{u.lines.length === 1 ? '' : 's'} {u.lines.join(', ')})
                {u.candidates.length > 0 ? `: could be ${u.candidates.map((c) => name.get(c)).join(' or ')}` : ''}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {count > 0 ? (
        <table className="chronology__table" data-testid="chronology-import-preview">
          <caption>First {Math.min(PREVIEW_ROWS, count)} of {count}</caption>
          <thead>
            <tr>
              <th>Date</th>
              <th>Source</th>
              <th>Kind</th>
              <th>Event</th>
              <th>People</th>
            </tr>
          </thead>
          <tbody>
            {imported.events.slice(0, PREVIEW_ROWS).map((e) => (
              <tr key={e.id}>
                <td>{formatEventDate(e.date)}</td>
                <td>{e.source}</td>
                <td>{EVENT_KIND_LABELS[e.kind]}</td>
                <td>{e.description}</td>
                <td>{[...e.persons.map((p) => name.get(p)), ...(e.otherPersons ?? [])].join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="authoring-modal__actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={confirm} disabled={count === 0} data-testid="chronology-import-confirm">
          Import {count} {count === 1 ? 'event' : 'events'}
        </button>
      </div>
    </Modal>
  );
}
