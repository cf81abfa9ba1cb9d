import { dateRange, formatDate } from '../dates/partialDate';
import { displayName, indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, PartialDate, Person } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing a reviewer should look at. Severity follows certainty:
 * - error: certainly impossible, whichever way the partial dates are read
 * - warning: certainly worth checking (a gap in the record, an unusual but possible fact),
 *   or impossible on the most likely reading of the dates; then the message says "possibly"
 * - info: only possibly worth checking
 */
export interface Finding {
  /** Stable for the same problem in the same document, for keys and dismissals. */
  id: string;
  checkId: string;
  severity: Severity;
  /** Names the people involved. */
  message: string;
  personIds: Id[];
}

export type Check = (doc: GenogramDocument, asAt: PartialDate) => Finding[];

/** The person as the message should name them: their name or label, or a clear stand-in. */
export function nameOf(doc: GenogramDocument, id: Id): string {
  const person = indexDocument(doc).person.get(id);
  if (!person) return `unknown person "${id}"`;
  return displayName(person) || `unnamed person (${id})`;
}

export function when(d: PartialDate): string {
  return formatDate(d);
}

export function finding(checkId: string, severity: Severity, message: string, personIds: Id[], discriminator = ''): Finding {
  return { id: `${checkId}:${personIds.join(',')}${discriminator ? `:${discriminator}` : ''}`, checkId, severity, message, personIds };
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * "Date of birth and ethnicity not entered and disability not recorded": what nobody filled in
 * told apart from what the records say is not known, as the inspector and the tables tell them.
 * Capitalised, to open a message; empty when nothing is missing.
 */
export function missingDetails(notEntered: string[], notRecorded: string[]): string {
  const parts = [notEntered.length ? `${listNames(notEntered)} not entered` : '', notRecorded.length ? `${listNames(notRecorded)} not recorded` : ''].filter(Boolean);
  return parts.join(' and ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * The two readings the checks use. `certain` gives the widest range a date can mean
 * (dateRange: "about" widened by two years, "before"/"after" open-ended). `stated` takes
 * the date as written, dropping "about", "before" and "after". A check that fails on every
 * certain reading is an error; one that fails only on the stated reading says "possibly".
 * Two dates of different precision in the same period (born 2000, died Mar 2000) conflict
 * on neither reading, so no alarm is raised without evidence.
 */
export type Reading = (d: PartialDate) => { earliest: number; latest: number };
export const certain: Reading = (d) => dateRange(d);
export const stated: Reading = (d) => dateRange(d.qualifier ? { year: d.year, ...(d.month ? { month: d.month } : {}), ...(d.day ? { day: d.day } : {}) } : d);

/** Every day `a` can mean comes before every day `b` can mean, on the reading. */
export function before(read: Reading, a: PartialDate, b: PartialDate): boolean {
  return read(a).latest < read(b).earliest;
}

/** Each birth parent and child once, even where the same link was entered twice (one fact, reported once). */
export function distinctBirthLinks(doc: GenogramDocument): { parent: Person; child: Person }[] {
  const { person } = indexDocument(doc);
  const seen = new Set<string>();
  const out: { parent: Person; child: Person }[] = [];
  for (const link of doc.parentLinks) {
    const pair = JSON.stringify([link.parent, link.child]);
    if (link.kind !== 'birth' || seen.has(pair)) continue;
    seen.add(pair);
    const parent = person.get(link.parent);
    const child = person.get(link.child);
    if (parent && child) out.push({ parent, child });
  }
  return out;
}
