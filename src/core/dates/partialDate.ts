import type { PartialDate } from '../model/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/**
 * The earliest and latest day (as a number yyyymmdd) that a partial date can mean.
 * "before 1990" spans everything up to 1989-12-31; "after" likewise.
 * "about" widens a year-only date by two years either side, so checks stay cautious.
 */
export function dateRange(d: PartialDate): { earliest: number; latest: number } {
  const y = d.year;
  let earliest: number;
  let latest: number;
  if (d.month === undefined) {
    earliest = y * 10000 + 101;
    latest = y * 10000 + 1231;
  } else if (d.day === undefined) {
    earliest = y * 10000 + d.month * 100 + 1;
    latest = y * 10000 + d.month * 100 + daysInMonth(y, d.month);
  } else {
    earliest = latest = y * 10000 + d.month * 100 + d.day;
  }
  switch (d.qualifier) {
    case 'before':
      return { earliest: -Infinity, latest: earliest - 1 };
    case 'after':
      return { earliest: latest + 1, latest: Infinity };
    case 'about':
      return { earliest: earliest - 20000, latest: latest + 20000 };
    default:
      return { earliest, latest };
  }
}

/** A single sortable day number (yyyymmdd) for ordering: the middle of what the date can mean. */
export function sortKey(d: PartialDate): number {
  const month = d.month ?? 7;
  const day = d.day ?? (d.month === undefined ? 1 : 15);
  const base = d.year * 10000 + month * 100 + day;
  if (d.qualifier === 'before') return base - 1;
  if (d.qualifier === 'after') return base + 1;
  return base;
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  return sortKey(a) - sortKey(b);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidPartialDate(d: PartialDate): boolean {
  if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) return false;
  if (d.month === undefined) return d.day === undefined;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  return Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * Whole years completed between birth and a date, using the most likely reading
 * of each partial date; undefined when the birth is after the date.
 */
export function ageAt(birth: PartialDate, at: PartialDate): number | undefined {
  const b = sortKey({ ...birth, qualifier: undefined });
  const a = sortKey({ ...at, qualifier: undefined });
  if (a < b) return undefined;
  const years = Math.floor(a / 10000) - Math.floor(b / 10000);
  return a % 10000 < b % 10000 ? years - 1 : years;
}

export function today(now: Date = new Date()): PartialDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "12 Mar 2003", "Mar 2003", "2003", with "c. ", "bef. ", "aft. " for qualifiers. */
export function formatDate(d: PartialDate): string {
  const prefix = d.qualifier === 'about' ? 'c. ' : d.qualifier === 'before' ? 'bef. ' : d.qualifier === 'after' ? 'aft. ' : '';
  let body = String(d.year);
  if (d.month !== undefined) body = `${monthName(d.month)} ${body}`;
  if (d.day !== undefined) body = `${d.day} ${body}`;
  return prefix + body;
}

/** "Mar 2003" (or "2003"), with the qualifier as formatDate writes it: a date for publication, never its day. */
export function formatMonthYear(d: PartialDate): string {
  const { day: _day, ...rest } = d;
  return formatDate(rest);
}

export function formatYear(d: PartialDate): string {
  const prefix = d.qualifier === 'about' ? 'c.' : d.qualifier === 'before' ? '<' : d.qualifier === 'after' ? '>' : '';
  return prefix + String(d.year);
}

export type ParseResult = { ok: true; date: PartialDate | undefined } | { ok: false; message: string };

const QUALIFIERS: [RegExp, PartialDate['qualifier']][] = [
  [/^(c\.?|ca\.?|circa|about|abt\.?|approx\.?|~)\s*/i, 'about'],
  [/^(before|bef\.?|<)\s*/i, 'before'],
  [/^(after|aft\.?|>)\s*/i, 'after'],
];

/**
 * Reads a date as a person types it: "1998", "Mar 1998", "March 1998", "3/1998",
 * "3/3/1998" (day first, UK order), "1998-03-03", "3 Mar 1998", with "c.", "about",
 * "before", "after". An empty string is no date.
 */
export function parsePartialDate(input: string): ParseResult {
  let text = input.trim();
  if (text === '') return { ok: true, date: undefined };
  let qualifier: PartialDate['qualifier'];
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(text);
    if (m) {
      qualifier = q;
      text = text.slice(m[0].length).trim();
      break;
    }
  }
  const date = readBody(text);
  if (!date) {
    return { ok: false, message: `"${input.trim()}" is not a date: write e.g. 1998, Mar 1998, 3/3/1998 or c. 1998` };
  }
  if (qualifier) date.qualifier = qualifier;
  if (!isValidPartialDate(date)) return { ok: false, message: `"${input.trim()}" is not a real date` };
  return { ok: true, date };
}

function monthFromName(name: string): number | undefined {
  const i = MONTHS.findIndex((m) => name.toLowerCase().startsWith(m.toLowerCase()));
  return i >= 0 && name.length >= 3 ? i + 1 : undefined;
}

function readBody(text: string): PartialDate | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return { year: Number(m[1]) };
  if ((m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text))) {
    return m[3] ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : { year: Number(m[1]), month: Number(m[2]) };
  }
  if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(text))) return { year: Number(m[2]), month: Number(m[1]) };
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text))) {
    return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  }
  if ((m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text))) {
    const month = monthFromName(m[1]!);
    return month ? { year: Number(m[2]), month } : undefined;
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text))) {
    const month = monthFromName(m[2]!);
    return month ? { year: Number(m[3]), month, day: Number(m[1]) } : undefined;
  }
  return undefined;
}
