import { useMemo, useState } from 'react';
import { familyTable, familyTableTitle, familyTableToCsv, familyTableToHtml, familyTableToMarkdown } from '../../core/tables/composition';
import type { Id, PartialDate } from '../../core/model/types';
import { useEditor } from '../EditorStoreContext';
import { downloadBlob } from '../../platform/export/download';
import { fileStemFor } from '../../platform/export/fileName';
import { withPublicationNames } from './publicationNames';
import { SubjectPicker } from './SubjectPicker';
import { subjectsOf, useAsAt } from './useReviewDoc';
import './review.css';

/** The date in a file name: "2021-06-01", or "2021-06" for a published table (month and year only). */
function isoDate(d: PartialDate, publication: boolean): string {
  const parts = [String(d.year).padStart(4, '0'), d.month ? String(d.month).padStart(2, '0') : undefined, !publication && d.day ? String(d.day).padStart(2, '0') : undefined];
  return parts.filter(Boolean).join('-');
}

const FORMATS = [
  { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8', write: familyTableToCsv },
  { label: 'Markdown', extension: 'md', type: 'text/markdown;charset=utf-8', write: familyTableToMarkdown },
  { label: 'HTML', extension: 'html', type: 'text/html;charset=utf-8', write: familyTableToHtml },
] as const;

/**
 * The family table at the reference date: everyone with their relationship to the subject child
 * and where they live, with downloads for the report. In publication mode it is the published
 * table (built from the full record, so ages stay exact, but naming no one).
 */
export function FamilyTable({ publication = false, keepEthnicity = false }: { publication?: boolean; keepEthnicity?: boolean }) {
  const asAt = useAsAt();
  const doc = useEditor((s) => s.doc);
  const [householdsOnly, setHouseholdsOnly] = useState(false);
  const subjects = subjectsOf(doc);
  const [picked, setPicked] = useState<Id | undefined>(undefined);
  const subject = picked && subjects.includes(picked) ? picked : subjects[0];
  const table = useMemo(
    () => familyTable(doc, { asAt, ...(subject ? { subject } : {}), publication, keepEthnicity, householdsOnly }),
    [doc, asAt, subject, publication, keepEthnicity, householdsOnly],
  );
  // The subject picker names subjects as the table does: by role when published.
  const pickerDoc = useMemo(() => (publication ? withPublicationNames(doc, asAt) : doc), [doc, publication, asAt]);
  const stem = publication
    ? `genogram-family-table-${isoDate(asAt, true)}`
    : `${fileStemFor(doc.settings.title)}-family-table-${isoDate(asAt, false)}`;

  return (
    <section className="review-composition" aria-label="Family table">
      {subject ? <SubjectPicker doc={pickerDoc} subjects={subjects} value={subject} onChange={setPicked} /> : null}
      <label className="review-composition__filter">
        <input type="checkbox" checked={householdsOnly} onChange={(e) => setHouseholdsOnly(e.currentTarget.checked)} data-testid="family-table-households-only" />
        Only people living in or visiting a household at this date
      </label>
      {table.rows.length === 0 ? <p className="review-muted">Nobody to list at this date.</p> : null}
      {/* The side panel is narrow: cells wrap at spaces, and a table still too wide scrolls in its own box. */}
      <div className="review-composition__scroll">
        <table className="review-composition__table" data-testid="family-table">
          <caption>{familyTableTitle(table)}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.personId} data-person={row.personId}>
                {table.columns.map((c) => (
                  <td key={c.key} data-column={c.key}>
                    {row[c.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="review-composition__downloads">
        {FORMATS.map((f) => (
          <button
            key={f.extension}
            type="button"
            data-testid={`family-table-download-${f.extension}`}
            disabled={table.rows.length === 0}
            onClick={() => downloadBlob(new Blob([f.write(table)], { type: f.type }), `${stem}.${f.extension}`)}
          >
            Download {f.label}
          </button>
        ))}
      </div>
    </section>
  );
}
