import { formatDate, formatMonthYear, parsePartialDate, sortKey } from '../dates/partialDate';
import type { PartialDate } from '../model/types';
import type { EventDate } from './types';

export type EventDateResult = { ok: true; date: EventDate } | { ok: false; message: string };

// A period's two dates are joined by a dash with spaces round it, or by "to": "Jun 2016 – Aug 2016",
// "Jun 2016 - Aug 2016", "Jun 2016 to Aug 2016". An ISO date's hyphens have no spaces, so never split.
const PERIOD_SEPARATOR = /\s+(?:[-–—]|to|until)\s+|\s*[–—]\s*/i;

/** Reads one date of an event, with "?" (uncertain) before or after it. */
function readOne(text: string): { date: PartialDate; uncertain: boolean } | { message: string } {
  let body = text.trim();
  let uncertain = false;
  if (body.startsWith('?')) {
    uncertain = true;
    body = body.slice(1).trim();
  }
  if (body.endsWith('?')) {
    uncertain = true;
    body = body.slice(0, -1).trim();
  }
  const parsed = parsePartialDate(body);
  if (!parsed.ok) return { message: parsed.message };
  if (!parsed.date) return { message: 'the date is empty' };
  return { date: parsed.date, uncertain };
}

const FORMS = 'write e.g. 22 May 2016, 22/05/2016, May 2016, 2016, c. May 2016, ?22 May 2016 or Jun 2016 – Aug 2016';

/**
 * Reads an event's date as reviews write it: "22 May 2016", "22/05/2016" (day first),
 * "May 2016", "2016", "c. May 2016", "?22 May 2016" (the record doubts it), or a period
 * "Jun 2016 – Aug 2016". An end date given apart (an "End date" column) makes a period too.
 */
export function parseEventDate(input: string, endInput = ''): EventDateResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'there is no date' };
  const parts = text.split(PERIOD_SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length > 2) return { ok: false, message: `"${text}" is not a date: ${FORMS}` };
  const first = readOne(parts[0]!);
  if ('message' in first) return { ok: false, message: `"${text}" is not a date: ${FORMS}` };
  const endText = parts.length === 2 ? parts[1]! : endInput.trim();
  const date: EventDate = { from: first.date };
  let uncertain = first.uncertain;
  if (endText !== '') {
    const end = readOne(endText);
    if ('message' in end) return { ok: false, message: `"${endText}" is not an end date: ${FORMS}` };
    if (sortKey(end.date) < sortKey(first.date)) {
      return { ok: false, message: `the period "${text}${parts.length === 2 ? '' : ` to ${endText}`}" ends before it starts` };
    }
    date.to = end.date;
    uncertain ||= end.uncertain;
  }
  if (uncertain) date.uncertain = true;
  return { ok: true, date };
}

/** "?22 May 2016", "c. May 2016", "Jun 2016 – Aug 2016". */
export function formatEventDate(date: EventDate, format: (d: PartialDate) => string = formatDate): string {
  const mark = date.uncertain ? '?' : '';
  const from = mark + format(date.from);
  return date.to ? `${from} – ${mark}${format(date.to)}` : from;
}

/** As formatEventDate, to month and year only: the published form. */
export function formatEventMonthYear(date: EventDate): string {
  return formatEventDate(date, formatMonthYear);
}

/** The day number (yyyymmdd) the event sorts by: its start read as formatDate's middle day. */
export function eventSortKey(date: EventDate): number {
  return sortKey(date.from);
}

/** The date the figure is shown at for this event: its start. */
export function eventAsAt(date: EventDate): PartialDate {
  const { qualifier: _q, ...rest } = date.from;
  return rest;
}
