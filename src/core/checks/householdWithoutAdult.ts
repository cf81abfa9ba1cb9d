import { formatAge } from '../dates/age';
import { ageAt, compareDates, sortKey } from '../dates/partialDate';
import { membersAt } from '../households/membershipAt';
import { indexDocument } from '../model/documentIndex';
import type { Household, PartialDate, Person } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, listNames, nameOf, when } from './finding';
import { minOf } from '../model/extremes';
import { memberPeriods } from '../households/memberPeriods';

const ADULT = 18;

/** A day number (yyyymmdd) back as an exact date. */
function dayDate(key: number): PartialDate {
  return { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 };
}

function aliveAt(p: Person, at: PartialDate): boolean {
  if (p.pregnancy) return false;
  if (p.birth && compareDates(p.birth, at) > 0) return false;
  if (p.death) return compareDates(p.death, at) > 0;
  return !p.deceased;
}

/**
 * The dates at which who lives in the household, or who is an adult, can change: the edges of
 * its periods, its members' births and deaths and 18th birthdays (each at its most likely day,
 * with the date as written kept for the message). Only from the first dated edge of a period:
 * a period with no start means "since before anything we know", not "since birth", so before
 * the household's first recorded move nothing is claimed. With no dated edge at all, only the
 * reference date is looked at.
 */
function turningPoints(h: Household, persons: Map<string, Person>, asAt: PartialDate): { key: number; written: PartialDate }[] {
  const resident = memberPeriods(h).filter((m) => !m.visiting);
  const edges = resident.flatMap((m) => [m.from, m.to]).filter((d): d is PartialDate => !!d);
  if (edges.length === 0) return [{ key: sortKey(asAt), written: asAt }];
  const first = minOf(edges.map(sortKey));
  const points = new Map<number, PartialDate>();
  const add = (d: PartialDate | undefined) => {
    if (!d) return;
    const key = sortKey(d);
    if (key >= first && !points.has(key)) points.set(key, d);
  };
  for (const m of resident) {
    add(m.from);
    add(m.to);
    const p = persons.get(m.person);
    if (!p?.birth) continue;
    add(p.birth);
    add(p.death);
    add({ ...p.birth, year: p.birth.year + ADULT });
  }
  return [...points.entries()].sort((a, b) => a[0] - b[0]).map(([key, written]) => ({ key, written }));
}

/**
 * A child living in a household with no adult, on some date: every child there is under 18
 * and nobody there is 18 or over (someone whose age is not known counts as a possible adult,
 * so only what the record shows is reported). Visitors do not count: they do not live there.
 * One finding per household, at the first such date.
 */
export const householdWithoutAdult: Check = (doc, asAt) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const h of doc.households) {
    for (const { key, written } of turningPoints(h, person, asAt)) {
      const at = dayDate(key);
      const there = membersAt(h, at).map((id) => person.get(id)).filter((p): p is Person => !!p && aliveAt(p, at));
      if (there.length === 0) continue;
      const children = there.filter((p) => p.birth && (ageAt(p.birth, at) ?? 0) < ADULT);
      if (children.length === 0 || children.length < there.length) continue;
      const names = listNames(children.map((c) => `${nameOf(doc, c.id)} (${formatAge(c.birth!, at)})`));
      const verb = children.length === 1 ? 'is the only person' : 'are the only people';
      out.push(finding('household-without-adult', 'warning', `${names} ${verb} living in "${h.label}" from ${when(written)}: no adult lives there then.`, children.map((c) => c.id), h.id));
      break;
    }
  }
  return out;
};
