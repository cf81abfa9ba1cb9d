import { isValidPartialDate } from '../../dates/partialDate';
import { DEFAULT_NOTATION, type PartialDate, type PartnershipEvent } from '../../model/types';
import { documentError, type FormatError, type PathKey } from '../formatError';
import type { Migration } from './migration';

/*
 * Format version 1 was the first draft of this format, drawn up before the editor's first
 * release. It is kept so that a file written against it still opens. It differed from version 2:
 *
 * - Dates were strings: "1998", "1998-03", "1998-03-12", with a prefix "c" (about),
 *   "<" (before) or ">" (after), e.g. "c1998", "<2001-05". Version 2 stores objects
 *   ({ year, month?, day?, qualifier? }) so that no one has to parse text to compare dates.
 * - A person had `sex: "M" | "F" | "U"` instead of `gender`, so it could not record a
 *   non-binary person; the glyph now follows gender identity.
 * - A partnership had one `status` ("dating", "cohabiting", "married", "separated", "divorced",
 *   "ended") and an optional `since` date, instead of a `kind` and a dated history of events.
 *   A status becomes a single event (dated by `since`); "dating" becomes a transitory
 *   partnership that "started" then.
 * - The title and the reference date (`asAt`) sat directly on the document; there were no
 *   settings and no notation options (they take their defaults).
 *
 * Everything else (ids, parent links, multiple births, relationship lines, household members
 * with from/to) had the shape it has now, and unknown fields are carried over untouched.
 */

type Raw = Record<string, unknown>;

const QUALIFIER_PREFIXES: Record<string, PartialDate['qualifier']> = { c: 'about', '<': 'before', '>': 'after' };

const SEX_TO_GENDER: Record<string, string> = { M: 'male', F: 'female', U: 'unknown' };

const STATUS_TO_EVENT: Record<string, PartnershipEvent['type']> = {
  dating: 'started',
  cohabiting: 'cohabiting',
  married: 'married',
  separated: 'separated',
  divorced: 'divorced',
  ended: 'ended',
};

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a version-1 date string; undefined when it does not follow the version-1 grammar. */
export function readV1Date(text: string): PartialDate | undefined {
  const m = /^([c<>]?)\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  const date: PartialDate = { year: Number(m[2]) };
  if (m[3]) date.month = Number(m[3]);
  if (m[4]) date.day = Number(m[4]);
  const qualifier = QUALIFIER_PREFIXES[m[1]!];
  if (qualifier) date.qualifier = qualifier;
  return date;
}

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  summary: 'dates became structured, sex became gender, partnership status became a dated history',
  up(input) {
    const errors: FormatError[] = [];
    if (!isRecord(input)) {
      return { ok: false, errors: [{ path: 'document', message: 'The document must be an object' }] };
    }
    const fail = (keys: PathKey[], problem: string) => errors.push(documentError(input, keys, problem));

    /** Converts obj[field] from a date string, in place on a copy; absent stays absent. */
    const convertDate = (obj: Raw, field: string, keys: PathKey[]): void => {
      const value = obj[field];
      if (value === undefined) return;
      if (typeof value !== 'string') {
        fail([...keys, field], `a version-1 date must be text such as "1998-03", found ${JSON.stringify(value)}`);
        return;
      }
      const date = readV1Date(value);
      if (!date) {
        fail([...keys, field], `"${value}" is not a version-1 date (write e.g. "1998", "1998-03", "1998-03-12", "c1998")`);
        return;
      }
      if (!isValidPartialDate(date)) {
        fail([...keys, field], `"${value}" is not a real date`);
        return;
      }
      obj[field] = date;
    };

    const mapList = (key: string, convert: (item: Raw, keys: PathKey[]) => Raw): unknown[] | undefined => {
      const list = input[key];
      if (list === undefined) return undefined;
      if (!Array.isArray(list)) {
        fail([key], 'must be a list');
        return undefined;
      }
      return list.map((item: unknown, i) => (isRecord(item) ? convert({ ...item }, [key, i]) : item));
    };

    const persons = mapList('persons', (p, keys) => {
      if ('sex' in p) {
        const gender = typeof p.sex === 'string' ? SEX_TO_GENDER[p.sex] : undefined;
        if (gender) p.gender = gender;
        else fail([...keys, 'sex'], `sex must be "M", "F" or "U", found ${JSON.stringify(p.sex)}`);
        delete p.sex;
      }
      convertDate(p, 'birth', keys);
      convertDate(p, 'death', keys);
      if (isRecord(p.pregnancy)) {
        const pregnancy = { ...p.pregnancy };
        convertDate(pregnancy, 'expected', [...keys, 'pregnancy']);
        p.pregnancy = pregnancy;
      }
      return p;
    });

    const partnerships = mapList('partnerships', (p, keys) => {
      const { status, since, ...rest } = p;
      const holder: Raw = { since };
      convertDate(holder, 'since', keys);
      let kind = 'partnership';
      const events: Raw[] = [];
      if (status !== undefined) {
        const type = typeof status === 'string' ? STATUS_TO_EVENT[status] : undefined;
        if (!type) {
          fail([...keys, 'status'], `status must be one of ${Object.keys(STATUS_TO_EVENT).join(', ')}; found ${JSON.stringify(status)}`);
        } else {
          if (status === 'dating') kind = 'transitory';
          events.push(holder.since === undefined ? { type } : { type, date: holder.since });
        }
      }
      return { ...rest, kind, events };
    });

    const parentLinks = mapList('parentLinks', (l, keys) => {
      convertDate(l, 'from', keys);
      convertDate(l, 'to', keys);
      return l;
    });

    const households = mapList('households', (h, keys) => {
      if (Array.isArray(h.members)) {
        h.members = h.members.map((m: unknown, j) => {
          if (!isRecord(m)) return m;
          const member = { ...m };
          convertDate(member, 'from', [...keys, 'members', j]);
          convertDate(member, 'to', [...keys, 'members', j]);
          return member;
        });
      }
      return h;
    });

    const { title, asAt, ...rest } = input;
    const settingsHolder: Raw = { asAt };
    convertDate(settingsHolder, 'asAt', []);
    const settings: Raw = { title: typeof title === 'string' ? title : 'Untitled genogram', notation: { ...DEFAULT_NOTATION } };
    if (settingsHolder.asAt !== undefined) settings.asAt = settingsHolder.asAt;

    if (errors.length > 0) return { ok: false, errors };
    const document: Raw = { ...rest, settings };
    if (persons) document.persons = persons;
    if (partnerships) document.partnerships = partnerships;
    if (parentLinks) document.parentLinks = parentLinks;
    if (households) document.households = households;
    return { ok: true, document, warnings: [] };
  },
};
