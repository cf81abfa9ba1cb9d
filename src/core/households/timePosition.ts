import { daysInMonth } from '../dates/partialDate';
import type { PartialDate } from '../model/types';

function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/**
 * A date as a fractional year (2015.5 is about 2 Jul 2015), read at its most likely day
 * as sortKey does (year-only dates at 1 Jul, month-only at the 15th), for drawing time axes.
 */
export function toYearFraction(d: PartialDate): number {
  const month = d.month ?? 7;
  const day = d.day ?? (d.month === undefined ? 1 : 15);
  let dayOfYear = day - 1;
  for (let m = 1; m < month; m++) dayOfYear += daysInMonth(d.year, m);
  return d.year + dayOfYear / daysInYear(d.year);
}

/** The day a position on a time axis falls on: the inverse of toYearFraction for exact days. */
export function fromYearFraction(x: number): PartialDate {
  const year = Math.floor(x);
  let dayOfYear = Math.min(daysInYear(year) - 1, Math.max(0, Math.round((x - year) * daysInYear(year))));
  let month = 1;
  while (dayOfYear >= daysInMonth(year, month)) {
    dayOfYear -= daysInMonth(year, month);
    month++;
  }
  return { year, month, day: dayOfYear + 1 };
}
