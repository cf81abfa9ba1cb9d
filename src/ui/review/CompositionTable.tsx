import { useMemo, useState } from 'react';
import { householdComposition, compositionToCsv, compositionToHtml, compositionToMarkdown, COMPOSITION_COLUMNS } from '../../core/tables/composition';
import type { Id, PartialDate } from '../../core/model/types';
import { downloadBlob } from '../../platform/export/download';
import { fileStemFor } from '../../platform/export/fileName';
import { SubjectPicker } from './SubjectPicker';
import { subjectsOf, useAsAt, useShownDoc } from './useReviewDoc';
import './review.css';

function isoDay(d: PartialDate): string {
  return [String(d.year).padStart(4, '0'), d.month ? String(d.month).padStart(2, '0') : undefined, d.day ? String(d.day).padStart(2, '0') : undefined]
    .filter(Boolean)
    .join('-');
}

const FORMATS = [
  { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8', write: compositionToCsv },
  { label: 'Markdown', extension: 'md', type: 'text/markdown;charset=utf-8', write: compositionToMarkdown },
  { label: 'HTML', extension: 'html', type: 'text/html;charset=utf-8', write: compositionToHtml },
] as const;

/**
 * Who lived in each household at the reference date, related to the subject child, with
 * downloads for the report. In publication mode it is built from the anonymised copy.
 */
export function CompositionTable({ publication = false, keepEthnicity = false }: { publication?: boolean; keepEthnicity?: boolean }) {
  const asAt = useAsAt();
  const doc = useShownDoc(publication, asAt);
  const subjects = subjectsOf(doc);
  const [picked, setPicked] = useState<Id | undefined>(undefined);
  const subject = picked && subjects.includes(picked) ? picked : subjects[0];
  const composition = useMemo(
    () => householdComposition(doc, asAt, subject, publication && !keepEthnicity ? { withheld: ['ethnicity'] } : {}),
    [doc, asAt, subject, publication, keepEthnicity],
  );
  const stem = `${fileStemFor(doc.settings.title)}-households-${isoDay(asAt)}`;

  return (
    <section className="review-composition" aria-label="Household composition">
      {subject ? <SubjectPicker doc={doc} subjects={subjects} value={subject} onChange={setPicked} /> : null}
      {composition.households.length === 0 ? <p className="review-muted">Nobody is in a household at this date.</p> : null}
      {composition.households.map((h) => (
        // The side panel is narrow: a wide table scrolls inside its own box rather than being cut off.
        <div key={h.householdId} className="review-composition__scroll">
          <table className="review-composition__table" data-testid="composition-table">
            <caption>{h.label}</caption>
            <thead>
              <tr>
                {COMPOSITION_COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {h.rows.map((row) => (
                <tr key={row.personId}>
                  {COMPOSITION_COLUMNS.map((c) => (
                    <td key={c.key}>{row[c.key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <div className="review-composition__downloads">
        {FORMATS.map((f) => (
          <button
            key={f.extension}
            type="button"
            data-testid={`composition-download-${f.extension}`}
            disabled={composition.households.length === 0}
            onClick={() => downloadBlob(new Blob([f.write(composition)], { type: f.type }), `${stem}.${f.extension}`)}
          >
            Download {f.label}
          </button>
        ))}
      </div>
    </section>
  );
}
