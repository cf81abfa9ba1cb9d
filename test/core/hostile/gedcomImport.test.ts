// Hostile input for the GEDCOM importer: thousands of mutated fixtures and
// generated files. Whatever comes in, the importer answers (never throws,
// never hangs), every refusal carries a message, and every acceptance is a
// document whose references all resolve.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { integrityProblems } from './documentIntegrity';
import { byteMutation, lineEnding, lineMutation, splitLines } from './mutate';

// shared/ sits beside the repository, here and in CI's fresh clone.
const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);
const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const small = ['family2.ged', 'maximal70.ged'].map((name) => ({ name, text: fixtureText(name) }));
const kennedy = { name: 'kennedy.ged', text: fixtureText('kennedy.ged') };
const royal = { name: 'royal92.ged', bytes: new Uint8Array(readFileSync(new URL('royal92.ged', FIXTURES))) };

/** Generous: the slowest fixture (royal92, 500 KB) imports in well under a second. */
const TIME_LIMIT_MS = 5_000;
/** The importer's own last-resort message: seeing it means an exception escaped its logic. */
const INTERNAL_FAILURE = /could not be read: /;

// expect().toEqual on half a megabyte of bytes costs seconds; a plain loop costs nothing.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function checkImport(input: string | Uint8Array, label: string): void {
  const before = typeof input === 'string' ? undefined : input.slice();
  const started = performance.now();
  const result = importGedcom(input);
  const elapsed = performance.now() - started;
  expect(elapsed, `${label}: took ${elapsed.toFixed(0)} ms`).toBeLessThan(TIME_LIMIT_MS);
  if (before) expect(sameBytes(before, input as Uint8Array), `${label}: the input bytes were changed`).toBe(true);
  if (result.ok) {
    expect(integrityProblems(result.document), label).toEqual([]);
    for (const issue of [...result.summary.skipped, ...result.summary.warnings]) {
      expect(typeof issue.message === 'string' && issue.message.length > 0, `${label}: empty issue message`).toBe(true);
    }
  } else {
    expect(result.errors.length, `${label}: refused without a message`).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.message.trim().length, `${label}: empty error message`).toBeGreaterThan(0);
      expect(error.message, `${label}: internal failure`).not.toMatch(INTERNAL_FAILURE);
      if (error.line !== undefined) expect(Number.isInteger(error.line) && error.line >= 1, `${label}: bad line ${error.line}`).toBe(true);
    }
  }
}

describe('the integrity check itself', () => {
  it('finds dangling references and duplicate ids', () => {
    const doc = {
      id: 'd',
      settings: { title: '', notation: {} },
      persons: [{ id: 'p1', gender: 'female' }, { id: 'p1', gender: 'male' }],
      partnerships: [{ id: 'u1', a: 'p1', b: 'p9', kind: 'partnership', events: [] }],
      parentLinks: [],
      multipleBirths: [],
      relationships: [],
      households: [],
    } as unknown as Parameters<typeof integrityProblems>[0];
    expect(integrityProblems(doc)).toEqual(['duplicate id p1', 'partnership u1 refers to missing person p9']);
  });
});

describe('GEDCOM import under hostile input', () => {
  it('answers every line-level mutation of the small fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...small), fc.array(lineMutation, { minLength: 1, maxLength: 5 }), lineEnding, (fixture, mutations, eol) => {
        const lines = mutations.reduce((acc, mutate) => mutate(acc), splitLines(fixture.text));
        checkImport(lines.join(eol), `${fixture.name} with ${mutations.length} line mutations`);
      }),
      { numRuns: 1500 },
    );
  });

  it('answers every byte-level mutation of the small fixtures (bit rot, truncation, garbage)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...small), fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (fixture, mutations) => {
        const bytes = mutations.reduce<Uint8Array>((acc, mutate) => mutate(acc), new TextEncoder().encode(fixture.text));
        checkImport(bytes, `${fixture.name} with ${mutations.length} byte mutations`);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers mutations of kennedy.ged (UTF-8 with BOM, 208 persons)', () => {
    fc.assert(
      fc.property(fc.array(lineMutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const lines = mutations.reduce((acc, mutate) => mutate(acc), splitLines(kennedy.text));
        checkImport(lines.join('\n'), `kennedy.ged with ${mutations.length} line mutations`);
      }),
      { numRuns: 150 },
    );
  });

  it('answers byte mutations of royal92.ged (ASCII, 3,010 persons) in bounded time', () => {
    fc.assert(
      fc.property(byteMutation, (mutate) => checkImport(mutate(royal.bytes), 'royal92.ged with a byte mutation')),
      { numRuns: 40 },
    );
  });

  it('answers generated files built from GEDCOM-like lines', () => {
    const xref = fc.constantFrom('@I1@', '@I2@', '@I3@', '@F1@', '@F2@', '@N1@', '@VOID@');
    const tag = fc.constantFrom('INDI', 'FAM', 'NAME', 'SEX', 'BIRT', 'DEAT', 'DATE', 'FAMC', 'FAMS', 'HUSB', 'WIFE', 'CHIL', 'MARR', 'DIV', 'ENGA', 'ANUL', 'ADOP', 'PEDI', 'RESI', 'ADDR', 'PLAC', 'NOTE', 'CONC', 'CONT', 'TYPE', 'GIVN', 'SURN', 'CHAR', 'GEDC', 'VERS', 'TRLR', '_CUSTOM', 'X');
    const value = fc.oneof(
      xref,
      fc.constantFrom('M', 'F', 'X', 'U', 'Y', 'ABT 1900', 'BET 1850 AND 1860', 'FROM 1 JAN 1900 TO 2 FEB 1901', '31 FEB 2000', 'adopted', 'FOSTER', 'John /Smith/', '/', ''),
      fc.string({ maxLength: 40 }),
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.option(xref), tag, fc.option(value)).map(([level, x, t, v]) => [String(level), x, t, v].filter((part) => part !== null).join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 120 }), fc.boolean(), lineEnding, (body, trailer, eol) => {
        const text = ['0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8', ...body, ...(trailer ? ['0 TRLR'] : [])].join(eol);
        checkImport(text, 'a generated file');
      }),
      { numRuns: 1500 },
    );
  });

  it('answers arbitrary bytes and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 })), (input) =>
        checkImport(input, 'arbitrary input'),
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses, with a message, files over the size limit and deeply nested levels', () => {
    const result = importGedcom('0 HEAD\n' + '1 NOTE x\n'.repeat(200), { maxBytes: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/refused/);
    const deep = ['0 HEAD', '0 @I1@ INDI', ...Array.from({ length: 5000 }, (_, i) => `${i + 1} NOTE deep`), '0 TRLR'].join('\n');
    checkImport(deep, 'levels nested 5,000 deep');
  });
});
