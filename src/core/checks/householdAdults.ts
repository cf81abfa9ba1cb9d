import { ageAt } from '../dates/partialDate';
import { householdTimeline } from '../households/timeline';
import { relationsToSubject } from '../kinship/relationTo';
import { indexDocument } from '../model/documentIndex';
import type { GenogramDocument, Id, PartialDate, Person } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, missingDetails, nameOf } from './finding';

/** Terms that say only that someone shared a household: no relationship is recorded. */
export const HOUSEHOLD_ONLY_TERMS: readonly string[] = ['household member', 'visitor', 'member of a household the child visits'];

/** Everyone who ever lived with (or visited, or was visited by) a subject child, with the subject they shared a home with. */
export function peopleWhoLivedWithSubjects(doc: GenogramDocument, asAt: PartialDate): Map<Id, Id> {
  const out = new Map<Id, Id>();
  for (const subject of doc.persons.filter((p) => p.subject)) {
    for (const row of householdTimeline(doc, subject.id, asAt).rows) {
      if (row.personId !== subject.id && row.bars.length > 0 && !out.has(row.personId)) out.set(row.personId, subject.id);
    }
  }
  return out;
}

function hasLinks(doc: GenogramDocument, id: Id): boolean {
  const index = indexDocument(doc);
  return (index.parentLinksOf.get(id)?.length ?? 0) + (index.childLinksOf.get(id)?.length ?? 0) + (index.partnershipsOf.get(id)?.length ?? 0) > 0;
}

function isAdult(p: Person, asAt: PartialDate): boolean {
  return !p.birth || (ageAt(p.birth, asAt) ?? 0) >= 18;
}

/**
 * An adult who lived in (or visited) a subject child's household, at any time, with no date of
 * birth, no ethnicity, or no relationship to the child recorded: the men around a household are
 * the people reviews most often miss. People with a role outside the family have their own
 * check; a parent's ethnicity is equalityData's; someone with no link at all, householdUnexplained's.
 */
export const householdAdults: Check = (doc, asAt) => {
  const { person, parentLinksOf } = indexDocument(doc);
  const parentsOfSubjects = new Set(
    doc.persons.filter((p) => p.subject).flatMap((p) => (parentLinksOf.get(p.id) ?? []).filter((l) => l.kind === 'birth' || l.kind === 'adoptive').map((l) => l.parent)),
  );
  const out: Finding[] = [];
  for (const [id, subject] of peopleWhoLivedWithSubjects(doc, asAt)) {
    const p = person.get(id);
    if (!p || p.placeholder || p.pregnancy || p.subject || p.significantOther || !isAdult(p, asAt)) continue;
    // Not entered (nobody filled it in) told apart from not recorded (the records do not say).
    const notEntered: string[] = [];
    const notRecorded: string[] = [];
    if (!p.birth) notEntered.push('date of birth');
    if (!parentsOfSubjects.has(id)) {
      if (!p.ethnicity) notEntered.push('ethnicity');
      else if (p.ethnicity.status === 'not-recorded') notRecorded.push('ethnicity');
    }
    const term = relationsToSubject(doc, subject, asAt).get(id)?.term ?? 'no known relation';
    if (hasLinks(doc, id) && (term === 'no known relation' || HOUSEHOLD_ONLY_TERMS.includes(term))) notEntered.push(`relationship to ${nameOf(doc, subject)}`);
    if (notEntered.length + notRecorded.length === 0) continue;
    out.push(finding('household-adult-details', 'warning', `${missingDetails(notEntered, notRecorded)} for ${nameOf(doc, id)}, who lived in a household with ${nameOf(doc, subject)}.`, [id]));
  }
  return out;
};

/**
 * Someone on the household timeline (they lived with a subject child) who has no line on the
 * figure: no parent, child or partner and no role, so nothing on the figure says who they are.
 */
export const householdUnexplained: Check = (doc, asAt) => {
  const { person } = indexDocument(doc);
  const out: Finding[] = [];
  for (const [id, subject] of peopleWhoLivedWithSubjects(doc, asAt)) {
    const p = person.get(id);
    if (!p || p.pregnancy || p.significantOther || hasLinks(doc, id)) continue;
    out.push(
      finding(
        'household-unexplained',
        'warning',
        `${nameOf(doc, id)} is on ${nameOf(doc, subject)}'s household timeline, but nothing on the figure says who they are: no parent, child, partner or role is recorded for them.`,
        [id],
      ),
    );
  }
  return out;
};
