import { ageAt, compareDates, formatDate, today } from '../dates/partialDate';
import { isMemberAt } from '../households/membershipAt';
import { relationsToSubject } from '../kinship/relationTo';
import { displayName, indexDocument } from '../model/documentIndex';
import type { Gender, GenogramDocument, Id, PartialDate, Person } from '../model/types';
import type { Composition, CompositionRow, HouseholdComposition } from './compositionTypes';

export type { Composition } from './compositionTypes';
export { COMPOSITION_COLUMNS } from './compositionTypes';
export { compositionToCsv, compositionToHtml, compositionToMarkdown } from './compositionFormats';

export interface CompositionOptions {
  /** Columns left out of a published table (from an anonymised copy): shown as "Withheld", not "Not recorded". */
  withheld?: ('ethnicity' | 'disability')[];
}

const WITHHELD = 'Withheld';

const GENDER_TEXT: Record<Gender, string> = { female: 'Female', male: 'Male', nonbinary: 'Non-binary', unknown: 'Not known' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ethnicityText(p: Person): string {
  return p.ethnicity?.status === 'recorded' ? p.ethnicity.text : 'Not recorded';
}

function disabilityText(p: Person): string {
  const d = p.disability;
  if (!d || d.status === 'not-recorded') return 'Not recorded';
  if (d.status === 'no') return 'No';
  return d.text?.trim() ? `Yes: ${d.text.trim()}` : 'Yes';
}

/**
 * Who lived in each household at the date (the document's reference date, or today), with
 * their relationship to the subject child (the given one, or the first marked subject).
 * Households with nobody in them at the date are left out. Subjects first, then oldest first.
 * For a published table pass the anonymised copy, with `withheld: ['ethnicity']` unless ethnicity was kept.
 */
export function householdComposition(
  doc: GenogramDocument,
  asAt?: PartialDate,
  subject?: Id,
  options: CompositionOptions = {},
): Composition {
  const withheld = new Set(options.withheld ?? []);
  const at = asAt ?? doc.settings.asAt ?? today();
  const index = indexDocument(doc);
  const subjectId = subject ?? doc.persons.find((p) => p.subject)?.id;
  const relations = subjectId ? relationsToSubject(doc, subjectId, at) : undefined;
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));

  const households: HouseholdComposition[] = [];
  for (const household of doc.households) {
    const rows: { row: CompositionRow; person: Person }[] = [];
    const seen = new Set<Id>();
    for (const period of household.members) {
      const person = index.person.get(period.person);
      if (!person || seen.has(person.id) || !isMemberAt(period, at)) continue;
      seen.add(person.id);
      const term = relations?.get(person.id)?.term;
      const age = person.birth && !person.pregnancy ? ageAt(person.birth, at) : undefined;
      rows.push({
        person,
        row: {
          personId: person.id,
          name: displayName(person),
          relationship: person.id === subjectId ? 'Subject child' : person.subject ? `Subject child; ${term ?? ''}` : term ? capitalise(term) : '',
          age: age === undefined ? '' : String(age),
          gender: GENDER_TEXT[person.gender],
          ethnicity: withheld.has('ethnicity') ? WITHHELD : ethnicityText(person),
          disability: withheld.has('disability') ? WITHHELD : disabilityText(person),
          from: period.from ? formatDate(period.from) : '',
          to: period.to ? formatDate(period.to) : '',
        },
      });
    }
    if (rows.length === 0) continue;
    rows.sort((a, b) => {
      const subjectFirst = Number(!!b.person.subject) - Number(!!a.person.subject);
      if (subjectFirst) return subjectFirst;
      if (a.person.birth && b.person.birth) return compareDates(a.person.birth, b.person.birth) || order.get(a.person.id)! - order.get(b.person.id)!;
      if (a.person.birth || b.person.birth) return a.person.birth ? -1 : 1;
      return order.get(a.person.id)! - order.get(b.person.id)!;
    });
    households.push({ householdId: household.id, label: household.label, rows: rows.map((r) => r.row) });
  }
  const composition: Composition = { asAt: at, households };
  if (subjectId) composition.subject = subjectId;
  return composition;
}
