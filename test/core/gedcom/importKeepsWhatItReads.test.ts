// GEDCOM import keeps what it reads: undated residences, couple status tags from common
// programs, every line not carried listed under Skipped with its line, and warnings that say
// exactly what was done. Each point shown with the summary's exact lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImportSuggestions, DEFAULT_SUGGESTION_CHOICE } from '../../../src/core/gedcom/applySuggestions';
import { describeImport } from '../../../src/core/gedcom/describeImport';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { runChecks } from '../../../src/core/checks/runChecks';
import { relationsToSubject } from '../../../src/core/kinship/relationTo';

const REVIEW = new Uint8Array(readFileSync(new URL('../../fixtures/gedcom/review-family.ged', import.meta.url)));

function imported(input: Uint8Array | string) {
  const result = importGedcom(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const head = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '0 @A@ INDI', '1 NAME Ann /Lee/', '1 SEX F', '0 @B@ INDI', '1 NAME Bob /Lee/', '1 SEX M'];
const family = (...lines: string[]) => [...head, '0 @F1@ FAM', '1 HUSB @B@', '1 WIFE @A@', ...lines, '0 TRLR'].join('\n');

describe('undated residences join a household, with unknown dates, ticked by default', () => {
  const { document, suggestions, summary } = imported(REVIEW);
  const taken = applyImportSuggestions(document, suggestions, DEFAULT_SUGGESTION_CHOICE);

  it('the great-aunt and her husband (RESI with an address, no date) live with the fostered half-brother', () => {
    const mill = taken.households.find((h) => h.label === '9 Mill Lane, Hull')!;
    expect(mill.members).toEqual([{ person: 'p_I6', from: { year: 2023, month: 9 } }, { person: 'p_I11' }, { person: 'p_I12' }]);
    expect(taken.multipleBirths.map((m) => m.members)).toEqual([['p_I3', 'p_I4']]);
    // So no check finds a three-year-old alone in that household.
    const subjectDoc = { ...taken, persons: taken.persons.map((p) => (p.id === 'p_I3' ? { ...p, subject: true } : p)) };
    expect(runChecks(subjectDoc, { year: 2024, month: 3, day: 1 }).filter((f) => f.checkId === 'household-without-adult')).toEqual([]);
  });

  it('without them, the check would have found the child alone (as the old import left him)', () => {
    const without = { ...taken, households: taken.households.map((h) => ({ ...h, members: h.members.filter((m) => m.person !== 'p_I11' && m.person !== 'p_I12') })) };
    expect(runChecks(without, { year: 2024, month: 3, day: 1 }).filter((f) => f.checkId === 'household-without-adult').map((f) => f.message)).toEqual([
      'Kai Hughes (2) is the only person living in "9 Mill Lane, Hull" from Sep 2023: no adult lives there then.',
    ]);
  });

  it('a residence with neither a date nor a place is listed as skipped, with its line', () => {
    const { summary: s } = imported([...head, '1 RESI', '0 TRLR'].join('\n'));
    expect(describeImport(s).skipped).toEqual(['line 10: person @B@ residence with neither a readable date nor an address or place: there is no household to put it in']);
  });

  it('the summary lists every line not carried, with its line: "Skipped" is never "none" while something was dropped', () => {
    expect(describeImport(summary).skipped).toEqual([
      'line 12: place (INDI BIRT PLAC) not carried into the document',
      'line 25: occupation (INDI OCCU) not carried into the document',
      'line 80: change date (INDI CHAN) not carried into the document',
      'line 115: source (INDI SOUR) not carried into the document',
      'line 158: 1 source record (SOUR) not carried into the document',
    ]);
  });

  it('the warnings say exactly what was done, and a FROM … TO period kept whole is not called "read as its start"', () => {
    expect(describeImport(summary).warnings).toEqual([
      'line 27: person @I2@ residence dated "2021" (a single date): taken as living there from then, with no end date',
      'line 128: family @F2@: "_STAT cohabiting" read as living together: living together added with no date',
      'line 157: family @F7@: "_STAT Friends" read as a short-term relationship (friends, dating): a start added with no date, drawn as a short-term relationship',
    ]);
    const oak = taken.households.find((h) => h.label === '14 Oak Road, Leeds')!;
    expect(oak.members.find((m) => m.person === 'p_I5')).toEqual({ person: 'p_I5', from: { year: 2022, month: 6 }, to: { year: 2023, month: 11 } });
  });

  it('relationships read as a reviewer writes them, from the imported family', () => {
    const relations = relationsToSubject(taken, 'p_I3', { year: 2024, month: 3, day: 1 });
    const term = (id: string) => relations.get(id)?.term;
    expect(term('p_I5')).toBe("mother's partner");
    expect(term('p_I6')).toBe('maternal half-brother');
    expect(term('p_I7')).toBe("mother's former husband");
    expect(term('p_I11')).toBe('maternal great-aunt; foster carer of maternal half-brother');
    expect(term('p_I12')).toBe("maternal great-aunt's husband; foster carer of maternal half-brother");
    expect(term('p_I4')).toBe('twin sister');
  });
});

describe('couple status tags from common programs map to partnership kinds and states', () => {
  const read = (...lines: string[]) => {
    const r = imported(family(...lines));
    return { partnership: r.document.partnerships[0]!, text: describeImport(r.summary) };
  };

  it('_STAT cohabiting: living together (no longer "no marriage or living together recorded")', () => {
    const { partnership, text } = read('1 _STAT cohabiting');
    expect(partnership).toMatchObject({ kind: 'partnership', events: [{ type: 'cohabiting' }] });
    expect(text.warnings).toEqual(['line 13: family @F1@: "_STAT cohabiting" read as living together: living together added with no date']);
    expect(text.skipped).toEqual([]);
  });

  it.each([
    [['1 _STAT Married'], 'partnership', ['married']],
    [['1 _STAT Divorced'], 'partnership', ['married', 'divorced']],
    [['1 MARR', '2 DATE 2001', '1 _STAT Divorced'], 'partnership', ['married', 'divorced']],
    [['1 _STAT Separated'], 'partnership', ['separated']],
    [['1 _STAT Partners'], 'partnership', []],
    [['1 _MSTAT Partners'], 'partnership', []],
    [['1 _STAT Friends'], 'transitory', ['started']],
    [['1 _STAT Civil Partnership'], 'partnership', ['civil-partnership']],
    [['1 _STAT Widowed'], 'partnership', ['married', 'widowed']],
    [['1 _STAT Engaged'], 'partnership', ['engaged']],
    [['1 _STAT Common Law'], 'partnership', ['cohabiting']],
    [['1 _STAT NEVER MARRIED'], 'partnership', []],
    [['1 _NMR'], 'partnership', []],
    [['1 _MARRIED Y'], 'partnership', ['married']],
    [['1 _MARRIED N'], 'partnership', []],
    [['1 NO MARR'], 'partnership', []],
    [['1 EVEN', '2 TYPE MYHERITAGE:REL_PARTNERS'], 'partnership', []],
    [['1 EVEN', '2 TYPE MYHERITAGE:REL_FRIENDS'], 'transitory', ['started']],
    [['1 _SEPR', '2 DATE 1930'], 'partnership', ['separated']],
  ])('%j → %s with %j', (lines, kind, events) => {
    const { partnership, text } = read(...lines);
    expect(partnership.kind).toBe(kind);
    expect(partnership.events.map((e) => e.type)).toEqual(events);
    expect(text.skipped).toEqual([]);
  });

  it('a dated MARR with "_STAT Divorced" keeps the date and adds only the divorce, saying so', () => {
    const { partnership, text } = read('1 MARR', '2 DATE 2001', '1 _STAT Divorced');
    expect(partnership.events).toEqual([{ type: 'married', date: { year: 2001 } }, { type: 'divorced' }]);
    expect(text.warnings).toEqual(['line 15: family @F1@: "_STAT Divorced" read as married, then divorced: a divorce added with no date']);
  });

  it('a status with no equivalent is listed under Skipped with its line; "never married" beside a marriage keeps the marriage, with a warning', () => {
    expect(read('1 _STAT Single').text.skipped).toEqual(['line 13: family @F1@: status "_STAT Single" has no equivalent; the couple is kept with the events recorded']);
    expect(read('1 MARR', '1 _NMR').text.warnings).toEqual(['line 14: family @F1@: "_NMR" says never married, but the family records a marriage; the marriage was kept']);
  });
});

describe('every line not carried is listed under Skipped, grouped, with all its lines', () => {
  it('names what each group holds and lists its lines; empty lines and the header are not listed', () => {
    const ged = [
      '0 HEAD', '1 SOUR X', '0 @A@ INDI', '1 NAME Ann /Lee/', '1 BIRT', '2 DATE 1990', '2 PLAC Leeds', '1 OCCU Nurse', '1 _UID 123',
      '0 @B@ INDI', '1 NAME Bob', '1 OCCU Driver', '1 BIRT', '2 PLAC Hull', '1 DEAT', '2 DATE', '0 @N9@ NOTE A note nobody uses', '0 @S1@ SOUR', '1 TITL X', '0 TRLR',
    ].join('\n');
    expect(describeImport(imported(ged).summary).skipped).toEqual([
      'line 7: place (INDI BIRT PLAC) not carried into the document',
      'line 8: occupation (INDI OCCU) not carried into the document: lines 8, 12',
      'line 9: unique id (INDI _UID) not carried into the document',
      'line 13: birth (INDI BIRT) not carried into the document',
      'line 17: 1 note record (NOTE) not carried into the document',
      'line 18: 1 source record (SOUR) not carried into the document',
    ]);
  });
});
