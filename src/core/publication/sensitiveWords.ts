import type { GenogramDocument } from '../model/types';

/**
 * The words that identify this family: every word of every name, second line, note, role text and
 * address, in lower case. Used to spot household labels and ids that would give a name or
 * an address away. Single letters are left out (initials alone do not identify and would
 * match almost anything).
 */
export function sensitiveWords(doc: GenogramDocument): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    for (const word of (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 2) words.add(word);
  };
  for (const p of doc.persons) {
    add(p.givenNames);
    add(p.familyName);
    add(p.secondLine);
    add(p.notes);
    add(p.sexAtBirthNote);
    add(p.significantOther?.text);
  }
  for (const h of doc.households) add(h.address);
  return words;
}

/** Whether any word of the text is one of the given words. */
export function mentionsAny(text: string, words: ReadonlySet<string>): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => words.has(w));
}
