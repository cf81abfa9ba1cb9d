import { formatDate, isValidPartialDate, compareDates } from '../dates/partialDate';
import { loopsOfDescentIn } from '../model/ancestry';
import { displayName } from '../model/documentIndex';
import type { GenogramDocument, Id, PartialDate } from '../model/types';
import { checkChronologyMeaning } from './chronologyMeaning';
import { documentError, type FormatError, type PathKey } from './formatError';

export interface SemanticReport {
  /** The file cannot be opened as it stands. */
  errors: FormatError[];
  /** Opened, but worth telling the author. */
  warnings: string[];
}

/**
 * Meaning checks the schema cannot express: ids, references, ancestry, birth parents,
 * multiple births and real calendar dates. Runs on a document whose structure is valid.
 */
export function checkDocumentMeaning(doc: GenogramDocument): SemanticReport {
  const errors: FormatError[] = [];
  const warnings: string[] = [];
  const error = (keys: PathKey[], problem: string) => errors.push(documentError(doc, keys, problem));

  const personIndex = new Map<Id, number>();
  doc.persons.forEach((p, i) => {
    if (!personIndex.has(p.id)) personIndex.set(p.id, i);
  });
  const nameOf = (id: Id): string => {
    const i = personIndex.get(id);
    const name = i === undefined ? '' : displayName(doc.persons[i]!);
    return name && name !== '?' ? name : id;
  };

  checkDuplicateIds(doc, error);

  const requirePerson = (keys: PathKey[], id: Id, role: string) => {
    if (!personIndex.has(id)) error(keys, `names ${role} "${id}", who is not in the file`);
  };
  doc.partnerships.forEach((p, i) => {
    requirePerson(['partnerships', i, 'a'], p.a, 'a partner');
    requirePerson(['partnerships', i, 'b'], p.b, 'a partner');
    if (p.a === p.b) error(['partnerships', i, 'b'], `${nameOf(p.a)} cannot be in a partnership with themselves`);
  });
  doc.parentLinks.forEach((l, i) => {
    requirePerson(['parentLinks', i, 'parent'], l.parent, 'a parent');
    requirePerson(['parentLinks', i, 'child'], l.child, 'a child');
  });
  doc.relationships.forEach((r, i) => {
    requirePerson(['relationships', i, 'from'], r.from, 'a person');
    requirePerson(['relationships', i, 'to'], r.to, 'a person');
    if (r.from === r.to) error(['relationships', i, 'to'], `a relationship line must join two different people`);
  });
  doc.households.forEach((h, i) =>
    h.members.forEach((m, j) => requirePerson(['households', i, 'members', j, 'person'], m.person, 'a member')),
  );
  doc.persons.forEach((p, i) => {
    const of = p.significantOther?.of;
    if (of === undefined) return;
    requirePerson(['persons', i, 'significantOther', 'of'], of, 'the person they are a partner or friend of');
    if (of === p.id) error(['persons', i, 'significantOther', 'of'], `${nameOf(p.id)} cannot be their own partner or friend`);
  });
  checkMultipleBirths(doc, error, requirePerson, nameOf);
  checkBirthParents(doc, error, nameOf);
  checkCycles(doc, error, nameOf);
  checkDates(doc, error);
  checkChronologyMeaning(doc, error);
  doc.partnerships.forEach((p, i) => {
    const dated = p.events.filter((e) => e.date);
    if (dated.some((e, k) => k > 0 && compareDates(dated[k - 1]!.date!, e.date!) > 0)) {
      warnings.push(`Partnership ${i + 1} (${nameOf(p.a)} and ${nameOf(p.b)}): its events are not in date order`);
    }
  });
  return { errors, warnings };
}

type Report = (keys: PathKey[], problem: string) => void;

function checkDuplicateIds(doc: GenogramDocument, error: Report): void {
  const firstUse = new Map<Id, string>();
  const collections = [
    ['persons', 'person'],
    ['partnerships', 'partnership'],
    ['parentLinks', 'parent link'],
    ['multipleBirths', 'multiple-birth group'],
    ['relationships', 'relationship line'],
    ['households', 'household'],
  ] as const;
  for (const [key, what] of collections) {
    doc[key].forEach((item: { id: Id }, i: number) => {
      const earlier = firstUse.get(item.id);
      if (earlier) error([key, i, 'id'], `the id "${item.id}" is already used by ${earlier}; every id must be unique`);
      else firstUse.set(item.id, `${what} ${i + 1}`);
    });
  }
}

function checkMultipleBirths(
  doc: GenogramDocument,
  error: Report,
  requirePerson: (keys: PathKey[], id: Id, role: string) => void,
  nameOf: (id: Id) => string,
): void {
  const groupOf = new Map<Id, number>();
  doc.multipleBirths.forEach((g, i) => {
    if (g.members.length < 2) error(['multipleBirths', i, 'members'], `a multiple birth needs at least two members, found ${g.members.length}`);
    const seen = new Set<Id>();
    g.members.forEach((m, j) => {
      requirePerson(['multipleBirths', i, 'members', j], m, 'a member');
      if (seen.has(m)) error(['multipleBirths', i, 'members', j], `${nameOf(m)} is listed twice`);
      seen.add(m);
      const other = groupOf.get(m);
      if (other !== undefined && other !== i) {
        error(['multipleBirths', i, 'members', j], `${nameOf(m)} is already in multiple-birth group ${other + 1}`);
      } else groupOf.set(m, i);
    });
  });
}

function checkBirthParents(doc: GenogramDocument, error: Report, nameOf: (id: Id) => string): void {
  const birthLinks = new Map<Id, number[]>();
  doc.parentLinks.forEach((l, i) => {
    if (l.kind !== 'birth') return;
    const list = birthLinks.get(l.child) ?? [];
    list.push(i);
    birthLinks.set(l.child, list);
  });
  for (const [child, indices] of birthLinks) {
    if (indices.length <= 2) continue;
    const parents = indices.map((i) => nameOf(doc.parentLinks[i]!.parent)).join(', ');
    error(['parentLinks', indices[2]!], `${nameOf(child)} has ${indices.length} birth parents (${parents}); a person has at most two`);
  }
}

function checkCycles(doc: GenogramDocument, error: Report, nameOf: (id: Id) => string): void {
  for (const { cycle } of loopsOfDescentIn(doc)) {
    const first = cycle[0]!;
    const upward = cycle.length > 1 ? cycle[1]! : first;
    const linkIndex = doc.parentLinks.findIndex((l) => l.child === first && l.parent === upward);
    const chain = [...cycle, first].map(nameOf).join(' → parent ');
    const problem =
      cycle.length === 1
        ? `${nameOf(first)} is recorded as their own parent`
        : `${nameOf(first)} is their own ancestor: ${chain}`;
    error(['parentLinks', Math.max(linkIndex, 0)], problem);
  }
}

function checkDates(doc: GenogramDocument, error: Report): void {
  const check = (keys: PathKey[], date: PartialDate | undefined) => {
    if (!date || isValidPartialDate(date)) return;
    const problem =
      date.day !== undefined && date.month === undefined
        ? 'a date with a day must also have a month'
        : `${formatDate({ ...date, qualifier: undefined })} is not a real date`;
    error(keys, problem);
  };
  check(['settings', 'asAt'], doc.settings.asAt);
  doc.persons.forEach((p, i) => {
    check(['persons', i, 'birth'], p.birth);
    check(['persons', i, 'death'], p.death);
    check(['persons', i, 'pregnancy', 'expected'], p.pregnancy?.expected);
  });
  doc.partnerships.forEach((p, i) => p.events.forEach((e, j) => check(['partnerships', i, 'events', j, 'date'], e.date)));
  doc.parentLinks.forEach((l, i) => {
    check(['parentLinks', i, 'from'], l.from);
    check(['parentLinks', i, 'to'], l.to);
  });
  doc.households.forEach((h, i) => {
    check(['households', i, 'from'], h.from);
    check(['households', i, 'to'], h.to);
    h.members.forEach((m, j) => {
      check(['households', i, 'members', j, 'from'], m.from);
      check(['households', i, 'members', j, 'to'], m.to);
    });
  });
}
