import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGenogramFile } from '../../../../src/core/format/load';
import { migrateDocument } from '../../../../src/core/format/migrations';
import { v2ToV3 } from '../../../../src/core/format/migrations/v2ToV3';
import { saveGenogramFile } from '../../../../src/core/format/save';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/format/${name}`, import.meta.url), 'utf8');

describe('migration v2 → v3', () => {
  it('is migration number 2, from version 2 to 3', () => {
    expect([v2ToV3.from, v2ToV3.to]).toEqual([2, 3]);
  });

  it('gives a version-2 document an empty chronology and changes nothing else', () => {
    const v2 = JSON.parse(fixture('v2-family.genogram.json'));
    const result = v2ToV3.up(v2.document);
    expect(result).toEqual({ ok: true, document: { ...v2.document, chronology: { events: [] } }, warnings: [] });
  });

  it('loads a version-2 file, saying it was converted, and saves it as version 3', () => {
    const result = loadGenogramFile(fixture('v2-family.genogram.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.warnings[0]).toMatch(/format version 2 and has been converted; saving writes format version 3/);
    expect(result.document.chronology).toEqual({ events: [] });
    const again = loadGenogramFile(saveGenogramFile(result.document));
    expect(again.ok && again.migratedFrom).toBeUndefined();
    expect(again.ok && again.document).toEqual(result.document);
  });

  it('keeps another tool\'s "chronology" field unread, with a warning', () => {
    const v2 = JSON.parse(fixture('v2-family.genogram.json'));
    v2.document.chronology = 'see the review file';
    const result = loadGenogramFile(JSON.stringify(v2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.chronology).toEqual({ events: [] });
    expect(result.document).toMatchObject({ chronologyFromVersion2: 'see the review file' });
    expect(result.warnings).toContainEqual(expect.stringContaining('kept unread as "chronologyFromVersion2"'));
  });

  it('takes a version-1 file through both steps', () => {
    const v1 = JSON.parse(fixture('v1-family.genogram.json'));
    const result = migrateDocument(v1.document, 1, 3);
    expect(result.ok && (result.document as { chronology: unknown }).chronology).toEqual({ events: [] });
  });

  it('refuses a non-object document', () => {
    expect(v2ToV3.up([])).toEqual({ ok: false, errors: [{ path: 'document', message: 'The document must be an object' }] });
  });
});

describe('version 3: the chronology in the file', () => {
  const withEvents = (events: unknown[]) => {
    const v2 = JSON.parse(fixture('v2-family.genogram.json'));
    return JSON.stringify({ format: 'genogram', version: 3, document: { ...v2.document, chronology: { events, columns: ['Outcome'], notSeenDays: 10 } } });
  };
  const person = () => JSON.parse(fixture('v2-family.genogram.json')).document.persons[0].id as string;

  it('loads and saves events unchanged', () => {
    const event = {
      id: 'e_1',
      date: { from: { year: 2016, month: 5, day: 22 }, uncertain: true },
      description: 'Home visit',
      kind: 'home-visit',
      persons: [person()],
      otherPersons: ['Mr X'],
      columns: { Outcome: 'NFA' },
    };
    const result = loadGenogramFile(withEvents([event]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.chronology).toEqual({ events: [event], columns: ['Outcome'], notSeenDays: 10 });
    const again = loadGenogramFile(saveGenogramFile(result.document));
    expect(again.ok && again.document).toEqual(result.document);
  });

  it('refuses an event that names no one in the file or has an unknown kind, saying where', () => {
    const ghost = loadGenogramFile(withEvents([{ id: 'e_1', date: { from: { year: 2016 } }, description: 'x', kind: 'contact', persons: ['p_ghost'] }]));
    expect(ghost.ok).toBe(false);
    if (!ghost.ok) expect(ghost.errors[0]!.message).toContain('names a person "p_ghost", who is not in the file');
    const kind = loadGenogramFile(withEvents([{ id: 'e_1', date: { from: { year: 2016 } }, description: 'x', kind: 'phone' }]));
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.errors[0]!.path).toContain('chronology');
    const bad = loadGenogramFile(withEvents([{ id: 'e_1', date: { from: { year: 2016, month: 2, day: 30 } }, description: 'x', kind: 'other' }]));
    expect(bad.ok).toBe(false);
  });
});
