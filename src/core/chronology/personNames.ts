import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, Person } from '../model/types';
import { otherForms } from './shortForms';

/** Lower case, one space between words, no full stops: how names are compared. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The ways a chronology may name the person, normalised: full name, given names alone, the first
 * given name with and without the family name, the label, and short forms of the first given name
 * ("Beth Smith" and "Beth" for Elizabeth Smith).
 */
export function namingsOf(person: Person): string[] {
  const out = new Set<string>();
  const given = normaliseName(person.givenNames ?? '');
  const family = normaliseName(person.familyName ?? '');
  const first = given.split(' ')[0] ?? '';
  const add = (s: string) => {
    if (s !== '') out.add(s);
  };
  add([given, family].filter(Boolean).join(' '));
  add(given);
  if (first) {
    add(first);
    if (family) add(`${first} ${family}`);
    for (const form of otherForms(first)) {
      add(form);
      if (family) add(`${form} ${family}`);
    }
  }
  add(normaliseName(person.label ?? ''));
  return [...out];
}

export type NameMatch = { kind: 'one'; id: Id } | { kind: 'several'; ids: Id[] } | { kind: 'none' };

/**
 * Finds the person a written name means. A full or exact naming beats a short form: "Beth"
 * is Beth when there is a Beth, and Elizabeth only when no one is called Beth. Ids match too.
 */
export function personMatcher(doc: GenogramDocument): (name: string) => NameMatch {
  const exact = new Map<string, Set<Id>>();
  const loose = new Map<string, Set<Id>>();
  const put = (map: Map<string, Set<Id>>, key: string, id: Id) => {
    const set = map.get(key) ?? new Set<Id>();
    set.add(id);
    map.set(key, set);
  };
  for (const p of doc.persons) {
    const given = normaliseName(p.givenNames ?? '');
    const family = normaliseName(p.familyName ?? '');
    for (const key of namingsOf(p)) {
      const isExact = key === [given, family].filter(Boolean).join(' ') || key === given || key === normaliseName(p.label ?? '');
      put(isExact ? exact : loose, key, p.id);
    }
  }
  const { person } = indexDocument(doc);
  return (name) => {
    if (person.has(name.trim())) return { kind: 'one', id: name.trim() };
    const key = normaliseName(name);
    const found = exact.get(key) ?? loose.get(key);
    if (!found || found.size === 0) return { kind: 'none' };
    if (found.size === 1) return { kind: 'one', id: [...found][0]! };
    return { kind: 'several', ids: [...found] };
  };
}
