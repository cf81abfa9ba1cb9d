import type { GenogramDocument, Id } from '../model/types';
import { normaliseName } from './personNames';
import { otherForms } from './shortForms';

/** Given names that are also everyday words: replaced only where written with a capital, so "she may attend" keeps its "may". */
const EVERYDAY_WORDS = new Set(['may', 'will', 'mark', 'rose', 'grace', 'hope', 'joy', 'faith', 'bill', 'pat', 'sue', 'rich', 'dawn', 'summer', 'april', 'june', 'art', 'ray', 'jack', 'sandy', 'ken', 'don', 'amber', 'ruby', 'holly', 'ivy', 'lily', 'rob', 'gem', 'kat', 'hal', 'ted', 'deb', 'drew', 'nick', 'tim', 'chas', 'ed', 'jon', 'dan', 'ben', 'len', 'ron']);

const LETTER = String.raw`[\p{L}\p{N}]`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name written with its words apart by spaces or full stops ("B. Smith", "B Smith"). */
function namePattern(name: string): string {
  return name
    .split(' ')
    .map((w) => escape(w))
    .join(String.raw`\.?\s+`);
}

/**
 * Replaces every way the record names the family's persons with their published labels:
 * full names, given names, family names, the common short forms of given names, initials with
 * a family name ("B. Smith"), possessives ("Beth's" → "Child A's"), never a name inside another
 * word ("Beth" inside "Bethany"). A name two persons share (a family name, a given name) becomes
 * "[name]" rather than either's label. A person not on the genogram, named in full, becomes the
 * label `otherNames` gives them ("Other person 1"); a part of such a name alone becomes "[name]".
 */
export function nameReplacer(doc: GenogramDocument, labels: ReadonlyMap<Id, string>, otherNames: ReadonlyMap<string, string> = new Map()): (text: string) => string {
  const owners = new Map<string, Set<Id | ''>>();
  // Persons not on the genogram are owned under a key of their own ("\u0000" + name), looked up in otherNames.
  const own = (naming: string, id: Id | '') => {
    const key = normaliseName(naming);
    if (key.length < 2 && !key.includes(' ')) return;
    const set = owners.get(key) ?? new Set();
    set.add(id);
    owners.set(key, set);
  };
  for (const p of doc.persons) {
    const given = normaliseName(p.givenNames ?? '').split(' ').filter(Boolean);
    const family = normaliseName(p.familyName ?? '').split(' ').filter(Boolean);
    const familyName = family.join(' ');
    const firsts = given.length > 0 ? [given[0]!, ...otherForms(given[0]!)] : [];
    if (given.length > 0 && familyName) own(`${given.join(' ')} ${familyName}`, p.id);
    for (const first of firsts) {
      if (familyName) own(`${first} ${familyName}`, p.id);
      own(first, p.id);
    }
    for (const g of given) {
      own(g, p.id);
      if (familyName) own(`${g[0]} ${familyName}`, p.id);
    }
    if (given.length > 0) own(given.join(' '), p.id);
    for (const f of family) own(f, p.id);
    if (familyName) own(familyName, p.id);
  }
  const otherLabel = new Map<string, string>();
  for (const [name, label] of otherNames) {
    otherLabel.set(normaliseName(name), label);
    own(name, '');
    for (const w of normaliseName(name).split(' ')) if (w.length >= 2 && /^\p{Lu}/u.test(name.split(/\s+/).find((x) => x.toLowerCase() === w) ?? '')) own(w, '');
  }
  if (owners.size === 0) return (text) => text;
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<!${LETTER})(?:${keys.map(namePattern).join('|')})(?!${LETTER})`, 'giu');
  return (text) =>
    text.replace(re, (match) => {
      const key = normaliseName(match);
      if (EVERYDAY_WORDS.has(key) && !/^\p{Lu}/u.test(match)) return match;
      const ids = owners.get(key);
      if (!ids) return match;
      if (ids.size === 1) {
        const [id] = ids;
        if (id) return labels.get(id) ?? '[name]';
        return otherLabel.get(key) ?? '[name]';
      }
      return '[name]';
    });
}
