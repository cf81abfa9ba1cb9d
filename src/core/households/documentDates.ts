import { eventAsAt } from '../chronology/eventDate';
import { compareDates } from '../dates/partialDate';
import type { GenogramDocument, PartialDate } from '../model/types';
import { memberPeriods } from './memberPeriods';

/**
 * Every date written in the document (births, deaths, expected dates, partnership events,
 * care placements, household periods, chronology events), sorted by their most likely day, each once.
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
    add(h.from);
    add(h.to);
    for (const m of memberPeriods(h)) {
      add(m.from);
      add(m.to);
    }
  }
  // The chronology's events too, so the previous/next steps walk through the chronology.
  for (const e of doc.chronology?.events ?? []) add(eventAsAt(e.date));
  all.sort(compareDates);
  // Dates that fall on the same most likely day ("Oct 2024" and "15 Oct 2024") are one stop for
  // the slider and the previous/next steps alike; the most precise one stands for them.
  const unique: PartialDate[] = [];
  for (const d of all) {
    const last = unique[unique.length - 1];
    if (last && compareDates(last, d) === 0) {
      if (precision(d) > precision(last)) unique[unique.length - 1] = d;
    } else unique.push(d);
  }
  return unique;
}

function precision(d: PartialDate): number {
  return (d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0) - (d.qualifier ? 0.5 : 0);
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
