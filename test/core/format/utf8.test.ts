import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstBadUtf8Byte } from '../../../src/core/format/utf8';

const utf8 = (text: string) => new TextEncoder().encode(text);
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('decodeUtf8', () => {
  it('names the byte offset and line of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('{\n  "title": "Smith fam'), 0xe9, ...utf8('ly"\n}')]);
    const result = decodeUtf8(bytes);
    expect(result).toMatchObject({ ok: false, offset: 23, line: 2, byte: 0xe9 });
    if (!result.ok) expect(result.message).toBe('The file is not UTF-8 text: the first bad byte is 0xE9 at byte offset 23 (line 2).');
  });

  it('counts lines ended by LF, CRLF and CR, and offsets past a thousand with separators', () => {
    const bytes = new Uint8Array([...utf8(`a\r\nb\rc\n${'x'.repeat(2000)}`), 0xff]);
    const result = decodeUtf8(bytes);
    expect(result).toMatchObject({ ok: false, offset: 2007, line: 4 });
    if (!result.ok) expect(result.message).toContain('byte offset 2,007 (line 4)');
  });

  it('says when the file ends inside a character', () => {
    const bytes = utf8('Zoë').subarray(0, 3);
    const result = decodeUtf8(bytes);
    expect(result).toMatchObject({ ok: false, offset: 3, line: 1 });
    if (!result.ok) expect(result.message).toContain('ends inside a character');
  });

  it('reads UTF-8 text whole, a byte-order mark dropped', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"ü"}')]))).toEqual({ ok: true, text: '{"a":"ü"}' });
  });

  it('finds a bad byte exactly when the browser refuses the bytes, and after any valid start', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(firstBadUtf8Byte(bytes) === -1).toBe(isUtf8(bytes));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(0x80, 0xc0, 0xc1, 0xf5, 0xff), (text, bad) => {
        const start = utf8(text);
        expect(firstBadUtf8Byte(new Uint8Array([...start, bad, 0x41]))).toBe(start.length);
      }),
    );
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF at their first byte', () => {
    for (const seq of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(firstBadUtf8Byte(new Uint8Array([0x41, ...seq]))).toBe(1);
    }
  });
});
