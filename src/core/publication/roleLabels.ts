import { ageAt, sortKey, today } from '../dates/partialDate';
import { relationsToSubject } from '../kinship/relationTo';
import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, PartialDate } from '../model/types';
import { memberPeriods } from '../households/memberPeriods';

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

const PARTNER = /^((?:birth |adoptive )?(?:mother|father|parent))'s (?:former |ex-|later |late |separated )?(?:partner|husband|wife|spouse|civil partner)$/;

/**
 * The role a relation term becomes in a published figure, in full words ("Maternal
 * great-grandmother"), and whether it is always numbered ("Sibling 1", "Mother's partner 1")
 * or only when several people share it. A term with care roles after it ("maternal aunt;
 * kinship carer of brother") is labelled by its kinship. Undefined when the term is too long a
 * chain to be a clear role ("father's partner's son").
 */
function roleOf(term: string): { role: string; alwaysNumber: boolean; partnerOf?: string } | undefined {
  const [first] = term.split('; ');
  const t = first ?? term;
  // "Partner of someone outside the family" says no more than "Adult 1", and is too long to stand under a symbol.
  if (t === 'no known relation' || t.endsWith(' of someone outside the family')) return undefined;
  if (/^(twin )?(sister|brother|sibling)$/.test(t)) return { role: 'Sibling', alwaysNumber: true };
  const half = /^((?:maternal|paternal) )?half-(sister|brother|sibling)$/.exec(t);
  if (half) return { role: capitalise(`${half[1] ?? ''}half-sibling`), alwaysNumber: true };
  if (/^step-(sister|brother|sibling)$/.test(t)) return { role: 'Step-sibling', alwaysNumber: true };
  if (/^adoptive (sister|brother|sibling)$/.test(t)) return { role: 'Adoptive sibling', alwaysNumber: true };
  const partner = PARTNER.exec(t);
  if (partner) return { role: `${capitalise(partner[1]!)}'s partner`, alwaysNumber: true, partnerOf: partner[1]! };
  if ((t.match(/'s /g) ?? []).length > 1) return undefined;
  return { role: capitalise(t), alwaysNumber: false };
}

/**
 * When a parent's partner came into the family, for numbering partners in time order: the
 * first dated event of their partnership with that parent, else the start of their first
 * household period, else never (after the dated ones, in document order).
 */
function partnerSince(doc: GenogramDocument, id: Id, parent: Id | undefined): number {
  const index = indexDocument(doc);
  const events = (index.partnershipsOf.get(id) ?? [])
    .filter((p) => parent !== undefined && (p.a === parent || p.b === parent))
    .flatMap((p) => p.events.filter((e) => e.date).map((e) => sortKey(e.date!)));
  if (events.length) return Math.min(...events);
  const periods = (index.householdsOf.get(id) ?? []).flatMap((h) => memberPeriods(h).filter((m) => m.person === id && m.from).map((m) => sortKey(m.from!)));
  return periods.length ? Math.min(...periods) : Infinity;
}

/**
 * A label for every person in a published figure: the author's own label when set; "Child A",
 * "Child B" for subjects (in document order); otherwise the role relative to the first subject
 * ("Mother", "Mother's partner 1", "Maternal great-grandmother", "Sibling 2", "Lodger"),
 * numbered oldest first, except a parent's partners, numbered in the order they came into the
 * family; "Adult 1" or "Other child 1" (under 18 at the date) for anyone without a clear role.
 */
export function publicationLabels(doc: GenogramDocument, asAt?: PartialDate): Map<Id, string> {
  const at = asAt ?? doc.settings.asAt ?? today();
  const labels = new Map<Id, string>();
  const subjects = doc.persons.filter((p) => p.subject);
  subjects.forEach((p, i) => labels.set(p.id, `Child ${letterFor(i)}`));
  const relations = subjects[0] ? relationsToSubject(doc, subjects[0].id, at) : undefined;

  const groups = new Map<string, { ids: Id[]; alwaysNumber: boolean; byTime: boolean }>();
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const sortBy = new Map<Id, number>();
  for (const p of doc.persons) {
    if (labels.has(p.id)) continue;
    const relation = relations?.get(p.id);
    const term = relation?.term ?? 'no known relation';
    // A pregnancy or loss is drawn with its own glyph; a sibling number would read as a living child.
    const role = p.pregnancy ? { role: p.pregnancy.outcome === 'ongoing' ? 'Pregnancy' : 'Pregnancy loss', alwaysNumber: false } : roleOf(term);
    const age = p.birth ? ageAt(p.birth, at) : undefined;
    const key = role?.role ?? (age !== undefined && age < ADULT_AGE ? 'Other child' : 'Adult');
    const byTime = !!role && 'partnerOf' in role && role.partnerOf !== undefined;
    sortBy.set(p.id, byTime ? partnerSince(doc, p.id, relation?.path.at(-2) ?? p.significantOther?.of) : p.birth ? sortKey(p.birth) : Infinity);
    const group = groups.get(key) ?? { ids: [], alwaysNumber: role?.alwaysNumber ?? true, byTime };
    group.ids.push(p.id);
    groups.set(key, group);
  }
  for (const [role, group] of groups) {
    const ids = [...group.ids].sort((a, b) => sortBy.get(a)! - sortBy.get(b)! || order.get(a)! - order.get(b)!);
    const number = group.alwaysNumber || ids.length > 1;
    ids.forEach((id, i) => labels.set(id, number ? `${role} ${i + 1}` : role));
  }
  for (const p of doc.persons) if (p.label?.trim()) labels.set(p.id, p.label.trim());
  return labels;
}
