// The family table: the household composition table grown up. One row per person, with their
// relationship to the subject child and the household they live in (or visit) at the date.
import { formatAge } from '../dates/age';
import { compareDates, formatDate, formatMonthYear, formatYear, today } from '../dates/partialDate';
import { householdsOf, householdsVisitedBy, isMemberAt } from '../households/membershipAt';
import { relationsToSubject } from '../kinship/relationTo';
import { displayName, indexDocument } from '../model/documentIndex';
import type { Gender, GenogramDocument, Household, Id, PartialDate, Person } from '../model/types';
import { publishedHouseholdLabels } from '../publication/anonymise';
import { publicationLabels } from '../publication/roleLabels';
import { FAMILY_TABLE_COLUMNS, PUBLISHED_FAMILY_TABLE_COLUMNS, type FamilyTable, type FamilyTableRow } from './compositionTypes';
import { memberPeriods } from '../households/memberPeriods';

export type { FamilyTable } from './compositionTypes';
export { familyTableToCsv, familyTableToHtml, familyTableToMarkdown, familyTableTitle } from './compositionFormats';

export interface FamilyTableOptions {
  /** The date (the document's reference date, or today). */
  asAt?: PartialDate;
  /** The subject child (the first marked subject unless given). */
  subject?: Id;
  /**
   * A table for publication, built from the full record so ages stay exact: no names (the Role
   * column labels everyone), years of birth only, ethnicity withheld unless `keepEthnicity`,
   * disability without its details, households as the published figure labels them, and the
   * date as month and year.
   */
  publication?: boolean;
  keepEthnicity?: boolean;
  /** Only people living in or visiting a household at the date (the old composition table). */
  householdsOnly?: boolean;
}

const GENDER_TEXT: Record<Gender, string> = { female: 'Female', male: 'Male', nonbinary: 'Non-binary', unknown: 'Not known' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Not entered (nobody filled it in) and not recorded (the records do not say) are kept apart, as the inspector keeps them. */
function ethnicityText(p: Person): string {
  if (!p.ethnicity) return 'Not entered';
  return p.ethnicity.status === 'recorded' ? p.ethnicity.text : 'Not recorded';
}

function disabilityText(p: Person, publication: boolean): string {
  const d = p.disability;
  if (!d) return 'Not entered';
  if (d.status === 'not-recorded') return 'Not recorded';
  if (d.status === 'no') return 'No';
  return !publication && d.text?.trim() ? `Yes: ${d.text.trim()}` : 'Yes';
}

function dead(p: Person, at: PartialDate): boolean {
  return p.death ? compareDates(p.death, at) <= 0 : !!p.deceased;
}

/**
 * The family at the date, one row per person born by then (pregnancies and losses left out):
 * the subject first, then the people of the subject's household, then each other household,
 * then everyone else; oldest first within each.
 */
export function familyTable(doc: GenogramDocument, options: FamilyTableOptions = {}): FamilyTable {
  const at = options.asAt ?? doc.settings.asAt ?? today();
  const publication = options.publication ?? false;
  const subjectId = options.subject ?? doc.persons.find((p) => p.subject)?.id;
  const relations = subjectId ? relationsToSubject(doc, subjectId, at) : undefined;
  const roles = publicationLabels(doc, at);
  const index = indexDocument(doc);
  const householdLabel = publication ? publishedHouseholdLabels(doc) : new Map(doc.households.map((h) => [h.id, h.label]));
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const householdRank = new Map(doc.households.map((h, i) => [h.id, i + 1]));
  const subjectHomes = new Set(subjectId ? householdsOf(doc, subjectId, at).map((h) => h.id) : []);

  const when = (d: PartialDate) => (publication ? formatYear(d) : formatMonthYear(d));
  const place = (h: Household, person: Id, visiting: boolean): string => {
    const label = householdLabel.get(h.id) ?? h.label;
    const period = memberPeriods(h).find((m) => m.person === person && !!m.visiting === visiting && isMemberAt(m, at));
    const since = period?.from ? ` (from ${when(period.from)})` : '';
    return visiting ? `Visiting ${label}${since}` : `${label}${since}`;
  };
  /** 0 the subject, 1 their household, 2 its visitors, then each other household in order, then no household. */
  const groupOf = (person: Id, lives: Household[], visits: Household[]): number => {
    if (person === subjectId) return 0;
    if (lives.some((h) => subjectHomes.has(h.id))) return 1;
    if (visits.some((h) => subjectHomes.has(h.id))) return 2;
    const ranks = [...lives, ...visits].map((h) => householdRank.get(h.id)!);
    return ranks.length ? 2 + Math.min(...ranks) : Infinity;
  };

  const rows: { row: FamilyTableRow; person: Person; group: number }[] = [];
  for (const person of doc.persons) {
    if (person.pregnancy || (person.birth && compareDates(person.birth, at) > 0)) continue;
    const lives = householdsOf(doc, person.id, at);
    const visits = householdsVisitedBy(doc, person.id, at);
    if (options.householdsOnly && lives.length + visits.length === 0) continue;
    const term = relations?.get(person.id)?.term;
    const relationship =
      person.id === subjectId ? 'Subject child' : person.subject ? `Subject child; ${term ?? 'no known relation'}` : term ? capitalise(term) : '';
    const isDead = dead(person, at);
    let age = '';
    if (person.birth) {
      const years = isDead && person.death ? formatAge(person.birth, person.death) : isDead ? undefined : formatAge(person.birth, at);
      age = isDead ? (years === undefined ? 'Died' : `Died aged ${years}`) : (years ?? '');
    } else if (isDead) age = 'Died';
    const everInHousehold = (index.householdsOf.get(person.id) ?? []).length > 0;
    const household = [...lives.map((h) => place(h, person.id, false)), ...visits.map((h) => place(h, person.id, true))].join('; ');
    const name = displayName(person);
    rows.push({
      person,
      group: groupOf(person.id, lives, visits),
      row: {
        personId: person.id,
        role: roles.get(person.id) ?? '',
        name: publication ? '' : name === '?' || name === '' ? 'Not known' : name,
        relationship,
        gender: GENDER_TEXT[person.gender],
        born: person.birth ? (publication ? formatYear(person.birth) : formatDate(person.birth)) : '',
        age,
        ethnicity: publication && !options.keepEthnicity ? 'Withheld' : ethnicityText(person),
        disability: disabilityText(person, publication),
        household: household || (isDead ? '' : everInHousehold ? 'None at this date' : 'Not entered'),
        householdIds: [...lives, ...visits].map((h) => h.id),
      },
    });
  }
  rows.sort((a, b) => {
    if (a.group !== b.group) return a.group - b.group;
    if (a.person.birth && b.person.birth) return compareDates(a.person.birth, b.person.birth) || order.get(a.person.id)! - order.get(b.person.id)!;
    if (a.person.birth || b.person.birth) return a.person.birth ? -1 : 1;
    return order.get(a.person.id)! - order.get(b.person.id)!;
  });
  const table: FamilyTable = {
    asAt: at,
    asAtLabel: publication ? formatMonthYear(at) : formatDate(at),
    publication,
    columns: publication ? PUBLISHED_FAMILY_TABLE_COLUMNS : FAMILY_TABLE_COLUMNS,
    rows: rows.map((r) => r.row),
  };
  if (subjectId) table.subject = subjectId;
  return table;
}
