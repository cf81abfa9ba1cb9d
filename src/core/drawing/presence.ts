import { formatAge } from '../dates/age';
import { compareDates } from '../dates/partialDate';
import type { PartialDate, Person } from '../model/types';

// What is true of a person at the reference date. A person born after it is left out of the
// figure: a reviewer reading "as at 12 Mar 2003" must not see people who did not yet exist.

export function isBornBy(p: Person, asAt: PartialDate): boolean {
  return !p.birth || compareDates(p.birth, asAt) <= 0;
}

/** Dead by the date; a "deceased" flag without a date counts at every date. */
export function isDeadBy(p: Person, asAt: PartialDate): boolean {
  if (p.death) return compareDates(p.death, asAt) <= 0;
  return Boolean(p.deceased);
}

/**
 * Age shown inside the symbol: at death for the dead, at the date for the living, in the
 * short form ("24", "8m" under two years, "3w" under three months, "5d" under a week), which
 * stays within three characters and so fits inside a 40-unit symbol at the age text size.
 */
export function shownAge(p: Person, asAt: PartialDate): string | undefined {
  if (!p.birth || p.pregnancy) return undefined;
  if (isDeadBy(p, asAt)) return p.death ? formatAge(p.birth, p.death, 'short') : undefined;
  // Someone born so long ago with no death recorded (an ancestor from a family-history file) is
  // not 144 years old: the age would mislead, so none is shown.
  if (asAt.year - p.birth.year > OLDEST_LIVING) return undefined;
  return formatAge(p.birth, asAt, 'short');
}

/** Older than this with no death recorded, a person's age is not shown (the oldest people recorded lived to about 122). */
const OLDEST_LIVING = 115;
