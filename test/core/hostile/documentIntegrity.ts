import type { GenogramDocument } from '../../../src/core/model/types';

/**
 * What any importer's successful result must satisfy, whatever the input:
 * unique ids and every reference resolving. Returns the problems found.
 */
export function integrityProblems(doc: GenogramDocument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const persons = new Set(doc.persons.map((p) => p.id));
  const all = [...doc.persons, ...doc.partnerships, ...doc.parentLinks, ...doc.multipleBirths, ...doc.relationships, ...doc.households];
  for (const item of all) {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`an object without an id: ${JSON.stringify(item).slice(0, 80)}`);
    else if (ids.has(item.id)) problems.push(`duplicate id ${item.id}`);
    ids.add(item.id);
  }
  const needPerson = (id: string, where: string) => {
    if (!persons.has(id)) problems.push(`${where} refers to missing person ${id}`);
  };
  for (const p of doc.partnerships) {
    needPerson(p.a, `partnership ${p.id}`);
    needPerson(p.b, `partnership ${p.id}`);
    if (p.a === p.b) problems.push(`partnership ${p.id} pairs ${p.a} with themself`);
  }
  for (const l of doc.parentLinks) {
    needPerson(l.parent, `parent link ${l.id}`);
    needPerson(l.child, `parent link ${l.id}`);
    if (l.parent === l.child) problems.push(`parent link ${l.id} makes ${l.child} their own parent`);
  }
  for (const m of doc.multipleBirths) m.members.forEach((id) => needPerson(id, `multiple birth ${m.id}`));
  for (const r of doc.relationships) {
    needPerson(r.from, `relationship ${r.id}`);
    needPerson(r.to, `relationship ${r.id}`);
  }
  for (const h of doc.households) h.members.forEach((m) => needPerson(m.person, `household ${h.id}`));
  for (const p of doc.persons) {
    for (const date of [p.birth, p.death]) {
      if (date && (!Number.isInteger(date.year) || (date.month !== undefined && (date.month < 1 || date.month > 12)) || (date.day !== undefined && (date.day < 1 || date.day > 31)))) {
        problems.push(`person ${p.id} has an impossible date ${JSON.stringify(date)}`);
      }
    }
  }
  return problems;
}
