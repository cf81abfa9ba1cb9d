import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import type { GenogramDocument } from '../../../src/core/model/types';
import { loadGenogramFile } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { readSharedFixture } from '../../support/sharedFixtures';

const shared = readSharedFixture;
const own = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/gedcom/${name}`, import.meta.url)));

function imported(bytes: Uint8Array | string) {
  const result = importGedcom(bytes);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

function byName(doc: GenogramDocument, given: string) {
  const p = doc.persons.find((x) => x.givenNames === given);
  if (!p) throw new Error(`no person ${given}`);
  return p;
}

describe('importGedcom on the shared fixtures (counts from SOURCES.md)', () => {
  it.each([
    ['family2.ged', 53, 33],
    ['kennedy.ged', 208, 75],
    ['royal92.ged', 3010, 1422],
    ['maximal70.ged', 4, 2],
  ])('%s: %i persons, %i families, every link between persons of the file', (file, persons, families) => {
    const { document, summary } = imported(shared(file));
    expect(summary.read.persons).toBe(persons);
    expect(summary.read.families).toBe(families);
    expect(document.persons).toHaveLength(persons);
    const ids = new Set(document.persons.map((p) => p.id));
    expect(ids.size).toBe(persons);
    for (const l of document.parentLinks) {
      expect(ids.has(l.parent) && ids.has(l.child)).toBe(true);
      expect(l.parent).not.toBe(l.child);
    }
    for (const u of document.partnerships) expect(ids.has(u.a) && ids.has(u.b) && u.a !== u.b).toBe(true);
    const pairs = document.parentLinks.map((l) => `${l.parent}|${l.child}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    // The editor's own loader (schema and meaning checks) accepts the imported document.
    const reloaded = loadGenogramFile(saveGenogramFile(document));
    expect(reloaded.ok ? [] : reloaded.errors).toEqual([]);
  });

  it('family2: one-parent family and families without parents are reported, not invented', () => {
    const { document, summary } = imported(shared('family2.ged'));
    const noParent = summary.skipped.filter((s) => /has no parent in this family/.test(s.message));
    expect(noParent.length).toBeGreaterThan(0);
    expect(noParent.every((s) => typeof s.line === 'number')).toBe(true);
    expect(document.persons.some((p) => /[^\x00-\x7f]/.test(`${p.givenNames}${p.familyName}`))).toBe(true);
  });

  it('royal92: 13 people with no sex are unknown; ANSEL header with ASCII bytes reads cleanly', () => {
    const { document, summary } = imported(shared('royal92.ged'));
    expect(document.persons.filter((p) => p.gender === 'unknown').length).toBe(13);
    expect(summary.encoding).toBe('ASCII');
    expect(document.persons.some((p) => p.givenNames === 'Victoria' && p.familyName === 'Hanover')).toBe(true);
  });

  it('maximal70: sex M/F/X/U, @VOID@ pointers, family events, and no parentless link', () => {
    const { document, summary } = imported(shared('maximal70.ged'));
    expect(summary.version).toBe('7.0');
    expect(document.persons.map((p) => p.gender)).toEqual(['male', 'female', 'nonbinary', 'unknown']);
    expect(document.partnerships).toHaveLength(1);
    const types = document.partnerships[0]!.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['engaged', 'married', 'divorced', 'annulled']));
    expect(document.parentLinks.map((l) => [l.parent, l.child])).toEqual([
      ['p_I1', 'p_I4'],
      ['p_I2', 'p_I4'],
    ]);
    expect(document.persons[0]).toMatchObject({ givenNames: 'Lt. Cmndr. Joseph "John"', familyName: 'de Allen jr.', deceased: true });
  });
});

describe('importGedcom special cases', () => {
  it('the same couple in two families gives two partnerships; equal birth dates suggest twins', () => {
    const { document, suggestions } = imported(own('remarriage.ged'));
    expect(document.partnerships).toHaveLength(2);
    const [first, second] = document.partnerships;
    expect(first!.events.map((e) => e.type)).toEqual(['married', 'divorced']);
    expect(second!.events).toEqual([{ type: 'married', date: { year: 2001 } }]);
    expect(suggestions.multipleBirths).toEqual([{ members: ['p_I3', 'p_I4'], birth: { year: 1990, month: 3, day: 3 }, family: 'F1' }]);
    expect(document.multipleBirths).toEqual([]);
    expect(byName(document, 'Ann').birth).toEqual({ year: 1960, qualifier: 'about' });
    expect(byName(document, 'Bob').deceased).toBe(true);
  });

  it('a cycle is broken at the link that closes it, and reported with its line', () => {
    const { document, summary } = imported(own('cycle.ged'));
    expect(document.parentLinks).toHaveLength(2);
    const cycle = summary.skipped.filter((s) => /own ancestor/.test(s.message));
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message).toContain('family @F3@');
    expect(cycle[0]!.line).toBe(18);
  });

  it('7.0 @VOID@ partner, PEDI FOSTER/ADOPTED/OTHER+PHRASE, ADOP event, dangling CHIL', () => {
    const { document, summary } = imported(own('void70.ged'));
    expect(document.partnerships).toEqual([]);
    const kinds = Object.fromEntries(document.parentLinks.map((l) => [l.child, l.kind]));
    expect(kinds).toEqual({ p_I2: 'foster', p_I3: 'adoptive', p_I4: 'kinship', p_I5: 'adoptive' });
    expect(document.parentLinks.find((l) => l.child === 'p_I5')!.from).toEqual({ year: 2010 });
    expect(summary.skipped.some((s) => s.line === 37 && /@I99@/.test(s.message))).toBe(true);
    expect(byName(document, 'Sam').gender).toBe('nonbinary');
  });

  it('a third birth parent (child in two birth families) is left out and reported', () => {
    const ged = ['0 HEAD', '0 @A@ INDI', '0 @B@ INDI', '0 @C@ INDI', '0 @D@ INDI', '0 @K@ INDI',
      '0 @F1@ FAM', '1 HUSB @A@', '1 WIFE @B@', '1 CHIL @K@', '0 @F2@ FAM', '1 HUSB @C@', '1 WIFE @D@', '1 CHIL @K@', '0 TRLR'].join('\n');
    const { document, summary } = imported(ged);
    expect(document.parentLinks.map((l) => l.parent)).toEqual(['p_A', 'p_B']);
    expect(summary.skipped.filter((s) => /already has two birth parents/.test(s.message)).map((s) => s.line)).toEqual([14, 14]);
  });

  it('an ADOP event alone places the child in the adopting family, adoptive to the named partner only', () => {
    const ged = ['0 HEAD', '0 @M@ INDI', '0 @S@ INDI', '0 @K@ INDI', '1 ADOP', '2 DATE 5 MAY 2015', '2 FAMC @F1@', '3 ADOP HUSB',
      '0 @F1@ FAM', '1 HUSB @S@', '1 WIFE @M@', '0 TRLR'].join('\n');
    const { document } = imported(ged);
    expect(document.parentLinks.map((l) => [l.parent, l.kind, l.from])).toEqual([
      ['p_S', 'adoptive', { year: 2015, month: 5, day: 5 }],
      ['p_M', 'birth', undefined],
    ]);
  });

  it('MARR TYPE: civil partnership or union is a civil partnership; a civil marriage is a marriage', () => {
    const fam = (type: string) => ['0 HEAD', '0 @A@ INDI', '0 @B@ INDI', '0 @F@ FAM', '1 HUSB @A@', '1 WIFE @B@', '1 MARR', `2 TYPE ${type}`, '0 TRLR'].join('\n');
    const typeOf = (type: string) => imported(fam(type)).document.partnerships[0]!.events[0]!.type;
    expect(typeOf('Civil Partnership')).toBe('civil-partnership');
    expect(typeOf('civil union')).toBe('civil-partnership');
    expect(typeOf('Civil')).toBe('married');
    expect(typeOf('Religious')).toBe('married');
    expect(typeOf('Common law')).toBe('cohabiting');
  });

  it('5.5.1 lowercase PEDI; SEALING and OTHER kept as birth links with a warning; _FREL Step is no parent link', () => {
    const { document, summary } = imported(own('pedigree551.ged'));
    const kinds = document.parentLinks.map((l) => `${l.parent}>${l.child}:${l.kind}`);
    expect(kinds).toEqual([
      'p_P2>p_C1:birth', 'p_P1>p_C1:birth',
      'p_P2>p_C2:adoptive', 'p_P1>p_C2:adoptive',
      'p_P1>p_C3:birth',
      'p_P2>p_C4:birth', 'p_P1>p_C4:birth',
    ]);
    expect(summary.warnings.filter((w) => /has no equivalent; imported as a birth link/.test(w.message)).map((w) => w.line)).toEqual([14, 25]);
    expect(summary.skipped.some((s) => s.line === 32 && /step-parent is not a parent/.test(s.message))).toBe(true);
  });

  it('a partner named only by FAMS is taken into the family, with a warning', () => {
    const ged = ['0 HEAD', '0 @A@ INDI', '1 FAMS @F1@', '0 @B@ INDI', '1 FAMS @F1@', '1 FAMS @F9@', '0 @K@ INDI', '0 @F1@ FAM', '1 WIFE @B@', '1 CHIL @K@', '0 TRLR'].join('\n');
    const { document, summary } = imported(ged);
    expect(document.partnerships.map((p) => [p.a, p.b])).toEqual([['p_A', 'p_B']]);
    expect(document.parentLinks.map((l) => l.parent)).toEqual(['p_A', 'p_B']);
    expect(summary.warnings.map((w) => w.line)).toEqual([3]);
    expect(summary.skipped.map((s) => s.line)).toEqual([6]);
  });

  it('CONC and CONT join notes; CRLF and CR-only line ends', () => {
    const { document } = imported(own('concont.ged'));
    expect(document.persons[0]!.notes).toBe('First part continues here\nsecond line');
    expect(imported(own('cr-only.ged')).document.persons[0]!.givenNames).toBe('Cr');
  });

  it('decodes ANSEL (diacritics after the base letter), UTF-16 LE/BE and CP1252', () => {
    const ansel = imported(own('ansel.ged'));
    expect(ansel.summary.encoding).toBe('ANSEL');
    expect(ansel.document.persons.map((p) => `${p.givenNames} ${p.familyName}`)).toEqual(['José Müller', 'Łukasz François']);
    for (const file of ['utf16le.ged', 'utf16be.ged']) {
      expect(imported(own(file)).document.persons[0]).toMatchObject({ givenNames: 'Zoë', familyName: 'Brontë' });
    }
    const cp = imported(own('cp1252.ged'));
    expect(cp.summary.encoding).toBe('CP1252');
    expect(cp.document.persons[0]).toMatchObject({ givenNames: 'Renée', familyName: 'Müller' });
  });

  it('RESI are offered as households, dated or not, applied only when asked', () => {
    const ged = [
      '0 HEAD', '0 @I1@ INDI', '1 NAME A /X/', '1 RESI', '2 DATE FROM 2010 TO 2015', '2 ADDR 1 High St',
      '0 @I2@ INDI', '1 NAME B /X/', '1 RESI', '2 DATE FROM 2012', '2 ADDR 1 high  st', '1 RESI', '2 ADDR undated place',
      '0 TRLR',
    ].join('\n');
    const result = imported(ged);
    expect(result.document.households).toEqual([]);
    expect(result.suggestions.households.map((h) => h.household.members)).toEqual([
      [{ person: 'p_I1', from: { year: 2010 }, to: { year: 2015 } }, { person: 'p_I2', from: { year: 2012 } }],
      [{ person: 'p_I2' }],
    ]);
    const applied = importGedcom(ged, { applyHouseholds: true });
    expect(applied.ok && applied.document.households).toHaveLength(2);
  });
});

describe('importGedcom bad input ends in a clear message', () => {
  it('a garbage line is left out and listed under Skipped with its line; the rest is read', () => {
    const result = imported(own('garbage.ged'));
    expect(result.document.persons.map((p) => p.givenNames)).toEqual(['Good']);
    expect(result.summary.skipped).toContainEqual({ line: 6, message: expect.stringMatching(/^not a GEDCOM line .*"this line is not gedcom"$/) });
  });

  it('a line a level too deep goes with the lines under it, as one skipped item; the next record is read', () => {
    const text = ['0 HEAD', '0 @I1@ INDI', '1 NAME Ann /Lee/', '1 BIRT', '3 DATE 1990', '4 TIME 10:00', '1 SEX F', '0 @I2@ INDI', '1 NAME Bob /Lee/', '0 TRLR'].join('\n');
    const result = imported(new TextEncoder().encode(text));
    expect(result.document.persons.map((p) => [p.givenNames, p.gender])).toEqual([['Ann', 'female'], ['Bob', 'unknown']]);
    expect(result.summary.skipped).toContainEqual({ line: 5, message: expect.stringMatching(/^a jump from level 1 to level 3: "3 DATE 1990"; left out with the line under it \(to line 6\)$/) });
  });

  it('more than 20 unreadable lines: refused, each named by its line', () => {
    const result = importGedcom(new TextEncoder().encode(`0 HEAD\n${'%%%\n'.repeat(25)}0 TRLR\n`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.slice(0, 20).map((e) => e.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(result.errors[20]).toMatchObject({ line: 22, message: expect.stringMatching(/not a GEDCOM file, or it is badly damaged/) });
  });

  it('binary data is refused with the line', () => {
    const result = importGedcom(own('binary.ged'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 3, message: expect.stringMatching(/binary/) });
  });

  it('a truncated file imports what it holds and warns at the last line', () => {
    const result = imported(own('truncated.ged'));
    expect(result.summary.warnings.some((w) => /truncated/.test(w.message))).toBe(true);
    expect(result.document.persons).toHaveLength(4);
  });

  it('over the size limit is refused, saying the limit', () => {
    const result = importGedcom(own('remarriage.ged'), { maxBytes: 100 });
    expect(result).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/over 0 MB are refused|refused/) }] });
  });

  it('records whose header was lost are read, with a warning at line 1', () => {
    const result = imported(new TextEncoder().encode('0 @I1@ INDI\n1 NAME John /Doe/\n0 TRLR\n'));
    expect(result.document.persons.map((p) => p.givenNames)).toEqual(['John']);
    expect(result.summary.warnings[0]).toMatchObject({ line: 1, message: expect.stringMatching(/no header/) });
  });

  it('not a GEDCOM file at all, and an empty file', () => {
    expect(importGedcom('{"persons": []}')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(importGedcom(new Uint8Array())).toMatchObject({ ok: false, errors: [{ message: 'The file is empty.' }] });
  });

  it('wrongly encoded: a UTF-8 header over Windows-1252 bytes falls back, with a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ren'), 0xe9, ...new TextEncoder().encode('e\n0 TRLR\n')]);
    const result = imported(bytes);
    expect(result.document.persons[0]!.givenNames).toBe('Renée');
    expect(result.summary.warnings[0]!.message).toMatch(/not valid UTF-8.*line 4/);
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      const bytes = new Uint8Array(64).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
      const text = `0 HEAD\n${Array.from(bytes, (b) => String.fromCharCode(b)).join('')}`;
      expect(() => importGedcom(text)).not.toThrow();
      expect(() => importGedcom(bytes)).not.toThrow();
    }
  });
});
