import type { HouseholdMember, Id } from '../model/types';
import type { Check, Finding, Reading } from './finding';
import { certain, finding, nameOf, stated, when } from './finding';
import { memberPeriods } from '../households/memberPeriods';

/** Whether two periods surely share a day on the reading: each start read at its latest, each end at its earliest. */
function overlaps(a: HouseholdMember, b: HouseholdMember, read: Reading): boolean {
  const start = Math.max(a.from ? read(a.from).latest : -Infinity, b.from ? read(b.from).latest : -Infinity);
  const end = Math.min(a.to ? read(a.to).earliest : Infinity, b.to ? read(b.to).earliest : Infinity);
  return start < end;
}

function span(m: HouseholdMember): string {
  if (!m.from && !m.to) return 'with no dates';
  if (!m.to) return `from ${when(m.from!)}`;
  if (!m.from) return `until ${when(m.to)}`;
  return `${when(m.from)} to ${when(m.to)}`;
}

/**
 * One person living in two households at once, at any date (visits do not count). Shared care can be genuine, so a
 * certain overlap is a warning, an overlap only on the likely reading of the dates is info.
 */
export const twoHouseholds: Check = (doc) => {
  const periods = new Map<Id, { householdId: Id; label: string; period: HouseholdMember }[]>();
  for (const h of doc.households) {
    for (const m of memberPeriods(h)) {
      // Visiting one household while living in another is the usual case, not a conflict.
      if (m.visiting) continue;
      const list = periods.get(m.person) ?? [];
      list.push({ householdId: h.id, label: h.label, period: m });
      periods.set(m.person, list);
    }
  }
  const out: Finding[] = [];
  for (const [person, list] of periods) {
    const reported = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pair = `${a.householdId}|${b.householdId}`;
        if (a.householdId === b.householdId || reported.has(pair)) continue;
        const sure = overlaps(a.period, b.period, certain);
        if (!sure && !overlaps(a.period, b.period, stated)) continue;
        reported.add(pair);
        const what = `"${a.label}" (${span(a.period)}) and "${b.label}" (${span(b.period)})`;
        const message = sure
          ? `${nameOf(doc, person)} is listed in two households at the same time: ${what}.`
          : `${nameOf(doc, person)} is possibly listed in two households at the same time: ${what}.`;
        out.push(finding('two-households', sure ? 'warning' : 'info', message, [person], pair));
      }
    }
  }
  return out;
};
