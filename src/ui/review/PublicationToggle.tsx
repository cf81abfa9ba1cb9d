import { useId } from 'react';
import './review.css';

/**
 * Publication mode: a view and export option, not a change to the document. The caller holds
 * the state (the figure, tables and exports read it).
 */
export function PublicationToggle({ publication, onPublicationChange }: { publication: boolean; onPublicationChange: (on: boolean) => void }) {
  const id = useId();
  const hint = useId();
  return (
    <div className="review-publication">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={publication}
        aria-checked={publication}
        aria-describedby={hint}
        data-testid="publication-toggle"
        onChange={(e) => onPublicationChange(e.target.checked)}
      />
      <label htmlFor={id}>Publication mode</label>
      <p id={hint} className="review-muted">
        {publication
          ? 'Showing roles instead of names, years instead of dates; no addresses, notes, health or ethnicity.'
          : 'Show and export an anonymised version for a published report.'}
      </p>
    </div>
  );
}
