import type { GenogramDocument, PartialDate, Person } from '../../core/model/types';
import { anonymise } from '../../core/publication/anonymise';
import { eventsForPublicationMode } from '../../core/chronology/publishChronology';

/**
 * The document with every person and household named as publication mode names them
 * ("Mother", "Child A", "Household 1") and everything else untouched, so that checks keep
 * their full dates and recorded details but their messages name no one. The anonymised copy
 * keeps the order of persons and households, which is how its labels are matched back.
 */
export function withPublicationNames(doc: GenogramDocument, asAt: PartialDate): GenogramDocument {
  const published = anonymise(doc, { asAt });
  const persons = doc.persons.map((p, i): Person => {
    const { givenNames: _given, familyName: _family, secondLine: _second, notes: _notes, sexAtBirthNote: _sex, ...rest } = p;
    const named: Person = { ...rest, label: published.persons[i]?.label ?? 'Person' };
    if (p.significantOther?.text !== undefined) {
      const { text: _text, ...role } = p.significantOther;
      named.significantOther = role;
    }
    return named;
  });
  const households = doc.households.map((h, i) => {
    const { address: _address, ...rest } = h;
    return { ...rest, label: published.households[i]?.label ?? `Household ${i + 1}` };
  });
  const named: GenogramDocument = { ...doc, persons, households };
  // The chronology's descriptions name people too: cleaned as published (full dates kept for the checks).
  if (doc.chronology) named.chronology = { ...doc.chronology, events: eventsForPublicationMode(doc, asAt, doc.chronology.events) };
  return named;
}
