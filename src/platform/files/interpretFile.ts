import { loadGenogramFile } from '../../core/format/load';
import { decodeUtf8 } from '../../core/format/utf8';
import type { ImportSuggestions } from '../../core/gedcom/applySuggestions';
import type { ImportSummary } from '../../core/gedcom/importTypes';
import type { GenogramDocument } from '../../core/model/types';

/** A GEDCOM file read and waiting for the user to look at its summary and suggestions. */
export interface GedcomImportReview {
  fileName: string;
  document: GenogramDocument;
  summary: ImportSummary;
  suggestions: ImportSuggestions;
}

/** `gedcom` is present for GEDCOM files: they open only once the user confirms the summary. */
export type InterpretedFile =
  | { ok: true; document: GenogramDocument; notes: string[]; gedcom?: GedcomImportReview }
  | { ok: false; title: string; lines: string[] };

export function isGedcomName(name: string): boolean {
  return /\.ged(com)?$/i.test(name.trim());
}

const MAX_LINES_SHOWN = 20;

function limited(lines: string[]): string[] {
  if (lines.length <= MAX_LINES_SHOWN) return lines;
  return [...lines.slice(0, MAX_LINES_SHOWN), `… and ${lines.length - MAX_LINES_SHOWN} more`];
}

/**
 * Reads a dropped or picked file into a document, or says what is wrong and where.
 * GEDCOM is chosen by the name (.ged); anything else is read as a .genogram.json file.
 * The GEDCOM reader is loaded when a GEDCOM file is opened: most sessions never need it, and
 * it is a seventh of the app's own code in the first download.
 */
export async function interpretFile(name: string, bytes: Uint8Array): Promise<InterpretedFile> {
  if (isGedcomName(name)) {
    const { importGedcom } = await import('../../core/gedcom/importGedcom');
    const result = importGedcom(bytes);
    if (!result.ok) {
      return {
        ok: false,
        title: `"${name}" could not be read as GEDCOM`,
        lines: limited(result.errors.map((e) => (e.line !== undefined ? `Line ${e.line}: ${e.message}` : e.message))),
      };
    }
    const skipped = result.summary.skipped.length;
    const notes = [
      `Imported ${result.summary.read.persons} people and ${result.summary.read.partnerships} partnerships from "${name}".`,
      ...(skipped ? [`${skipped} item${skipped === 1 ? '' : 's'} could not be taken in.`] : []),
    ];
    const gedcom: GedcomImportReview = { fileName: name, document: result.document, summary: result.summary, suggestions: result.suggestions };
    return { ok: true, document: result.document, notes, gedcom };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, title: `"${name}" could not be opened`, lines: [`${decoded.message} A .genogram.json file is always UTF-8, so this is not one (or it was damaged).`] };
  const result = loadGenogramFile(decoded.text);
  if (!result.ok) {
    return {
      ok: false,
      title: `"${name}" could not be opened`,
      lines: limited(result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))),
    };
  }
  const notes = [...result.warnings];
  if (result.migratedFrom !== undefined) notes.unshift(`"${name}" was made by an older version (format ${result.migratedFrom}) and has been updated.`);
  return { ok: true, document: result.document, notes };
}
