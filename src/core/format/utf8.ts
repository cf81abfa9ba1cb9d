// A .genogram.json file must be UTF-8. When it is not, the message names the first bad
// byte: its offset from the start of the file (counting from 0) and its line, as the GEDCOM
// reader does.

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; line: number; byte: number; message: string };

/** Decodes UTF-8 (a leading byte-order mark dropped), or names where the first byte that is not UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const found = firstBadUtf8Byte(bytes);
    const offset = found < 0 ? 0 : found;
    const line = lineAt(bytes, offset);
    const byte = bytes[offset] ?? 0;
    const hex = `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
    const at = `offset ${offset.toLocaleString('en-GB')} (line ${line})`;
    const message = offset >= bytes.length ? `The file is not UTF-8 text: it ends inside a character, at byte ${at}.` : `The file is not UTF-8 text: the first bad byte is ${hex} at byte ${at}.`;
    return { ok: false, offset, line, byte, message };
  }
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF): the
 * start of a broken sequence, bytes.length when the file ends inside one, -1 when all is well.
 */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return bytes.length;
      const c = bytes[i + k]!;
      // A sequence broken part way: its first byte is where the bad text starts.
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The line (from 1) the byte at offset stands on: LF, CRLF and CR end lines. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
