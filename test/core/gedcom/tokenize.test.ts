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

  it('leaves out, by number, a line of garbage, a level jump with the lines under it, and lines before any record, and reads on', () => {
    const garbage = tokenizeGedcom('0 HEAD\nnot gedcom\n1 SOUR X\n0 TRLR');
    expect(garbage).toMatchObject({ ok: true, unreadable: [{ line: 2, message: expect.stringContaining('not a GEDCOM line') }] });
    expect(garbage.ok && garbage.records[0]!.children.map((c) => c.tag)).toEqual(['SOUR']);
    const jump = tokenizeGedcom('0 HEAD\n2 VERS 5\n3 X y\n1 SOUR X\n0 TRLR');
    expect(jump).toMatchObject({ ok: true, unreadable: [{ line: 2, message: expect.stringMatching(/^a jump from level 0 to level 2: "2 VERS 5"; left out with the line under it \(to line 3\)$/) }] });
    expect(jump.ok && jump.records.map((r) => [r.tag, r.children.map((c) => c.tag)])).toEqual([['HEAD', ['SOUR']], ['TRLR', []]]);
    const early = tokenizeGedcom('1 NAME x\n2 GIVN x\n0 HEAD\n0 TRLR');
    expect(early).toMatchObject({ ok: true, unreadable: [{ line: 1 }] });
    expect(early.ok && early.records.map((r) => r.tag)).toEqual(['HEAD', 'TRLR']);
  });

  it('refuses a file with more than 20 unreadable lines rather than listing all of them', () => {
    const r = tokenizeGedcom(`0 HEAD\n${'garbage\n'.repeat(1000)}`);
    expect(r.ok === false && r.errors.length).toBe(21);
    expect(r.ok === false && r.errors[20]!.message).toMatch(/reading stopped here/);
  });

  it('pointerOf tells pointers, @VOID@ and non-pointers apart', () => {
    expect(pointerOf('@I1@')).toEqual({ kind: 'pointer', xref: 'I1' });
    expect(pointerOf('@VOID@')).toEqual({ kind: 'void' });
    expect(pointerOf('I1')).toEqual({ kind: 'none' });
    expect(pointerOf(undefined)).toEqual({ kind: 'none' });
  });
});
