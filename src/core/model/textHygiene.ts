// Text hygiene. Control characters other than tab and newline (NUL, escape, backspace, the C1
// controls, …) have no place in a genogram's text: they are removed on the way in (file import,
// typing), with a warning that says where. Bidirectional controls (the embeddings, overrides
// and isolates; the direction marks) are kept, since right-to-left names may need them, but
// every output puts text holding one inside an isolate of its own, closed off at its end, so
// an override can never run on into the text beside it (the age, the next cell, the next name).

/** C0 controls except tab and newline, DEL and the C1 controls; a carriage return (alone or before a newline) becomes a newline. */
const CONTROL = /\r\n?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export interface Cleaned {
  text: string;
  /** How many characters were removed. */
  removed: number;
  /** The removed characters as code points ("U+0000"), each once, in order of first appearance. */
  codes: string[];
}

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text without control characters other than tab and newline (CRLF and CR become a newline, and count as cleaned). */
export function removeControls(text: string): Cleaned {
  if (!ANY_CONTROL.test(text)) return { text, removed: 0, codes: [] };
  const codes: string[] = [];
  let removed = 0;
  const cleaned = text.replace(CONTROL, (ch) => {
    removed++;
    const code = codeOf(ch);
    if (!codes.includes(code)) codes.push(code);
    return ch.startsWith('\r') ? '\n' : '';
  });
  return { text: cleaned, removed, codes };
}

/** "2 control characters (U+0000, U+001B)": for warnings. */
export function describeRemoved(cleaned: Cleaned): string {
  return `${cleaned.removed} control character${cleaned.removed === 1 ? '' : 's'} (${cleaned.codes.join(', ')})`;
}

const LRE = '\u202a';
const RLE = '\u202b';
const PDF = '\u202c';
const LRO = '\u202d';
const RLO = '\u202e';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text holding a bidirectional control, put inside a first-strong isolate (FSI … PDI) with
 * every embedding, override and isolate it opens closed before the end: the controls act only
 * inside it (a PDI that closes nothing is left out: it would close that isolate). Text without
 * one, or already one isolate, is returned as it is.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text) || isIsolated(text)) return text;
  const open: string[] = [];
  let body = '';
  for (const ch of text) {
    if (ch === LRE || ch === RLE || ch === LRO || ch === RLO) open.push(PDF);
    else if (ch === LRI || ch === RLI || ch === FSI) open.push(PDI);
    else if (ch === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (ch === PDI) {
      // A PDI closes its isolate and any embedding opened inside it; one with no isolate open
      // would close the isolate round the text, so it is left out.
      const at = open.lastIndexOf(PDI);
      if (at < 0) continue;
      open.length = at;
    }
    body += ch;
  }
  return `${FSI}${body}${open.reverse().join('')}${PDI}`;
}

/**
 * Whether the text is one isolate already (it opens with an isolate whose PDI is its last
 * character): written once, it is not wrapped again (a GEDCOM or JSON round trip stays as it is).
 * Inside an isolate every embedding ends at its PDI, so nothing more is needed.
 */
function isIsolated(text: string): boolean {
  if (text.length < 2 || !(text.startsWith(FSI) || text.startsWith(LRI) || text.startsWith(RLI)) || !text.endsWith(PDI)) return false;
  let depth = 0;
  for (const ch of text.slice(1, -1)) {
    if (ch === LRI || ch === RLI || ch === FSI) depth++;
    else if (ch === PDI) {
      if (depth === 0) return false;
      depth--;
    }
  }
  return depth === 0;
}

/** Text as every output writes it: no control characters but tab and newline, bidirectional controls isolated. */
export function outputText(text: string): string {
  return isolateBidi(removeControls(text).text);
}

export interface TextCleaning {
  /** Where, as a path into the document ("persons[2].givenNames"). */
  path: string;
  cleaned: Cleaned;
}

/**
 * Every string in a value (a document, or part of one) without control characters other than
 * tab and newline; unchanged objects are kept, so a clean document comes back as it is. The
 * recursion follows the document's shape (a few levels), never its size.
 */
export function cleanText<T>(value: T, path = ''): { value: T; cleanings: TextCleaning[] } {
  const cleanings: TextCleaning[] = [];
  const walk = (v: unknown, at: string): unknown => {
    if (typeof v === 'string') {
      const cleaned = removeControls(v);
      if (cleaned.removed === 0) return v;
      cleanings.push({ path: at, cleaned });
      return cleaned.text;
    }
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const next = walk(v[i], `${at}[${i}]`);
        if (next !== v[i]) (copy ??= [...v])[i] = next;
      }
      return copy ?? v;
    }
    if (v !== null && typeof v === 'object') {
      let copy: Record<string, unknown> | undefined;
      for (const [key, item] of Object.entries(v)) {
        const next = walk(item, at ? `${at}.${key}` : key);
        if (next !== item) (copy ??= { ...(v as Record<string, unknown>) })[key] = next;
      }
      return copy ?? v;
    }
    return v;
  };
  return { value: walk(value, path) as T, cleanings };
}
