import { describe, expect, it } from 'vitest';
import { COMBINING, SPACING, decodeAnsel } from '../../../src/core/gedcom/ansel';
import { decodeGedcomBytes } from '../../../src/core/gedcom/decode';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** The inverse of decodeAnsel, which the app never needs (it writes no ANSEL), to make test bytes: base letter, then its marks before it. */
function encodeAnsel(text: string): Uint8Array {
  const toByte = new Map<string, number>();
  for (const [k, v] of Object.entries(SPACING)) if (!toByte.has(v)) toByte.set(v, Number(k));
  const markByte = new Map<string, number>();
  for (const [k, v] of Object.entries(COMBINING)) markByte.set(v, Number(k));
  const bytes: number[] = [];
  const chars = Array.from(text.normalize('NFD'));
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const marks: number[] = [];
    while (i + 1 < chars.length && markByte.has(chars[i + 1]!)) marks.push(markByte.get(chars[++i]!)!);
    bytes.push(...marks);
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(toByte.get(ch.normalize('NFC')) ?? 0x3f);
  }
  return Uint8Array.from(bytes);
}

describe('decodeAnsel', () => {
  it('moves combining marks after their base letter and composes them', () => {
    expect(decodeAnsel(Uint8Array.from([...ascii('Andr'), 0xe2, ...ascii('e')])).text).toBe('André');
    expect(decodeAnsel(Uint8Array.from([0xf0, ...ascii('c'), 0xe8, ...ascii('a')])).text).toBe('çä');
    expect(decodeAnsel(Uint8Array.from([0xa1, 0xb2, 0xc7])).text).toBe('Łøß');
  });

  it('two marks on one letter, a mark before a line break, and undefined bytes', () => {
    expect(decodeAnsel(Uint8Array.from([0xe8, 0xe2, ...ascii("u")])).text).toBe('ǘ');
    expect(decodeAnsel(Uint8Array.from([...ascii('a'), 0xe2, 0x0a, ...ascii('b')])).text.split('\n')[1]).toBe('b');
    expect(decodeAnsel(Uint8Array.from([0x80, ...ascii('x')]))).toEqual({ text: '\ufffdx', undefinedBytes: 1 });
  });

  it('encodeAnsel is its inverse for accented Latin names', () => {
    for (const name of ['José Müller', 'Łukasz Żółć', 'François Ørsted', 'Dvořák']) expect(decodeAnsel(encodeAnsel(name)).text).toBe(name);
  });
});

describe('decodeGedcomBytes', () => {
  const text = '0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Zoë\n0 TRLR\n';
  it('honours byte-order marks', () => {
    expect(decodeGedcomBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toMatchObject({ ok: true, encoding: 'UTF-8', text });
    const le = Uint8Array.from([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeGedcomBytes(le)).toMatchObject({ ok: true, encoding: 'UTF-16LE', text });
    const be = Uint8Array.from([0xfe, 0xff, ...Array.from(text).flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeGedcomBytes(be)).toMatchObject({ ok: true, encoding: 'UTF-16BE', text });
  });

  it('UTF-16 without a mark is recognised from "0 HEAD"', () => {
    const le = Uint8Array.from(Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeGedcomBytes(le)).toMatchObject({ ok: true, encoding: 'UTF-16LE', text });
  });

  it('a file that says ANSEL but is UTF-8 is read as UTF-8 with a warning', () => {
    const bytes = new TextEncoder().encode(text.replace('UTF-8', 'ANSEL'));
    const r = decodeGedcomBytes(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'UTF-8' });
    expect(r.ok && r.warnings[0]).toMatch(/says ANSEL/);
  });

  it('a UTF-8 file cut inside its last character is still read as UTF-8', () => {
    const full = new TextEncoder().encode('0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Zoë Brontë');
    const cut = full.subarray(0, full.length - 1);
    const r = decodeGedcomBytes(cut);
    expect(r).toMatchObject({ ok: true, encoding: 'UTF-8' });
    expect(r.ok && r.text.endsWith('Zoë Bront')).toBe(true);
  });

  it('Mac Roman when the header says MACINTOSH', () => {
    const bytes = Uint8Array.from([...ascii('0 HEAD\n1 CHAR MACINTOSH\n0 @I1@ INDI\n1 NAME Ren'), 0x8e, ...ascii('e\n0 TRLR\n')]);
    const r = decodeGedcomBytes(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'MACINTOSH' });
    expect(r.ok && r.text).toContain('Renée');
  });

  it('refuses empty, binary and broken UTF-16 input with a message', () => {
    expect(decodeGedcomBytes(new Uint8Array())).toMatchObject({ ok: false, message: 'The file is empty.' });
    expect(decodeGedcomBytes(Uint8Array.from([...ascii('0 HEAD\n1 X\n'), 0, 1, 2]))).toMatchObject({ ok: false, line: 3 });
    expect(decodeGedcomBytes(Uint8Array.from([0xff, 0xfe, 0x30]))).toMatchObject({ ok: false, message: expect.stringMatching(/odd number of bytes/) });
  });
});
