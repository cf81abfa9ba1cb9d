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

interface LineIssue {
  line: number;
  message: string;
}

export type TokenizeResult =
  /** `unreadable`: lines left out (each with the lines under it), for the import's "Skipped" list. */
  | { ok: true; records: GedcomNode[]; lineCount: number; warnings: LineIssue[]; unreadable: LineIssue[] }
  | { ok: false; errors: LineIssue[] };

// level, optional xref, tag, optional value after a single space (the value keeps its own spaces, CONC needs them).
const LINE = /^[ \t]*(\d{1,3})[ \t]+(?:@([^@\s]+)@[ \t]+)?([A-Za-z0-9_]+)(?: (.*))?$/;

const MAX_ERRORS = 20;

/**
 * Splits text into level-0 records with nested substructures. Accepts CRLF, LF and CR,
 * leading whitespace and blank lines.
 *
 * A line that is not a GEDCOM line, or that jumps more than one level down (with the lines
 * under it), is left out and listed by number, and reading goes on: files written by
 * genealogy programs often have one such slip in thousands of good lines, and refusing the
 * whole file would leave the author nothing to work with. More than 20 such lines and the
 * file is refused: it is not GEDCOM, or it is too damaged to trust.
 */
export function tokenizeGedcom(text: string): TokenizeResult {
  const lines = text.split(/\r\n|\r|\n/);
  // A left-out line whose level is known takes the lines under it with it: those too deep to hang from any line read (deeper than `depth`).
  let dropping: { from: number; message: string; to: number; depth: number } | undefined;
  const unreadable: LineIssue[] = [];
  const finishDropping = () => {
    if (!dropping) return;
    const under = dropping.to - dropping.from;
    unreadable.push({
      line: dropping.from,
      message: under > 0 ? `${dropping.message}; left out with the ${under === 1 ? 'line' : `${under} lines`} under it (to line ${dropping.to})` : dropping.message,
    });
    dropping = undefined;
  };
  const records: GedcomNode[] = [];
  const stack: GedcomNode[] = [];
  const warnings: LineIssue[] = [];
  let lineCount = 0;
  const leaveOut = (issue: LineIssue): boolean => {
    finishDropping();
    unreadable.push(issue);
    return unreadable.length > MAX_ERRORS;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === '') continue;
    lineCount = lineNo;
    const m = LINE.exec(i === 0 ? raw.replace(/^\uFEFF/, '') : raw);
    if (!m) {
      if (leaveOut({ line: lineNo, message: `not a GEDCOM line ("level TAG value"): ${quote(raw)}` })) break;
      continue;
    }
    const level = Number(m[1]);
    if (dropping) {
      if (level > dropping.depth) {
        dropping.to = lineNo;
        continue;
      }
      finishDropping();
    }
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
    if (stack.length === 0 || level > stack.length) {
      const message =
        stack.length === 0
          ? `level ${level} before any level-0 record: ${quote(raw)}`
          : `a jump from level ${stack.length - 1} to level ${level}: ${quote(raw)}`;
      if (unreadable.length + 1 > MAX_ERRORS) {
        leaveOut({ line: lineNo, message });
        break;
      }
      // Everything deeper than the last good level belongs to the line left out.
      dropping = { from: lineNo, message, to: lineNo, depth: stack.length };
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
  finishDropping();
  if (unreadable.length > MAX_ERRORS) {
    return { ok: false, errors: [...unreadable.slice(0, MAX_ERRORS), { line: unreadable[MAX_ERRORS]!.line, message: `reading stopped here, after more than ${MAX_ERRORS} unreadable lines; this is not a GEDCOM file, or it is badly damaged` }] };
  }
  return { ok: true, records, lineCount, warnings, unreadable };
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
