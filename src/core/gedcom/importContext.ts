import type { PartialDate } from '../model/types';
import { readGedcomDate } from './gedcomDate';
import type { ImportIssue } from './importTypes';
import { child, childrenTagged, pointerOf, type GedcomNode } from './tokenize';

/** How a caller uses an event's date: as one date, or (residences) as the period FROM … TO whole. */
export type DateUse = 'date' | 'period';

/** What the readers share while one file is imported. */
export class ImportContext {
  readonly skipped: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  events = 0;
  notes = 0;
  /** Level-0 NOTE / SNOTE records by xref, for NOTE @N1@ pointers. */
  readonly sharedNotes = new Map<string, GedcomNode>();
  /** Lines taken into the document; their sub-lines are looked at one by one. */
  private readonly carried = new Set<GedcomNode>();
  /** Lines reported on by name (skipped with a reason), sub-lines and all. */
  private readonly reported = new Set<GedcomNode>();

  /** Marks lines as carried into the document, so they are not listed as skipped. */
  use(...nodes: (GedcomNode | undefined)[]): void {
    for (const node of nodes) if (node) this.carried.add(node);
  }

  /** 'carried' (look at its sub-lines), 'reported' (already skipped with its reason, sub-lines and all), or undefined (not read). */
  fateOf(node: GedcomNode): 'carried' | 'reported' | undefined {
    return this.reported.has(node) ? 'reported' : this.carried.has(node) ? 'carried' : undefined;
  }

  /** A line left out, and why; its node (when given) and its sub-lines are then not listed again among the unread. */
  skip(line: number | undefined, message: string, node?: GedcomNode): void {
    if (node) this.reported.add(node);
    this.skipped.push(line === undefined ? { message } : { line, message });
  }

  warn(line: number | undefined, message: string): void {
    this.warnings.push(line === undefined ? { message } : { line, message });
  }

  /**
   * The DATE of an event, read; unreadable dates are reported and give undefined. `use` says what
   * the caller keeps: a period FROM … TO kept whole ('period') needs no warning, while one read as
   * a single date says so.
   */
  eventDate(event: GedcomNode, what: string, use: DateUse = 'date'): { date?: PartialDate; period?: { from?: PartialDate; to?: PartialDate }; text?: string } {
    const dateNode = child(event, 'DATE');
    if (!dateNode?.value?.trim()) {
      this.use(dateNode);
      return {};
    }
    this.use(dateNode);
    const reading = readGedcomDate(dateNode.value);
    if (!reading.ok) {
      this.skip(dateNode.line, `${what}: date left out: ${reading.message}`, dateNode);
      return {};
    }
    const keptWhole = use === 'period' && reading.period !== undefined;
    if (reading.approximation && !keptWhole) this.warn(dateNode.line, `${what}: ${reading.approximation}`);
    const text = dateNode.value.trim();
    return reading.period ? { date: reading.date, period: reading.period, text } : { date: reading.date, text };
  }

  /** All NOTE texts of a record (inline or pointers to shared notes), joined by blank lines. */
  notesOf(node: GedcomNode, what: string): string | undefined {
    const texts: string[] = [];
    for (const note of childrenTagged(node, 'NOTE', 'SNOTE')) {
      this.use(note);
      const pointer = pointerOf(note.value);
      if (pointer.kind === 'void') continue;
      if (pointer.kind === 'pointer') {
        const shared = this.sharedNotes.get(pointer.xref);
        if (shared === undefined) this.skip(note.line, `${what}: note @${pointer.xref}@ does not exist`);
        else {
          this.use(shared);
          if (shared.value?.trim()) texts.push(shared.value.trim());
        }
        continue;
      }
      if (note.value?.trim()) texts.push(note.value.trim());
    }
    if (texts.length === 0) return undefined;
    this.notes += texts.length;
    return texts.join('\n\n');
  }
}
