import { displayName } from '../../core/model/documentIndex';
import type { GenogramDocument, Person } from '../../core/model/types';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

function searchableNames(p: Person): string[] {
  return [displayName(p), [p.givenNames, p.familyName].filter(Boolean).join(' '), p.label ?? ''].filter(Boolean);
}

/**
 * Persons whose name contains every word of the query, ignoring case and accents.
 * Names starting with the query come first, then document order.
 */
export function findPersons(doc: GenogramDocument, query: string, limit = 50): Person[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { person: Person; rank: number; order: number }[] = [];
  doc.persons.forEach((person, order) => {
    const names = searchableNames(person).map(fold);
    if (!words.every((w) => names.some((n) => n.includes(w)))) return;
    const rank = names.some((n) => n.startsWith(words[0]!)) ? 0 : 1;
    scored.push({ person, rank, order });
  });
  scored.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.person);
}
