import type { PartialDate } from '../model/types';
import { isValidPartialDate } from '../dates/partialDate';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export type GedcomDateReading =
  | {
      ok: true;
      /** The one date that best stands for the value (a period's start, a range's middle). */
      date: PartialDate;
      /** For FROM/TO periods: the ends, as far as they are given. */
      period?: { from?: PartialDate; to?: PartialDate };
      /** Set when the value said more than a PartialDate can hold (a range, a period, a phrase). */
      approximation?: string;
    }
  | { ok: false; message: string };

/**
 * Reads a GEDCOM 5.5/5.5.1/7.0 date value: "12 MAR 1850", "ABT 1850", "CAL", "EST",
 * "BEF", "AFT", "BET … AND …", "FROM … TO …", "INT … (phrase)", dual years "1750/51",
 * calendar escapes "@#DGREGORIAN@" and 7.0 "GREGORIAN"/"JULIAN".
 */
export function readGedcomDate(input: string): GedcomDateReading {
  let text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: 'the date is empty' };
  if (/^\(.*\)$/.test(text)) return { ok: false, message: `"${input.trim()}" is a date phrase, not a date` };
  let approximation: string | undefined;
  const phrase = /\s*\((.*)\)\s*$/.exec(text);
  if (phrase) text = text.slice(0, phrase.index).trim();
  const upper = text.toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(?:ABT|ABOUT|CAL|EST|CIRCA|C\.?|CA\.?)\.? (.+)$/.exec(upper))) return qualified(m[1]!, 'about', input);
  if ((m = /^(?:BEF|BEFORE)\.? (.+)$/.exec(upper))) return qualified(m[1]!, 'before', input);
  if ((m = /^(?:AFT|AFTER)\.? (.+)$/.exec(upper))) return qualified(m[1]!, 'after', input);
  if ((m = /^INT (.+)$/.exec(upper))) {
    const r = qualified(m[1]!, undefined, input);
    return r.ok ? { ...r, approximation: `interpreted date "${input.trim()}"` } : r;
  }
  if ((m = /^BET (.+) AND (.+)$/.exec(upper))) {
    const a = single(m[1]!);
    const b = single(m[2]!);
    if (!a || !b) return unreadable(input);
    return { ok: true, date: between(a, b), approximation: `range "${input.trim()}" read as ${describe(between(a, b))}` };
  }
  if ((m = /^FROM (.+?)(?: TO (.+))?$/.exec(upper))) {
    const from = single(m[1]!);
    const to = m[2] !== undefined ? single(m[2]) : undefined;
    if (!from || (m[2] !== undefined && !to)) return unreadable(input);
    approximation = to ? `period "${input.trim()}" read as its start` : undefined;
    return { ok: true, date: from, period: to ? { from, to } : { from }, ...(approximation ? { approximation } : {}) };
  }
  if ((m = /^TO (.+)$/.exec(upper))) {
    const to = single(m[1]!);
    if (!to) return unreadable(input);
    return { ok: true, date: { ...to, qualifier: 'before' }, period: { to }, approximation: `period "${input.trim()}" read as before its end` };
  }
  const d = single(upper);
  if (!d) return unreadable(input);
  if (d.qualifier === 'about') return { ok: true, date: d, approximation: `"${input.trim()}" read as about ${d.year}` };
  return phrase ? { ok: true, date: d, approximation: `phrase "(${phrase[1]})" dropped` } : { ok: true, date: d };
}

function qualified(body: string, qualifier: PartialDate['qualifier'], input: string): GedcomDateReading {
  const d = single(body);
  if (!d) return unreadable(input);
  return { ok: true, date: qualifier ? { ...d, qualifier } : d };
}

function unreadable(input: string): GedcomDateReading {
  return { ok: false, message: `"${input.trim()}" is not a GEDCOM date this program can read` };
}

/** One calendar date: [calendar] [[day] month] year[/yy] — Gregorian or Julian only. */
function single(text: string): PartialDate | undefined {
  let body = text.trim();
  const calendar = /^(?:@#D([A-Z ]+)@|(GREGORIAN|JULIAN|FRENCH_R|HEBREW))\s*/.exec(body);
  if (calendar) {
    const name = (calendar[1] ?? calendar[2] ?? '').trim().replace(' ', '_');
    if (name !== 'GREGORIAN' && name !== 'JULIAN') return undefined;
    body = body.slice(calendar[0].length);
  }
  if (/B\.?C\.?$|BCE$/.test(body)) return undefined;
  const m = /^(?:(\d{1,2}) )?(?:([A-Z]{3,9})\.? )?(\d{1,4})(?:\/(\d{1,4}))?$/.exec(body);
  if (!m) return undefined;
  let year = Number(m[3]);
  // Dual year "1750/51": the second is the year by today's reckoning.
  if (m[4] !== undefined) {
    const tail = Number(m[4]);
    if (m[4].length >= 3) {
      // "1815/1816" written out in full is a dual year; "1056/1060" is one year or the other: about the middle.
      if (tail <= year || tail - year > 20) return undefined;
      if (tail !== year + 1) return { year: Math.round((year + tail) / 2), qualifier: 'about' };
      year = tail;
    } else {
      const modulus = m[4].length === 1 ? 10 : 100;
      year = year - (year % modulus) + tail;
      if (year < Number(m[3])) year += modulus;
    }
  }
  const date: PartialDate = { year };
  if (m[2] !== undefined) {
    const month = MONTHS.indexOf(m[2].slice(0, 3));
    if (month < 0 || (m[2].length > 3 && !fullMonthMatches(m[2]))) return undefined;
    date.month = month + 1;
    if (m[1] !== undefined) date.day = Number(m[1]);
  } else if (m[1] !== undefined) {
    return undefined;
  }
  return isValidPartialDate(date) ? date : undefined;
}

const FULL_MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];
function fullMonthMatches(name: string): boolean {
  return FULL_MONTHS.some((full) => full.startsWith(name) || name === 'SEPT');
}

/** The common precision of both ends, or "about" the middle year when they differ in year. */
function between(a: PartialDate, b: PartialDate): PartialDate {
  if (a.year === b.year) {
    if (a.month !== undefined && a.month === b.month) {
      return a.day !== undefined && a.day === b.day ? { year: a.year, month: a.month, day: a.day } : { year: a.year, month: a.month };
    }
    return { year: a.year };
  }
  return { year: Math.round((a.year + b.year) / 2), qualifier: 'about' };
}

function describe(d: PartialDate): string {
  return `${d.qualifier === 'about' ? 'about ' : ''}${d.day ? `${d.day} ` : ''}${d.month ? `${MONTHS[d.month - 1]} ` : ''}${d.year}`;
}

/** PartialDate → GEDCOM 7.0 date value. */
export function formatGedcomDate(d: PartialDate): string {
  const prefix = d.qualifier === 'about' ? 'ABT ' : d.qualifier === 'before' ? 'BEF ' : d.qualifier === 'after' ? 'AFT ' : '';
  let body = String(d.year);
  if (d.month !== undefined) body = `${MONTHS[d.month - 1]} ${body}`;
  if (d.month !== undefined && d.day !== undefined) body = `${d.day} ${body}`;
  return prefix + body;
}
