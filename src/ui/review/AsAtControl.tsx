import { useId, useMemo } from 'react';
import { compareDates, formatDate, today } from '../../core/dates/partialDate';
import { documentDates, nextDate, previousDate } from '../../core/households/documentDates';
import type { PartialDate } from '../../core/model/types';
import { useEditor } from '../EditorStoreContext';
import { useSetAsAt } from './useReviewDoc';
import './review.css';

function toInputValue(d: PartialDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month ?? 7, 2)}-${pad(d.day ?? (d.month ? 15 : 1), 2)}`;
}

function fromInputValue(value: string): PartialDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/**
 * The reference ("as at") date: a date picker, a slider over the dates written in the document,
 * steps to the previous and next of those dates, and a way back to today.
 */
export function AsAtControl() {
  const doc = useEditor((s) => s.doc);
  const stored = doc.settings.asAt;
  const asAt = stored ?? today();
  const setAsAt = useSetAsAt();
  const dates = useMemo(() => documentDates(doc), [doc]);
  const previous = previousDate(dates, asAt);
  const next = nextDate(dates, asAt);
  // The slider sits on the last event on or before the date.
  const position = Math.max(0, dates.filter((d) => compareDates(d, asAt) <= 0).length - 1);
  const pickerId = useId();
  const sliderId = useId();

  return (
    <section className="review-asat" aria-label="Reference date">
      <div className="review-asat__row">
        <label htmlFor={pickerId}>As at</label>
        <input
          id={pickerId}
          type="date"
          data-testid="asat-picker"
          value={toInputValue(asAt)}
          onChange={(e) => {
            const picked = fromInputValue(e.target.value);
            if (picked) setAsAt(picked);
          }}
        />
        <button type="button" onClick={() => setAsAt(undefined)} disabled={!stored} data-testid="asat-today">
          Today
        </button>
      </div>
      {dates.length > 0 ? (
        <div className="review-asat__row">
          <button type="button" aria-label="Previous event" title="Previous event" disabled={!previous} onClick={() => previous && setAsAt(previous)} data-testid="asat-previous">
            ◀
          </button>
          <label htmlFor={sliderId} className="review-visually-hidden">
            Events in the document
          </label>
          <input
            id={sliderId}
            className="review-asat__slider"
            type="range"
            min={0}
            max={Math.max(0, dates.length - 1)}
            step={1}
            value={position}
            aria-valuetext={dates[position] ? formatDate(dates[position]) : undefined}
            data-testid="asat-slider"
            onChange={(e) => {
              const d = dates[Number(e.target.value)];
              if (d) setAsAt(d);
            }}
          />
          <button type="button" aria-label="Next event" title="Next event" disabled={!next} onClick={() => next && setAsAt(next)} data-testid="asat-next">
            ▶
          </button>
        </div>
      ) : (
        <p className="review-muted">No dates in the document yet.</p>
      )}
      <p className="review-asat__shown" aria-live="polite" data-testid="asat-shown">
        {formatDate(asAt)}
        {stored ? '' : ' (today)'}
      </p>
    </section>
  );
}
