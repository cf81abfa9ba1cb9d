import { dateRange, sortKey } from '../dates/partialDate';
import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Household, HouseholdMember, Id, PartialDate } from '../model/types';
import { memberPeriods } from './memberPeriods';

/**
 * How a membership period's edges count at a reference date:
 *
 * - No `from` means "since before anything we know"; no `to` means "still there".
 * - `from` is the day the person moved in (inclusive); `to` is the day they left
 *   (exclusive), so someone who moves from one household to another on the same date
 *   is in exactly one household on that date.
 * - A partial edge date is read as its most likely day (the middle of what it can mean,
 *   as sortKey does: "2015" is 1 Jul 2015, "Mar 2015" is 15 Mar 2015), the same reading
 *   used for ages. So a period "from 2015" counts at 1 Aug 2015 but not at 1 Mar 2015.
 *
 * `membershipCertainty` says when that reading is only probable, for checks that must
 * report only what is certain.
 */
export function isMemberAt(period: HouseholdMember, asAt: PartialDate): boolean {
  const at = sortKey(asAt);
  if (period.from && sortKey(period.from) > at) return false;
  if (period.to && sortKey(period.to) <= at) return false;
  return true;
}

export type MembershipCertainty = 'certain' | 'possible' | 'none';

/**
 * 'certain' when every reading of the edge dates and of asAt puts asAt inside the period,
 * 'none' when no reading does, 'possible' otherwise.
 */
export function membershipCertainty(period: HouseholdMember, asAt: PartialDate): MembershipCertainty {
  const at = dateRange(asAt);
  const from = period.from ? dateRange(period.from) : undefined;
  const to = period.to ? dateRange(period.to) : undefined;
  if ((from && from.earliest > at.latest) || (to && to.latest <= at.earliest)) return 'none';
  const startedForSure = !from || from.latest <= at.earliest;
  const notLeftForSure = !to || to.earliest > at.latest;
  return startedForSure && notLeftForSure ? 'certain' : 'possible';
}

/**
 * The people living in the household at the date (resident periods only: a visitor is never
 * inside the outline), each once, in order of first listing.
 */
export function membersAt(household: Household, asAt: PartialDate): Id[] {
  const ids = new Set<Id>();
  for (const period of memberPeriods(household)) if (!period.visiting && isMemberAt(period, asAt)) ids.add(period.person);
  return [...ids];
}

/** The people visiting the household at the date who do not also live there then, each once. */
export function visitorsAt(household: Household, asAt: PartialDate): Id[] {
  const residents = new Set(membersAt(household, asAt));
  const ids = new Set<Id>();
  for (const period of memberPeriods(household)) {
    if (period.visiting && !residents.has(period.person) && isMemberAt(period, asAt)) ids.add(period.person);
  }
  return [...ids];
}

/** The households the person lives in at the date (normally one), in document order; visits left out. */
export function householdsOf(doc: GenogramDocument, person: Id, asAt: PartialDate): Household[] {
  const candidates = indexDocument(doc).householdsOf.get(person) ?? [];
  return candidates.filter((h) => memberPeriods(h).some((m) => m.person === person && !m.visiting && isMemberAt(m, asAt)));
}

/** The households the person visits at the date without living there, in document order. */
export function householdsVisitedBy(doc: GenogramDocument, person: Id, asAt: PartialDate): Household[] {
  const candidates = indexDocument(doc).householdsOf.get(person) ?? [];
  return candidates.filter((h) => visitorsAt(h, asAt).includes(person));
}
