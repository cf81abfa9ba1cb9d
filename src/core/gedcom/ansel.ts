// ANSEL (ANSI Z39.47) as used by GEDCOM 5.5 and 5.5.1.
// Combining diacritics come BEFORE the base letter in ANSEL but AFTER it in Unicode,
// so they are held back and emitted after the next character, then the text is NFC-composed.

/** ANSEL's spacing characters above ASCII, by byte. */
export const SPACING: Record<number, string> = {
  0xa1: '\u0141', 0xa2: '\u00d8', 0xa3: '\u0110', 0xa4: '\u00de', 0xa5: '\u00c6', 0xa6: '\u0152',
  0xa7: '\u02b9', 0xa8: '\u00b7', 0xa9: '\u266d', 0xaa: '\u00ae', 0xab: '\u00b1', 0xac: '\u01a0',
  0xad: '\u01af', 0xae: '\u02bc', 0xb0: '\u02bb', 0xb1: '\u0142', 0xb2: '\u00f8', 0xb3: '\u0111',
  0xb4: '\u00fe', 0xb5: '\u00e6', 0xb6: '\u0153', 0xb7: '\u02ba', 0xb8: '\u0131', 0xb9: '\u00a3',
  0xba: '\u00f0', 0xbc: '\u01a1', 0xbd: '\u01b0', 0xbe: '\u25a1', 0xbf: '\u25a0', 0xc0: '\u00b0',
  0xc1: '\u2113', 0xc2: '\u2117', 0xc3: '\u00a9', 0xc4: '\u266f', 0xc5: '\u00bf', 0xc6: '\u00a1',
  // 0xC7 and 0xCF are both used for sharp s by GEDCOM writers; 0xC8 is the euro sign (MARC 21).
  0xc7: '\u00df', 0xc8: '\u20ac', 0xcf: '\u00df',
};

/** ANSEL's combining marks, by byte. */
export const COMBINING: Record<number, string> = {
  0xe0: '\u0309', 0xe1: '\u0300', 0xe2: '\u0301', 0xe3: '\u0302', 0xe4: '\u0303', 0xe5: '\u0304',
  0xe6: '\u0306', 0xe7: '\u0307', 0xe8: '\u0308', 0xe9: '\u030c', 0xea: '\u030a', 0xeb: '\ufe20',
  0xec: '\ufe21', 0xed: '\u0315', 0xee: '\u030b', 0xef: '\u0310', 0xf0: '\u0327', 0xf1: '\u0328',
  0xf2: '\u0323', 0xf3: '\u0324', 0xf4: '\u0325', 0xf5: '\u0333', 0xf6: '\u0332', 0xf7: '\u0326',
  0xf8: '\u031c', 0xf9: '\u032e', 0xfa: '\ufe22', 0xfb: '\ufe23', 0xfe: '\u0313',
};

const SPACING_UNIT: (number | undefined)[] = [];
for (const [byte, ch] of Object.entries(SPACING)) SPACING_UNIT[Number(byte)] = ch.charCodeAt(0);
const COMBINING_UNIT: (number | undefined)[] = [];
for (const [byte, ch] of Object.entries(COMBINING)) COMBINING_UNIT[Number(byte)] = ch.charCodeAt(0);

export interface AnselDecoding {
  text: string;
  /** Bytes that ANSEL does not define, replaced by U+FFFD. */
  undefinedBytes: number;
}

export function decodeAnsel(bytes: Uint8Array): AnselDecoding {
  // Every ANSEL byte becomes one UTF-16 unit (all targets are in the BMP), so one buffer the size of the input holds the text.
  const units = new Uint16Array(bytes.length);
  let length = 0;
  const pending: number[] = [];
  let undefinedBytes = 0;
  const flush = () => {
    for (const mark of pending) units[length++] = mark;
    pending.length = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      // A diacritic never sits on a line break: flush it rather than moving it to the next line.
      if (b === 0x0a || b === 0x0d) flush();
      units[length++] = b;
      flush();
      continue;
    }
    const combining = COMBINING_UNIT[b];
    if (combining !== undefined) {
      pending.push(combining);
      continue;
    }
    const spacing = SPACING_UNIT[b];
    if (spacing === undefined) undefinedBytes++;
    units[length++] = spacing ?? 0xfffd;
    flush();
  }
  flush();
  // Uint16Array holds platform-endian units; every platform JavaScript runs on is little-endian.
  const text = new TextDecoder('utf-16le').decode(units.subarray(0, length));
  return { text: text.normalize('NFC'), undefinedBytes };
}
