import { formatDate, isValidPartialDate } from '../dates/partialDate';
import type { GenogramDocument, Id, PartialDate } from '../model/types';
import type { PathKey } from './formatError';

type Report = (keys: PathKey[], problem: string) => void;

/** The chronology's references and dates: every person and household an event names exists, every date is real. */
export function checkChronologyMeaning(doc: GenogramDocument, error: Report): void {
  const events = doc.chronology?.events;
  if (!events) return;
  const persons = new Set<Id>(doc.persons.map((p) => p.id));
  const households = new Set<Id>(doc.households.map((h) => h.id));
  const seen = new Set<Id>();
  const date = (keys: PathKey[], d: PartialDate | undefined) => {
    if (d && !isValidPartialDate(d)) error(keys, `${formatDate({ ...d, qualifier: undefined })} is not a real date`);
  };
  events.forEach((e, i) => {
    const at: PathKey[] = ['chronology', 'events', i];
    if (seen.has(e.id)) error([...at, 'id'], `the id "${e.id}" is already used by another event; every id must be unique`);
    seen.add(e.id);
    e.persons.forEach((p, j) => {
      if (!persons.has(p)) error([...at, 'persons', j], `names a person "${p}", who is not in the file`);
    });
    if (e.household !== undefined && !households.has(e.household)) error([...at, 'household'], `names a household "${e.household}", which is not in the file`);
    date([...at, 'date', 'from'], e.date.from);
    date([...at, 'date', 'to'], e.date.to);
  });
}
