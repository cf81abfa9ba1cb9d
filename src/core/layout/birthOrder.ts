import type { Id, Person } from '../model/types';
import { sortKey } from '../dates/partialDate';
import type { LayoutFamilies } from './layoutFamilies';

/** When a child was born (or a pregnancy ended or is expected), for ordering siblings; undefined if unknown. */
export function birthKey(person: Person | undefined): number | undefined {
  if (!person) return undefined;
  const date = person.birth ?? (person.pregnancy ? (person.death ?? person.pregnancy.expected) : undefined);
  return date ? sortKey(date) : undefined;
}

/**
 * Birth-order rank of each child within its sibship: oldest first; pregnancy
 * losses in their place; members of a multiple birth together, in the group's
 * order; an undated child keeps its document place after the dated sibling
 * that precedes it in the document.
 */
export function sibshipRanks(children: Id[], persons: Map<Id, Person>, fam: LayoutFamilies, groupOf: Map<Id, { id: Id; members: Id[] }>): Map<Id, number> {
  const docOrder = [...children].sort((x, y) => fam.docIndexOf.get(x)! - fam.docIndexOf.get(y)!);
  const own = new Map<Id, number | undefined>(docOrder.map((c) => [c, birthKey(persons.get(c))]));
  // A multiple birth shares the earliest known date of its members.
  const groupKey = new Map<Id, number>();
  for (const c of docOrder) {
    const g = groupOf.get(c);
    if (!g) continue;
    let k = Infinity;
    for (const m of g.members) {
      const v = own.get(m);
      if (v !== undefined) k = Math.min(k, v);
    }
    if (k !== Infinity) groupKey.set(g.id, k);
  }
  const keyed: { id: Id; key: number; tie: number; sub: number }[] = [];
  let carried = -Infinity;
  for (const c of docOrder) {
    const g = groupOf.get(c);
    const k = g ? groupKey.get(g.id) : own.get(c);
    if (k !== undefined) carried = k;
    keyed.push({ id: c, key: k ?? carried, tie: k === undefined ? 1 : 0, sub: g ? g.members.indexOf(c) : 0 });
  }
  keyed.sort((x, y) => x.key - y.key || x.tie - y.tie || x.sub - y.sub || fam.docIndexOf.get(x.id)! - fam.docIndexOf.get(y.id)!);
  return new Map(keyed.map((k, i) => [k.id, i]));
}
