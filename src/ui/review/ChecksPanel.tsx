import { useMemo } from 'react';
import { runChecks } from '../../core/checks/runChecks';
import type { Severity } from '../../core/checks/finding';
import { useEditor, useView } from '../EditorStoreContext';
import { withPublicationNames } from './publicationNames';
import { useAsAt } from './useReviewDoc';
import './review.css';

const SEVERITY_TEXT: Record<Severity, string> = { error: 'Error', warning: 'Check', info: 'Note' };

/**
 * The review checks at the reference date; choosing a finding selects the people it names.
 * In publication mode the messages name people by their role, as the figure does; the checks
 * still run on the full record, so they find the same things.
 */
export function ChecksPanel() {
  const doc = useEditor((s) => s.doc);
  const select = useEditor((s) => s.select);
  const publication = useView((s) => s.publication);
  const asAt = useAsAt();
  const findings = useMemo(() => runChecks(publication ? withPublicationNames(doc, asAt) : doc, asAt), [doc, asAt, publication]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  return (
    <section className="review-checks" aria-label="Review checks">
      <p className="review-checks__summary" data-testid="checks-summary">
        {findings.length === 0
          ? 'No problems found.'
          : `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} to check, ${counts.info} note${counts.info === 1 ? '' : 's'}`}
      </p>
      <ul className="review-checks__list">
        {findings.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className={`review-checks__finding review-checks__finding--${f.severity}`}
              data-testid="check-finding"
              data-check={f.checkId}
              disabled={f.personIds.length === 0}
              onClick={() => select(f.personIds)}
            >
              <span className="review-checks__severity">{SEVERITY_TEXT[f.severity]}</span> {f.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
