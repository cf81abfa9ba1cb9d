import { ageAt, sortKey, today } from '../dates/partialDate';
import { relationsToSubject } from '../kinship/relationTo';
import type { GenogramDocument, Id, PartialDate } from '../model/types';

const ADULT_AGE = 18;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A" … "Z", then "AA", "AB" …, for subject children. */
export function letterFor(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/**
 * The short role a relation term becomes in a published figure, and whether it is always
 * numbered ("Sibling 1", "Mother's partner 1") or only when several people share it.
 * Undefined when the term is too long a chain to be a clear role ("father's partner's son").
 */
function roleOf(term: string): { role: string; alwaysNumber: boolean } | undefined {
  const [first] = term.split(' and ');
  const t = first ?? term;
  if (t === 'no known relation') return undefined;
  if (/^(twin )?(sister|brother|sibling)$/.test(t)) return { role: 'Sibling', alwaysNumber: true };
  if (/^half-(sister|brother|sibling)$/.test(t)) return { role: 'Half-sibling', alwaysNumber: true };
  if (/^step-(sister|brother|sibling)$/.test(t)) return { role: 'Step-sibling', alwaysNumber: true };
  if (/^adoptive (sister|brother|sibling)$/.test(t)) return { role: 'Adoptive sibling', alwaysNumber: true };
  const partner = /^((?:birth |adoptive )?(?:mother|father|parent))'s (?:former |later )?partner$/.exec(t);
  if (partner) return { role: `${capitalise(partner[1]!)}'s partner`, alwaysNumber: true };
  if ((t.match(/'s /g) ?? []).length > 1) return undefined;
  return { role: capitalise(term), alwaysNumber: false };
}

/**
 * A label for every person in a published figure: the author's own label when set; "Child A",
 * "Child B" for subjects (in document order); otherwise the role relative to the first subject
 * ("Mother", "Mother's partner 1", "Maternal grandmother", "Sibling 2"), numbered oldest first;
 * "Adult 1" or "Other child 1" (under 18 at the date) for anyone without a clear short role.
 */
export function publicationLabels(doc: GenogramDocument, asAt?: PartialDate): Map<Id, string> {
  const at = asAt ?? doc.settings.asAt ?? today();
  const labels = new Map<Id, string>();
  const subjects = doc.persons.filter((p) => p.subject);
  subjects.forEach((p, i) => labels.set(p.id, `Child ${letterFor(i)}`));
  const relations = subjects[0] ? relationsToSubject(doc, subjects[0].id, at) : undefined;

  const groups = new Map<string, { ids: Id[]; alwaysNumber: boolean }>();
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const birthKey = new Map(doc.persons.map((p) => [p.id, p.birth ? sortKey(p.birth) : Infinity]));
  for (const p of doc.persons) {
    if (labels.has(p.id)) continue;
    const term = relations?.get(p.id)?.term ?? 'no known relation';
    // A pregnancy or loss is drawn with its own glyph; a sibling number would read as a living child.
    const role = p.pregnancy ? { role: p.pregnancy.outcome === 'ongoing' ? 'Pregnancy' : 'Pregnancy loss', alwaysNumber: false } : roleOf(term);
    const age = p.birth ? ageAt(p.birth, at) : undefined;
    const key = role?.role ?? (age !== undefined && age < ADULT_AGE ? 'Other child' : 'Adult');
    const group = groups.get(key) ?? { ids: [], alwaysNumber: role?.alwaysNumber ?? true };
    group.ids.push(p.id);
    groups.set(key, group);
  }
  for (const [role, group] of groups) {
    const ids = [...group.ids].sort((a, b) => birthKey.get(a)! - birthKey.get(b)! || order.get(a)! - order.get(b)!);
    const number = group.alwaysNumber || ids.length > 1;
    ids.forEach((id, i) => labels.set(id, number ? `${role} ${i + 1}` : role));
  }
  for (const p of doc.persons) if (p.label?.trim()) labels.set(p.id, p.label.trim());
  return labels;
}
