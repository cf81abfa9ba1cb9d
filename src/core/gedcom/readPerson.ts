import type { Gender, PartialDate, Person } from '../model/types';
import type { ImportContext } from './importContext';
import { child, childrenTagged, type GedcomNode } from './tokenize';

/** A dated residence, kept for the household suggestions. */
export interface Residence {
  personId: string;
  place?: string;
  from?: PartialDate;
  to?: PartialDate;
  line: number;
}

const GENDER: Record<string, Gender> = { M: 'male', F: 'female', X: 'nonbinary', U: 'unknown' };

/** INDI record → Person (names, sex, birth, death, notes) and its dated residences. */
export function readPerson(node: GedcomNode, id: string, ctx: ImportContext): { person: Person; residences: Residence[] } {
  const what = node.xref ? `person @${node.xref}@` : `person on line ${node.line}`;
  const person: Person = { id, gender: 'unknown' };
  readName(node, person);

  const sex = child(node, 'SEX');
  const sexValue = sex?.value?.trim().toUpperCase();
  if (sexValue) {
    const gender = GENDER[sexValue.charAt(0)];
    if (gender && sexValue.length === 1) person.gender = gender;
    else ctx.skip(sex!.line, `${what}: SEX "${sex!.value}" is not M, F, X or U; recorded as unknown`);
  }

  const birth = firstDated(node, ['BIRT'], `${what} birth`, ctx);
  if (birth) person.birth = birth;

  const deaths = childrenTagged(node, 'DEAT', 'BURI', 'CREM');
  if (deaths.length > 0) {
    person.deceased = true;
    ctx.events++;
    const death = firstDated(node, ['DEAT'], `${what} death`, ctx);
    if (death) person.death = death;
  }

  const notes = ctx.notesOf(node, what);
  if (notes) person.notes = notes;

  const residences: Residence[] = [];
  for (const resi of childrenTagged(node, 'RESI')) {
    const { date, period } = ctx.eventDate(resi, `${what} residence`);
    if (!date) continue;
    const residence: Residence = { personId: id, line: resi.line, from: period ? period.from : date };
    if (period?.to) residence.to = period.to;
    const place = placeOf(resi);
    if (place) residence.place = place;
    residences.push(residence);
  }
  return { person, residences };
}

/** The first event of the tags that has a readable date; counts the event. */
function firstDated(node: GedcomNode, tags: string[], what: string, ctx: ImportContext): PartialDate | undefined {
  const events = childrenTagged(node, ...tags);
  for (const event of events) {
    const { date } = ctx.eventDate(event, what);
    if (date) {
      if (tags.includes('BIRT')) ctx.events++;
      return date;
    }
  }
  if (events.length > 0 && tags.includes('BIRT')) ctx.events++;
  return undefined;
}

/** The first NAME (the preferred one): "Given /Surname/ suffix"; GIVN/SURN fill in what it lacks. */
function readName(node: GedcomNode, person: Person): void {
  const name = child(node, 'NAME');
  if (!name) return;
  const raw = name.value ?? '';
  let given = raw;
  let family: string | undefined;
  const m = /^(.*?)\/(.*?)\/(.*)$/.exec(raw);
  if (m) {
    given = m[1]!;
    const suffix = m[3]!.trim();
    family = [m[2]!.trim(), suffix].filter(Boolean).join(' ');
  } else if (raw.includes('/')) {
    // A single slash: "Given /Surname" (the closing slash is often dropped).
    const at = raw.indexOf('/');
    given = raw.slice(0, at);
    family = raw.slice(at + 1);
  }
  const givn = child(name, 'GIVN')?.value;
  const surn = child(name, 'SURN')?.value;
  // The NAME line is the whole name as written (prefixes, "de", suffixes); the parts only fill gaps.
  const givenText = tidy(given) || tidy(givn ?? '');
  const familyText = tidy(family ?? '') || tidy(surn ?? '');
  if (givenText) person.givenNames = givenText;
  if (familyText) person.familyName = familyText;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function placeOf(event: GedcomNode): string | undefined {
  const addr = child(event, 'ADDR');
  const plac = child(event, 'PLAC');
  const text = addr?.value?.trim() || plac?.value?.trim() || (event.value && event.value !== 'Y' ? event.value.trim() : '');
  return text ? text.replace(/\s*\n\s*/g, ', ') : undefined;
}
