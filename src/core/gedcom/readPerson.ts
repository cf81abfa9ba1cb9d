import type { Gender, PartialDate, Person } from '../model/types';
import type { ImportContext } from './importContext';
import { child, childrenTagged, type GedcomNode } from './tokenize';

/** A residence (RESI), dated or not, kept for the household suggestions. */
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
  readName(node, person, ctx);

  const sex = child(node, 'SEX');
  ctx.use(sex);
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
    // Any of them says the person has died: that much is carried (their places are not).
    ctx.use(...deaths);
    person.deceased = true;
    ctx.events++;
    const death = firstDated(node, ['DEAT'], `${what} death`, ctx);
    if (death) person.death = death;
  }

  const notes = ctx.notesOf(node, what);
  if (notes) person.notes = notes;

  const residences: Residence[] = [];
  for (const resi of childrenTagged(node, 'RESI')) {
    const residence = readResidence(resi, id, `${what} residence`, ctx);
    if (residence) residences.push(residence);
  }
  return { person, residences };
}

/**
 * A RESI event as a residence for the household suggestions. A period FROM … TO is kept whole;
 * a single date is taken as "living there from then, end not known" (and the warning says so);
 * an undated residence with an address joins its household with unknown dates. A residence with
 * neither a readable date nor a place cannot be placed anywhere and is listed as skipped.
 */
export function readResidence(resi: GedcomNode, personId: string, what: string, ctx: ImportContext): Residence | undefined {
  ctx.use(resi);
  const { date, period, text } = ctx.eventDate(resi, what, 'period');
  const place = placeOf(resi, ctx);
  if (!date && !place) {
    ctx.skip(resi.line, `${what} with neither a readable date nor an address or place: there is no household to put it in`);
    return undefined;
  }
  const residence: Residence = { personId, line: resi.line };
  if (period) {
    if (period.from) residence.from = period.from;
    if (period.to) residence.to = period.to;
  } else if (date) {
    residence.from = date;
    ctx.warn(child(resi, 'DATE')?.line ?? resi.line, `${what} dated "${text}" (a single date): taken as living there from then, with no end date`);
  }
  if (place) residence.place = place;
  return residence;
}

/**
 * The first event of the tags that has a readable date; counts the event. Later events of the
 * same kind are not carried (one birth, one death) and are listed as skipped with their lines.
 */
function firstDated(node: GedcomNode, tags: string[], what: string, ctx: ImportContext): PartialDate | undefined {
  const events = childrenTagged(node, ...tags);
  for (const event of events) {
    const { date } = ctx.eventDate(event, what);
    if (date) {
      ctx.use(event);
      if (tags.includes('BIRT')) ctx.events++;
      return date;
    }
  }
  if (events.length > 0 && tags.includes('BIRT')) ctx.events++;
  // An undated birth says only that the person was born: nothing to carry.
  return undefined;
}

/** The first NAME (the preferred one): "Given /Surname/ suffix"; GIVN/SURN fill in what it lacks. */
function readName(node: GedcomNode, person: Person, ctx: ImportContext): void {
  const name = child(node, 'NAME');
  if (!name) return;
  ctx.use(name);
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
  const givnNode = child(name, 'GIVN');
  const surnNode = child(name, 'SURN');
  ctx.use(givnNode, surnNode);
  const givn = givnNode?.value;
  const surn = surnNode?.value;
  // The NAME line is the whole name as written (prefixes, "de", suffixes); the parts only fill gaps.
  const givenText = tidy(given) || tidy(givn ?? '');
  const familyText = tidy(family ?? '') || tidy(surn ?? '');
  if (givenText) person.givenNames = givenText;
  if (familyText) person.familyName = familyText;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The structured parts of an ADDR, in the order an address is written. */
const ADDRESS_PARTS = ['ADR1', 'ADR2', 'ADR3', 'CITY', 'STAE', 'POST', 'CTRY'];

/**
 * A residence's address or place: the ADDR text (or its parts ADR1, CITY, POST … when the line
 * itself is empty), else PLAC, else the event's own value. The lines read are marked as carried.
 */
export function placeOf(event: GedcomNode, ctx?: ImportContext): string | undefined {
  const addr = child(event, 'ADDR');
  const plac = child(event, 'PLAC');
  const parts = addr ? ADDRESS_PARTS.map((tag) => child(addr, tag)).filter((n): n is GedcomNode => !!n?.value?.trim()) : [];
  const line = addr?.value?.trim() ?? '';
  // Parts the ADDR line already says (a city written in it) are not repeated.
  const extra = parts.map((n) => n.value!.trim()).filter((part) => !line.toLowerCase().includes(part.toLowerCase()));
  const addrText = [line, ...extra].filter(Boolean).join(', ');
  const text = addrText || plac?.value?.trim() || (event.value && event.value !== 'Y' ? event.value.trim() : '');
  if (ctx) {
    if (addrText) ctx.use(addr, ...parts);
    else if (plac?.value?.trim()) ctx.use(plac);
  }
  // A PLAC keeps its empty jurisdictions ("Jefferson, , Jefferson County, WI"): a reader wants the names only.
  const joined = text
    ?.split(/\s*(?:\n|,)\s*/)
    .filter(Boolean)
    .join(', ');
  return joined || undefined;
}
