import type { PartialDate } from '../model/types';
import { readGedcomDate } from './gedcomDate';
import type { ImportIssue } from './importTypes';
import { child, childrenTagged, pointerOf, type GedcomNode } from './tokenize';

/** What the readers share while one file is imported. */
export class ImportContext {
  readonly skipped: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  events = 0;
  notes = 0;
  /** Level-0 NOTE / SNOTE records by xref, for NOTE @N1@ pointers. */
  readonly sharedNotes = new Map<string, string>();

  skip(line: number | undefined, message: string): void {
    this.skipped.push(line === undefined ? { message } : { line, message });
  }

  warn(line: number | undefined, message: string): void {
    this.warnings.push(line === undefined ? { message } : { line, message });
  }

  /** The DATE of an event, read; unreadable dates are reported and give undefined. */
  eventDate(event: GedcomNode, what: string): { date?: PartialDate; period?: { from?: PartialDate; to?: PartialDate } } {
    const dateNode = child(event, 'DATE');
    if (!dateNode?.value?.trim()) return {};
    const reading = readGedcomDate(dateNode.value);
    if (!reading.ok) {
      this.skip(dateNode.line, `${what}: date left out: ${reading.message}`);
      return {};
    }
    if (reading.approximation) this.warn(dateNode.line, `${what}: ${reading.approximation}`);
    return reading.period ? { date: reading.date, period: reading.period } : { date: reading.date };
  }

  /** All NOTE texts of a record (inline or pointers to shared notes), joined by blank lines. */
  notesOf(node: GedcomNode, what: string): string | undefined {
    const texts: string[] = [];
    for (const note of childrenTagged(node, 'NOTE', 'SNOTE')) {
      const pointer = pointerOf(note.value);
      if (pointer.kind === 'void') continue;
      if (pointer.kind === 'pointer') {
        const shared = this.sharedNotes.get(pointer.xref);
        if (shared === undefined) this.skip(note.line, `${what}: note @${pointer.xref}@ does not exist`);
        else if (shared.trim()) texts.push(shared.trim());
        continue;
      }
      if (note.value?.trim()) texts.push(note.value.trim());
    }
    if (texts.length === 0) return undefined;
    this.notes += texts.length;
    return texts.join('\n\n');
  }
}
