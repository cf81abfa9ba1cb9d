import type { PartialDate } from '../model/types';
import { sortKey } from './partialDate';

/** 'short' fits inside a symbol ("8m", "3w", "5d", "24"); 'long' is for tables and panels ("8 months"). */
export type AgeStyle = 'short' | 'long';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most likely day a date means (as sortKey reads it), qualifier dropped: year, month, day. */
function likelyDay(d: PartialDate): { year: number; month: number; day: number } {
  const key = sortKey({ year: d.year, ...(d.month ? { month: d.month } : {}), ...(d.day ? { day: d.day } : {}) });
  return { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 };
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * A person's age at a date, written the way a review writes it: whole years from two years
 * old; completed months under two (when the birth month is known); completed weeks under three
 * months and days under one week (when the birth day is known). A birth known only to a year
 * (or a month) gives years (or months) only, since anything finer would claim more than the
 * record says. Partial dates are read at their most likely day, as everywhere else.
 * Undefined when the birth is after the date. The one age formatter: figure, tables, panels
 * and publication mode all use it.
 */
export function formatAge(birth: PartialDate, at: PartialDate, style: AgeStyle = 'long'): string | undefined {
  const b = likelyDay(birth);
  const a = likelyDay(at);
  const bKey = b.year * 10000 + b.month * 100 + b.day;
  const aKey = a.year * 10000 + a.month * 100 + a.day;
  if (aKey < bKey) return undefined;
  const years = a.year - b.year - (a.month * 100 + a.day < b.month * 100 + b.day ? 1 : 0);
  const months = (a.year - b.year) * 12 + (a.month - b.month) - (a.day < b.day ? 1 : 0);
  if (years >= 2 || birth.month === undefined) return String(years);
  if (months >= 3 || birth.day === undefined) return style === 'short' ? `${months}m` : plural(months, 'month');
  const days = Math.round((Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / DAY_MS);
  if (days >= 7) {
    const weeks = Math.floor(days / 7);
    return style === 'short' ? `${weeks}w` : plural(weeks, 'week');
  }
  return style === 'short' ? `${days}d` : plural(days, 'day');
}
