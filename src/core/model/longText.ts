import type { Person } from './types';

/**
 * A name longer than this is almost certainly a mistake (a note pasted into the name, a
 * corrupt file): the import says so. The name is kept whole in the document; the figure shows
 * its start (two lines at most, ending in "…").
 */
export const LONG_NAME = 1000;

/** What to say about a person whose name is over LONG_NAME characters, or undefined. */
export function longNameWarning(person: Person, where: string): string | undefined {
  const parts = [person.givenNames, person.familyName].filter((t): t is string => !!t);
  const length = parts.reduce((sum, t) => sum + t.length, 0);
  if (length <= LONG_NAME) return undefined;
  const start = Array.from(parts.join(' ')).slice(0, 24).join('');
  return `${where}: the name "${start}…" has ${length.toLocaleString('en-GB')} characters (more than ${LONG_NAME.toLocaleString('en-GB')}); it is kept whole, and the figure shows its start.`;
}
