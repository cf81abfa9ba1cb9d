import { monthName } from '../dates/partialDate';
import { fromYearFraction, toYearFraction } from './timePosition';

export interface AxisTick {
  /** Position as a fractional year. */
  at: number;
  label: string;
}

/** Month steps tried for a short span, smallest first. */
const MONTH_STEPS = [1, 2, 3, 6];

/**
 * Ticks for a time axis that follows the span it shows: whole years, spaced to keep labels
 * apart; under about three years, months ("Jan 2001" at each new year, "Mar" between), so a
 * life of 11 months is read in months. At least `minGap` pixels between labels.
 */
export function axisTicks(start: number, end: number, plotWidth: number, minGap = 44): AxisTick[] {
  const span = end - start;
  const fits = Math.max(1, Math.floor(plotWidth / minGap));
  const monthStep = MONTH_STEPS.find((step) => (span * 12) / step <= fits);
  if (span < 3 && monthStep !== undefined) {
    const ticks: AxisTick[] = [];
    const first = fromYearFraction(start);
    let year = first.year;
    let month = first.month!;
    if (toYearFraction({ year, month, day: 1 }) < start) month++;
    for (;;) {
      if (month > 12) {
        year++;
        month -= 12;
      }
      const at = toYearFraction({ year, month, day: 1 });
      if (at > end) break;
      if ((month - 1) % monthStep === 0) ticks.push({ at, label: month === 1 || ticks.length === 0 ? `${monthName(month)} ${year}` : monthName(month) });
      month++;
    }
    return ticks;
  }
  const step = Math.max(1, Math.ceil(span / fits));
  const ticks: AxisTick[] = [];
  for (let year = Math.ceil(start); year <= end; year += step) ticks.push({ at: year, label: String(year) });
  return ticks;
}
