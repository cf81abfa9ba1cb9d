import type { Household, HouseholdMember, Id, Person } from '../model/types';
import type { HouseholdSuggestion, MultipleBirthSuggestion } from './importTypes';
import type { Residence } from './readPerson';

/** Children of one family with the same exact full birth date (day, month, year, no qualifier). */
export function suggestMultipleBirths(
  families: { xref: string; children: Id[] }[],
  persons: Map<Id, Person>,
): MultipleBirthSuggestion[] {
  const suggestions: MultipleBirthSuggestion[] = [];
  const claimed = new Set<Id>();
  for (const family of families) {
    const byDate = new Map<string, Id[]>();
    for (const id of family.children) {
      const birth = persons.get(id)?.birth;
      if (!birth || birth.day === undefined || birth.month === undefined || birth.qualifier) continue;
      const key = `${birth.year}-${birth.month}-${birth.day}`;
      const list = byDate.get(key);
      if (list) {
        if (!list.includes(id)) list.push(id);
      } else byDate.set(key, [id]);
    }
    for (const members of byDate.values()) {
      // A child listed in two families (e.g. birth and adoptive) must not be suggested twice.
      if (members.length < 2 || members.some((m) => claimed.has(m))) continue;
      members.forEach((m) => claimed.add(m));
      suggestions.push({ members, birth: persons.get(members[0]!)!.birth!, family: family.xref });
    }
  }
  return suggestions;
}

/** Dated residences grouped by place (same text, ignoring case and spacing); one without a place stays alone. */
export function suggestHouseholds(residences: Residence[], persons: Map<Id, Person>): HouseholdSuggestion[] {
  const groups = new Map<string, Residence[]>();
  for (const r of residences) {
    const key = r.place ? `place:${r.place.toLowerCase().replace(/[\s,]+/g, ' ').trim()}` : `person:${r.personId}:${r.line}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const suggestions: HouseholdSuggestion[] = [];
  let n = 0;
  for (const group of groups.values()) {
    const first = group[0]!;
    const members: HouseholdMember[] = group.map((r) => {
      const m: HouseholdMember = { person: r.personId };
      if (r.from) m.from = r.from;
      if (r.to) m.to = r.to;
      return m;
    });
    const person = persons.get(first.personId);
    const who = person ? [person.givenNames, person.familyName].filter(Boolean).join(' ') : '';
    const household: Household = {
      id: `h_gedcom${++n}`,
      label: first.place ?? `Residence of ${who || first.personId}`,
      members,
    };
    if (first.place) household.address = first.place;
    suggestions.push({ household, lines: group.map((r) => r.line) });
  }
  return suggestions;
}
