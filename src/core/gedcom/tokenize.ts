import { describeRemoved, removeControls } from '../model/textHygiene';
/** One GEDCOM line with its substructures; CONC and CONT are already folded into `value`. */
export interface GedcomNode {
  level: number;
  /** "@I1@" without the at-signs: "I1". */
  xref?: string;
  tag: string;
  /** The line's value, CONC/CONT joined; absent when the line has none. */
  value?: string;
  /** 1-based line number in the file. */
  line: number;
  children: GedcomNode[];
}

export type TokenizeResult =
  | { ok: true; records: GedcomNode[]; lineCount: number; warnings: { line: number; message: string }[] }
  | { ok: false; errors: { line: number; message: string }[] };

// level, optional xref, tag, optional value after a single space (the value keeps its own spaces, CONC needs them).
const LINE = /^[ \t]*(\d{1,3})[ \t]+(?:@([^@\s]+)@[ \t]+)?([A-Za-z0-9_]+)(?: (.*))?$/;

const MAX_ERRORS = 20;

/**
 * Splits text into level-0 records with nested substructures. Accepts CRLF, LF and CR,
 * leading whitespace and blank lines. A line that is not a GEDCOM line is an error
 * naming its number; after 20 errors reading stops.
 */
export function tokenizeGedcom(text: string): TokenizeResult {
  const lines = text.split(/\r\n|\r|\n/);
  const records: GedcomNode[] = [];
  const stack: GedcomNode[] = [];
  const errors: { line: number; message: string }[] = [];
  const warnings: { line: number; message: string }[] = [];
  let lineCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === '') continue;
    lineCount = lineNo;
    const m = LINE.exec(i === 0 ? raw.replace(/^\uFEFF/, '') : raw);
    if (!m) {
      errors.push({ line: lineNo, message: `line ${lineNo} is not a GEDCOM line ("level TAG value"): ${quote(raw)}` });
      if (errors.length >= MAX_ERRORS) break;
      continue;
    }
    const level = Number(m[1]);
    const tag = m[3]!.toUpperCase();
    let value = m[4];
    if (value !== undefined && value.startsWith('@@')) value = value.slice(1);
    if (value !== undefined) {
      const cleaned = removeControls(value);
      if (cleaned.removed > 0) {
        warnings.push({ line: lineNo, message: `line ${lineNo}: ${describeRemoved(cleaned)} removed from the ${tag} value` });
        value = cleaned.text;
      }
    }
    if (level === 0) {
      const node: GedcomNode = { level, tag, line: lineNo, children: [] };
      if (m[2] !== undefined) node.xref = m[2];
      if (value !== undefined && value !== '') node.value = value;
      records.push(node);
      stack.length = 0;
      stack.push(node);
      continue;
    }
    if (stack.length === 0) {
      errors.push({ line: lineNo, message: `line ${lineNo} has level ${level} but no level-0 record has started: ${quote(raw)}` });
      if (errors.length >= MAX_ERRORS) break;
      continue;
    }
    if (level > stack.length) {
      errors.push({ line: lineNo, message: `line ${lineNo} jumps from level ${stack.length - 1} to level ${level}: ${quote(raw)}` });
      if (errors.length >= MAX_ERRORS) break;
      continue;
    }
    stack.length = level;
    const parent = stack[level - 1]!;
    if (tag === 'CONT' || tag === 'CONC') {
      parent.value = (parent.value ?? '') + (tag === 'CONT' ? '\n' : '') + (value ?? '');
      // Later lines at this level still belong to the parent.
      continue;
    }
    const node: GedcomNode = { level, tag, line: lineNo, children: [] };
    if (m[2] !== undefined) {
      node.xref = m[2];
      warnings.push({ line: lineNo, message: `line ${lineNo}: a cross-reference id on a level-${level} line was ignored` });
    }
    if (value !== undefined && value !== '') node.value = value;
    parent.children.push(node);
    stack.push(node);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records, lineCount, warnings };
}

function quote(raw: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return JSON.stringify(shown.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?'));
}

/** The first child with one of the tags. */
export function child(node: GedcomNode, ...tags: string[]): GedcomNode | undefined {
  return node.children.find((c) => tags.includes(c.tag));
}

export function childrenTagged(node: GedcomNode, ...tags: string[]): GedcomNode[] {
  return node.children.filter((c) => tags.includes(c.tag));
}

/** "@I1@" → "I1"; "@VOID@", empty or malformed → undefined with `void`/`malformed` told apart by the caller. */
export function pointerOf(value: string | undefined): { kind: 'pointer'; xref: string } | { kind: 'void' } | { kind: 'none' } {
  if (value === undefined) return { kind: 'none' };
  const m = /^\s*@([^@\s]+)@\s*$/.exec(value);
  if (!m) return { kind: 'none' };
  if (m[1] === 'VOID') return { kind: 'void' };
  return { kind: 'pointer', xref: m[1]! };
}
