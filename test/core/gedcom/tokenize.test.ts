import { describe, expect, it } from 'vitest';
import { pointerOf, tokenizeGedcom } from '../../../src/core/gedcom/tokenize';

describe('tokenizeGedcom', () => {
  it('nests levels, keeps xrefs and values, folds CONC/CONT', () => {
    const r = tokenizeGedcom('0 HEAD\n0 @I1@ INDI\n1 NAME A /B/\n1 NOTE one \n2 CONC two\n2 CONT three\n2 CONT\n1 SEX F\n0 TRLR');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const indi = r.records[1]!;
    expect(indi).toMatchObject({ level: 0, xref: 'I1', tag: 'INDI', line: 2 });
    expect(indi.children.map((c) => [c.tag, c.value, c.line])).toEqual([
      ['NAME', 'A /B/', 3],
      ['NOTE', 'one two\nthree\n', 4],
      ['SEX', 'F', 8],
    ]);
  });

  it('accepts CRLF, CR, leading whitespace, blank lines, lowercase tags and @@ escapes', () => {
    const r = tokenizeGedcom('0 HEAD\r\n\r\n  1 sour X\r0 @N1@ NOTE @@home\n0 TRLR\n');
    expect(r.ok && r.records.map((n) => [n.tag, n.value, n.line])).toEqual([
      ['HEAD', undefined, 1],
      ['NOTE', '@home', 4],
      ['TRLR', undefined, 5],
    ]);
    expect(r.ok && r.records[0]!.children[0]).toMatchObject({ tag: 'SOUR', value: 'X', line: 3 });
  });

  it('names the line of garbage, a level jump, and a line before any record', () => {
    expect(tokenizeGedcom('0 HEAD\nnot gedcom\n0 TRLR')).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringContaining('line 2 is not a GEDCOM line') }] });
    expect(tokenizeGedcom('0 HEAD\n2 VERS 5\n0 TRLR')).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringContaining('jumps from level 0 to level 2') }] });
    expect(tokenizeGedcom('1 NAME x')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });

  it('stops after 20 errors rather than listing a whole broken file', () => {
    const r = tokenizeGedcom(`0 HEAD\n${'garbage\n'.repeat(1000)}`);
    expect(r.ok === false && r.errors.length).toBe(20);
  });

  it('pointerOf tells pointers, @VOID@ and non-pointers apart', () => {
    expect(pointerOf('@I1@')).toEqual({ kind: 'pointer', xref: 'I1' });
    expect(pointerOf('@VOID@')).toEqual({ kind: 'void' });
    expect(pointerOf('I1')).toEqual({ kind: 'none' });
    expect(pointerOf(undefined)).toEqual({ kind: 'none' });
  });
});
