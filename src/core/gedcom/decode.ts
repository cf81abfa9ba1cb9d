import { decodeAnsel } from './ansel';

export type GedcomEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'ANSEL' | 'CP1252' | 'MACINTOSH' | 'ASCII';

export type DecodeResult =
  | { ok: true; text: string; encoding: GedcomEncoding; warnings: string[] }
  | { ok: false; message: string; line?: number };

/**
 * Turns the bytes of a GEDCOM file into text. A byte-order mark wins; otherwise the
 * header's CHAR line is honoured, with a fallback when the bytes contradict it
 * (files that say ANSEL but hold UTF-8 or Windows text are common).
 */
export function decodeGedcomBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), 'UTF-8', []);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'UTF-16BE');
  // UTF-16 without a byte-order mark: "0 HEAD" has a zero byte beside every ASCII letter.
  if (bytes.length >= 4 && bytes[0] === 0x30 && bytes[1] === 0 && bytes[2] === 0x20 && bytes[3] === 0) {
    return utf16(bytes, 'UTF-16LE');
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x30 && bytes[2] === 0 && bytes[3] === 0x20) {
    return utf16(bytes, 'UTF-16BE');
  }
  const binary = findBinaryByte(bytes);
  if (binary !== undefined) {
    return {
      ok: false,
      line: lineOfByte(bytes, binary),
      message: `This is not a GEDCOM text file: it holds binary data (byte 0x${bytes[binary]!.toString(16).padStart(2, '0')} at offset ${binary}).`,
    };
  }
  const declared = declaredCharset(bytes);
  const hasHighBytes = bytes.some((b) => b >= 0x80);
  if (!hasHighBytes) return { ok: true, text: latin(bytes), encoding: declared === 'UTF-8' ? 'UTF-8' : 'ASCII', warnings: [] };
  const utf8Text = tryUtf8(bytes);
  switch (declared) {
    case 'ANSEL': {
      if (utf8Text !== undefined) {
        return { ok: true, text: utf8Text, encoding: 'UTF-8', warnings: ['The header says ANSEL but the file is UTF-8; it was read as UTF-8.'] };
      }
      const { text, undefinedBytes } = decodeAnsel(bytes);
      const warnings = undefinedBytes > 0 ? [`${undefinedBytes} byte(s) are not ANSEL characters and were replaced by \uFFFD.`] : [];
      return { ok: true, text, encoding: 'ANSEL', warnings };
    }
    case 'MACINTOSH':
      if (utf8Text !== undefined) {
        return { ok: true, text: utf8Text, encoding: 'UTF-8', warnings: ['The header says MACINTOSH but the file is UTF-8; it was read as UTF-8.'] };
      }
      return { ok: true, text: new TextDecoder('macintosh').decode(bytes), encoding: 'MACINTOSH', warnings: [] };
    case 'CP1252':
    case 'ASCII':
      if (utf8Text !== undefined) {
        return { ok: true, text: utf8Text, encoding: 'UTF-8', warnings: [`The header says ${declared} but the file is UTF-8; it was read as UTF-8.`] };
      }
      return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'CP1252', warnings: declared === 'ASCII' ? ['The header says ASCII but the file has non-ASCII bytes; they were read as Windows-1252.'] : [] };
    case 'UTF-16':
    case 'UTF-8':
    case undefined:
    default:
      if (utf8Text !== undefined) return { ok: true, text: utf8Text, encoding: 'UTF-8', warnings: [] };
      return {
        ok: true,
        text: new TextDecoder('windows-1252').decode(bytes),
        encoding: 'CP1252',
        warnings: [
          `The file is not valid UTF-8${declared ? ` although its header says ${declared}` : ''} (first bad byte on line ${lineOfByte(bytes, firstInvalidUtf8(bytes))}); it was read as Windows-1252: check accented names.`,
        ],
      };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeResult {
  if (bytes.length % 2 !== 0) {
    return { ok: false, message: `The file says it is ${encoding} but has an odd number of bytes: it is truncated or not UTF-16.` };
  }
  try {
    const text = new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding, warnings: [] };
  } catch {
    return { ok: false, message: `The file says it is ${encoding} but its bytes are not valid ${encoding}.` };
  }
}

function utf8(bytes: Uint8Array, encoding: GedcomEncoding, warnings: string[]): DecodeResult {
  const text = tryUtf8(bytes);
  if (text !== undefined) return { ok: true, text, encoding, warnings };
  const bad = firstInvalidUtf8(bytes);
  return {
    ok: false,
    line: lineOfByte(bytes, bad),
    message: `The file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line ${lineOfByte(bytes, bad)}).`,
  };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // A file cut off inside its last character is still UTF-8: drop the partial character
    // (the missing TRLR then reports the truncation) rather than misreading every accent.
    const bad = firstInvalidUtf8(bytes);
    if (bad < bytes.length - 3 || !isIncompleteUtf8Tail(bytes.subarray(bad))) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, bad));
    } catch {
      return undefined;
    }
  }
}

/** The first bytes of a multi-byte character, with the rest missing. */
function isIncompleteUtf8Tail(tail: Uint8Array): boolean {
  const lead = tail[0];
  if (lead === undefined) return false;
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
  if (need < 0 || tail.length > need) return false;
  for (let k = 1; k < tail.length; k++) if ((tail[k]! & 0xc0) !== 0x80) return false;
  return true;
}

function latin(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** A NUL or other control byte that no text file holds (tab, CR, LF and form feed are allowed). */
function findBinaryByte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) return i;
  }
  return undefined;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

type DeclaredCharset = 'ANSEL' | 'UTF-8' | 'UTF-16' | 'CP1252' | 'MACINTOSH' | 'ASCII';

/** Reads "1 CHAR …" from the header (only ASCII matters there). 7.0 files are UTF-8 by definition. */
function declaredCharset(bytes: Uint8Array): DeclaredCharset | undefined {
  const head = latin(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const headerEnd = head.search(/[\r\n]\s*0\s/);
  const header = headerEnd >= 0 ? head.slice(0, headerEnd) : head;
  if (/[\r\n]\s*2\s+VERS\s+7\./.test(header)) return 'UTF-8';
  const m = /[\r\n]\s*1\s+CHAR\s+([^\r\n]*)/i.exec(header);
  if (!m) return undefined;
  const name = m[1]!.trim().toUpperCase().replace(/[\s_]/g, '-');
  if (name === 'ANSEL') return 'ANSEL';
  if (name === 'UTF-8' || name === 'UTF8') return 'UTF-8';
  if (name === 'UNICODE' || name.startsWith('UTF-16')) return 'UTF-16';
  if (name === 'ASCII' || name === 'US-ASCII') return 'ASCII';
  if (name === 'MACINTOSH' || name === 'MACROMAN' || name === 'MAC-ROMAN') return 'MACINTOSH';
  // ANSI, WINDOWS-1252, CP1252, ISO-8859-1, LATIN1, IBMPC: Windows-1252 reads all of them acceptably.
  return 'CP1252';
}
