import type { Household, HouseholdMember } from '../model/types';

const cache = new WeakMap<Household, HouseholdMember[]>();

/**
 * Each member's period of living in the household, with the household's own start and end
 * dates standing in for the dates a member does not have: a household "from 2019" whose
 * members have no dates of their own holds them all from 2019. A member's own date always wins.
 * Read membership through this, never through `members` directly. The same array is returned
 * for the same household, so it can key caches.
 */
export function memberPeriods(household: Household): HouseholdMember[] {
  if (!household.from && !household.to) return household.members;
  let periods = cache.get(household);
  if (!periods) {
    periods = household.members.map((m) => {
      const from = m.from ?? household.from;
      const to = m.to ?? household.to;
      if (from === m.from && to === m.to) return m;
      return { ...m, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    });
    cache.set(household, periods);
  }
  return periods;
}
