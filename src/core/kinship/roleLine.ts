import { householdsOf, householdsVisitedBy } from '../households/membershipAt';
import { displayName, indexDocument } from '../model/documentIndex';
import type { GenogramDocument, PartialDate, Person } from '../model/types';
import { relationsToSubject, roleWord } from './relationTo';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The second line a person outside the family carries on the figure, saying who they are to the
 * family: "Mother's partner (visiting)", "Lodger", "Family friend". Whose partner or friend is
 * told by that person's relation to the first subject, or by their name when there is no
 * subject. Undefined for anyone without a role.
 */
export function roleLine(doc: GenogramDocument, person: Person, asAt: PartialDate): string | undefined {
  const role = person.significantOther;
  if (!role) return undefined;
  const index = indexDocument(doc);
  const subject = doc.persons.find((p) => p.subject);
  let ofBase: string | undefined;
  if (role.of !== undefined) {
    const of = index.person.get(role.of);
    if (subject && of) {
      const relation = relationsToSubject(doc, subject.id, asAt).get(of.id);
      ofBase = of.id === subject.id ? 'self' : relation && relation.kind !== 'none' ? relation.term.split('; ')[0] : undefined;
    } else if (of) ofBase = displayName(of) || undefined;
  }
  const visiting = householdsOf(doc, person.id, asAt).length === 0 && householdsVisitedBy(doc, person.id, asAt).length > 0;
  return capitalise(roleWord(role, ofBase)) + (visiting ? ' (visiting)' : '');
}
