import { writeCsv } from '../../src/core/chronology/csv';
import { otherForms } from '../../src/core/chronology/shortForms';
import { monthName } from '../../src/core/dates/partialDate';
import type { GenogramDocument, Person } from '../../src/core/model/types';
import { seededRandom as random } from '../../src/core/example/seededRandom';

const SOURCES = ['Police', 'GP', 'Health visiting', "Children's social care", 'School', 'Housing', 'Probation', 'A&E'];
const KINDS = ['Contact', 'Home visit', 'Child seen', 'Child not seen', 'Incident', 'Referral', 'Assessment', 'Strategy meeting', ''];
const STRANGERS = ['Kevin Doyle', 'Shane Mulgrew', 'Tracey Bannerman'];


/** Every way a record may name the person: full name, given name, possessive, short form, initial with family name, family name. */
export function mentionsOf(p: Person): string[] {
  const given = p.givenNames?.split(/\s+/)[0];
  const family = p.familyName;
  const out: string[] = [];
  if (given && family) out.push(`${given} ${family}`, `${given[0]}. ${family}`);
  if (given) out.push(given, `${given}'s`, ...[...otherForms(given.toLowerCase())].map((f) => f[0]!.toUpperCase() + f.slice(1)));
  if (family) out.push(`Ms ${family}`, `${family}'s`);
  return out;
}

/**
 * A chronology table for a document, as CSV, the way a review keeps one: day, month, year and
 * uncertain dates and periods, agencies, kinds, and descriptions that name the family every way a
 * record does (see mentionsOf), with a few names of people not on the genogram. For the benchmark
 * and the leak test; the same seed gives the same table.
 */
export function syntheticChronologyCsv(doc: GenogramDocument, eventCount: number, seed: number): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const named = doc.persons.filter((p) => p.givenNames || p.familyName);
  const rows: string[][] = [['Date', 'Time', 'Agency', 'Type', 'Description', 'Persons involved', 'Outcome']];
  for (let i = 0; i < eventCount; i++) {
    const year = 2010 + Math.floor(rnd() * 10);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const form = rnd();
    const date =
      form < 0.5
        ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
        : form < 0.7
          ? `${day} ${monthName(month)} ${year}`
          : form < 0.8
            ? `${monthName(month)} ${year}`
            : form < 0.87
              ? `?${day} ${monthName(month)} ${year}`
              : form < 0.94
                ? `c. ${monthName(month)} ${year}`
                : `${monthName(month)} ${year} – ${monthName(Math.min(12, month + 2))} ${year}`;
    const people = named.length > 0 ? [pick(named), pick(named)] : [];
    const stranger = rnd() < 0.1 ? pick(STRANGERS) : undefined;
    const words = people.map((p) => pick(mentionsOf(p)));
    const description = `${words[0] ?? 'Family'} spoke with the worker about ${words[1] ?? 'the children'}${stranger ? ` and ${stranger}` : ''}; follow-up agreed.`;
    const names = [...people.map((p) => [p.givenNames, p.familyName].filter(Boolean).join(' ')), ...(stranger ? [stranger] : [])];
    rows.push([date, rnd() < 0.3 ? `${10 + Math.floor(rnd() * 8)}:${rnd() < 0.5 ? '00' : '30'}` : '', pick(SOURCES), pick(KINDS), description, [...new Set(names)].join('; '), rnd() < 0.2 ? 'NFA' : '']);
  }
  return writeCsv(rows);
}
