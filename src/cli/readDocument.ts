import { loadGenogramFile, MAX_FILE_BYTES } from '../core/format/load';
import { decodeUtf8 } from '../core/format/utf8';
import { applyImportSuggestions, DEFAULT_SUGGESTION_CHOICE } from '../core/gedcom/applySuggestions';
import { describeImport } from '../core/gedcom/describeImport';
import { importGedcom } from '../core/gedcom/importGedcom';

/** Enough to see what kind of trouble a file has, without burying the output. */
const MAX_DETAILS = 12;
import type { GenogramDocument } from '../core/model/types';

export type ReadResult = { ok: true; document: GenogramDocument; notes: string[] } | { ok: false; message: string };

/**
 * A .genogram.json (validated and migrated) or a GEDCOM file (imported, with the households and
 * twins it suggests taken, as a user accepting the import dialog's defaults would), from its bytes.
 */
export function readDocument(path: string, bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, message: `${path}: the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are refused.` };
  }
  if (/\.(ged|gedcom)$/i.test(path)) {
    const result = importGedcom(bytes);
    if (!result.ok) {
      return { ok: false, message: result.errors.map((e) => `${path}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`).join('\n') };
    }
    const text = describeImport(result.summary);
    const details = [...text.skipped.map((s) => `  skipped: ${s}`), ...text.warnings.map((w) => `  warning: ${w}`)];
    const notes = [`${path}: ${text.headline}`, ...details.slice(0, MAX_DETAILS)];
    if (details.length > MAX_DETAILS) notes.push(`  … and ${details.length - MAX_DETAILS} more`);
    const document = applyImportSuggestions(result.document, result.suggestions, DEFAULT_SUGGESTION_CHOICE);
    const { households, multipleBirths } = result.suggestions;
    if (households.length + multipleBirths.length > 0) {
      notes.push(`${path}: took the suggested ${households.length} household${households.length === 1 ? '' : 's'} and ${multipleBirths.length} multiple birth${multipleBirths.length === 1 ? '' : 's'}, as the import dialog ticks them.`);
    }
    return { ok: true, document, notes };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.message} A genogram file is always UTF-8, so this is not one (or it was damaged).` };
  const loaded = loadGenogramFile(decoded.text);
  if (!loaded.ok) return { ok: false, message: loaded.errors.map((e) => `${path}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n') };
  const notes = loaded.migratedFrom !== undefined ? [`${path}: migrated from format version ${loaded.migratedFrom}.`] : [];
  return { ok: true, document: loaded.document, notes: [...notes, ...loaded.warnings.map((w) => `${path}: ${w}`)] };
}
