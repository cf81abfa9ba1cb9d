import { newId } from '../model/ids';
import type { GenogramDocument, Id } from '../model/types';
import { parseCsv } from './csv';
import { parseEventDate } from './eventDate';
import { guessEventKind, readEventKind } from './eventKind';
import { mapHeadings, type KnownColumn } from './headings';
import { personMatcher } from './personNames';
import type { ChronologyEvent } from './types';

/** A name in the People column that is no one on the genogram (or more than one person). */
export interface UnmatchedName {
  name: string;
  /** The lines it appears on. */
  lines: number[];
  /** When several persons fit: their ids. */
  candidates: Id[];
}

/** What an import would add, for the preview: nothing is changed until it is applied. */
export interface ChronologyImport {
  events: ChronologyEvent[];
  /** The further columns' headings, in file order. */
  columns: string[];
  unmatched: UnmatchedName[];
  /** Rows that could not be read, with their line: they are left out. */
  unreadable: { line: number; message: string }[];
  /** Rows read with a change worth saying (a kind or household not known). */
  notes: { line: number; message: string }[];
}

export type ChronologyImportResult = { ok: true; import: ChronologyImport } | { ok: false; message: string };

const YES = /^(y|yes|true|1|x|sensitive)$/i;

/**
 * Reads a chronology table (CSV as reviews keep it) against the open document. Headings are
 * matched case-insensitively (Date / Start date, End date, Time, Source / Agency,
 * Event / Description, People / Persons involved, Kind, Household, Sensitive); any other
 * column is kept by its heading. Names in People are separated by ";" and matched to the
 * family's persons; the rest are reported. Every row that cannot be read is listed with its line.
 */
export function importChronologyCsv(text: string, doc: GenogramDocument): ChronologyImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const [heading, ...rows] = parsed.records;
  if (!heading) return { ok: false, message: 'The file is empty: a chronology needs a heading row and one row per event' };
  const map = mapHeadings(heading.cells);
  if (map.known.date === undefined) {
    return {
      ok: false,
      message: `Line ${heading.line}: no date column (a heading "Date" or "Start date"); the headings found are ${heading.cells.map((c) => `"${c.trim()}"`).join(', ')}`,
    };
  }
  if (map.known.description === undefined) {
    return { ok: false, message: `Line ${heading.line}: no description column (a heading "Event" or "Description")` };
  }
  const matcher = personMatcher(doc);
  // A chronology names the same few people on most rows: each written name is matched once.
  const matched = new Map<string, ReturnType<typeof matcher>>();
  const match = (name: string) => {
    let found = matched.get(name);
    if (!found) matched.set(name, (found = matcher(name)));
    return found;
  };
  const households = new Map(doc.households.map((h) => [h.label.trim().toLowerCase(), h.id]));
  const unmatched = new Map<string, UnmatchedName>();
  const out: ChronologyImport = { events: [], columns: map.further.map((f) => f.heading), unmatched: [], unreadable: [], notes: [] };
  const cell = (cells: string[], column: KnownColumn) => {
    const i = map.known[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };

  for (const { line, cells } of rows) {
    if (cells.length > heading.cells.length && cells.slice(heading.cells.length).some((c) => c.trim() !== '')) {
      out.unreadable.push({ line, message: `has ${cells.length} cells but the heading row has ${heading.cells.length} (a comma outside quotes?)` });
      continue;
    }
    const date = parseEventDate(cell(cells, 'date'), cell(cells, 'end'));
    if (!date.ok) {
      out.unreadable.push({ line, message: date.message });
      continue;
    }
    const description = cell(cells, 'description');
    const source = cell(cells, 'source');
    const kindText = cell(cells, 'kind');
    let kind = readEventKind(kindText);
    if (!kind) {
      if (kindText !== '') out.notes.push({ line, message: `the kind "${kindText}" is not one this editor knows; read as Other` });
      kind = kindText !== '' ? 'other' : guessEventKind(description, source !== '');
    }
    const event: ChronologyEvent = { id: newId('e'), date: date.date, description, kind, persons: [] };
    const time = cell(cells, 'time');
    if (time) event.time = time;
    if (source) event.source = source;
    const persons: Id[] = [];
    const others: string[] = [];
    for (const name of cell(cells, 'persons').split(/[;\n]/).map((n) => n.trim()).filter(Boolean)) {
      const found = match(name);
      if (found.kind === 'one') {
        if (!persons.includes(found.id)) persons.push(found.id);
        continue;
      }
      if (!others.includes(name)) others.push(name);
      const key = name.toLowerCase();
      const entry = unmatched.get(key) ?? { name, lines: [], candidates: found.kind === 'several' ? found.ids : [] };
      if (!entry.lines.includes(line)) entry.lines.push(line);
      unmatched.set(key, entry);
    }
    event.persons = persons;
    if (others.length > 0) event.otherPersons = others;
    const householdText = cell(cells, 'household');
    if (householdText) {
      const id = households.get(householdText.toLowerCase());
      if (id) event.household = id;
      else out.notes.push({ line, message: `no household is labelled "${householdText}"; the event is kept without one` });
    }
    if (YES.test(cell(cells, 'sensitive'))) event.sensitive = true;
    const columns: Record<string, string> = {};
    for (const f of map.further) {
      const value = (cells[f.index] ?? '').trim();
      if (value !== '') Object.defineProperty(columns, f.heading, { value, enumerable: true, writable: true, configurable: true });
    }
    if (Object.keys(columns).length > 0) event.columns = columns;
    out.events.push(event);
  }
  out.unmatched = [...unmatched.values()];
  return { ok: true, import: out };
}

/** Splits a written name into given names and family name: the last word is the family name. */
function splitName(name: string): { givenNames?: string; familyName?: string } {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { givenNames: words[0]! };
  return { givenNames: words.slice(0, -1).join(' '), familyName: words[words.length - 1]! };
}

/**
 * The document with the import's events added after the chronology's own. Each name in
 * `addAsPersons` becomes a new person (unconnected, gender not known) linked to its events;
 * every other unmatched name stays as text on its events.
 */
export function applyChronologyImport(doc: GenogramDocument, imported: ChronologyImport, addAsPersons: readonly string[] = []): GenogramDocument {
  const added = new Map<string, Id>();
  const persons = [...doc.persons];
  for (const name of addAsPersons) {
    const key = name.toLowerCase();
    if (added.has(key)) continue;
    const id = newId('p');
    persons.push({ id, gender: 'unknown', ...splitName(name) });
    added.set(key, id);
  }
  const events = imported.events.map((e) => {
    if (!e.otherPersons || added.size === 0) return e;
    const ids = [...e.persons];
    const rest: string[] = [];
    for (const name of e.otherPersons) {
      const id = added.get(name.toLowerCase());
      if (id) {
        if (!ids.includes(id)) ids.push(id);
      } else rest.push(name);
    }
    const { otherPersons: _o, ...base } = e;
    return rest.length > 0 ? { ...base, persons: ids, otherPersons: rest } : { ...base, persons: ids };
  });
  const before = doc.chronology;
  const columns = [...(before?.columns ?? [])];
  for (const c of imported.columns) if (!columns.includes(c)) columns.push(c);
  const chronology = { ...before, events: [...(before?.events ?? []), ...events] };
  if (columns.length > 0) chronology.columns = columns;
  return { ...doc, persons, chronology };
}
