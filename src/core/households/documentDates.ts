import { compareDates } from '../dates/partialDate';
import type { GenogramDocument, PartialDate } from '../model/types';

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.qualifier === b.qualifier;
}

/**
 * Every date written in the document (births, deaths, expected dates, partnership events,
 * care placements, household periods), sorted by their most likely day, each once.
 * For the reference-date slider and the previous/next event steps.
 */
export function documentDates(doc: GenogramDocument): PartialDate[] {
  const all: PartialDate[] = [];
  const add = (d: PartialDate | undefined) => {
    if (d) all.push(d);
  };
  for (const p of doc.persons) {
    add(p.birth);
    add(p.death);
    add(p.pregnancy?.expected);
  }
  for (const p of doc.partnerships) for (const e of p.events) add(e.date);
  for (const l of doc.parentLinks) {
    add(l.from);
    add(l.to);
  }
  for (const h of doc.households) {
    for (const m of h.members) {
      add(m.from);
      add(m.to);
    }
  }
  all.sort(compareDates);
  const unique: PartialDate[] = [];
  // Equal dates sort next to each other, but a same-day date with another precision may sit
  // between two equal ones, so compare against the run of same-key dates.
  for (const d of all) {
    let duplicate = false;
    for (let i = unique.length - 1; i >= 0 && compareDates(unique[i]!, d) === 0; i--) {
      if (sameDate(unique[i]!, d)) duplicate = true;
    }
    if (!duplicate) unique.push(d);
  }
  return unique;
}

/** The last date strictly before the reference date (by most likely day), if any. */
export function previousDate(dates: readonly PartialDate[], asAt: PartialDate): PartialDate | undefined {
  let found: PartialDate | undefined;
  for (const d of dates) if (compareDates(d, asAt) < 0) found = d;
  return found;
}

/** The first date strictly after the reference date (by most likely day), if any. */
export function nextDate(dates: readonly PartialDate[], asAt: PartialDate): PartialDate | undefined {
  return dates.find((d) => compareDates(d, asAt) > 0);
}
