import { loadGenogramFile, MAX_FILE_BYTES } from '../core/format/load';
import { importGedcom } from '../core/gedcom/importGedcom';
import type { GenogramDocument } from '../core/model/types';

export type ReadResult = { ok: true; document: GenogramDocument; notes: string[] } | { ok: false; message: string };

/** A .genogram.json (validated and migrated) or a GEDCOM file (imported), from its bytes. */
export function readDocument(path: string, bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, message: `${path}: the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are refused.` };
  }
  if (/\.(ged|gedcom)$/i.test(path)) {
    const result = importGedcom(bytes);
    if (!result.ok) {
      return { ok: false, message: result.errors.map((e) => `${path}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`).join('\n') };
    }
    const { read, skipped, warnings } = result.summary;
    const notes = [
      `${path}: read ${read.persons} persons, ${read.families} families (${read.partnerships} partnerships), ${read.parentLinks} parent links; ${skipped.length} item(s) skipped, ${warnings.length} warning(s).`,
    ];
    return { ok: true, document: result.document, notes };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${path}: the file is not UTF-8 text, so it is not a genogram file.` };
  }
  const loaded = loadGenogramFile(text);
  if (!loaded.ok) return { ok: false, message: loaded.errors.map((e) => `${path}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n') };
  const notes = loaded.migratedFrom !== undefined ? [`${path}: migrated from format version ${loaded.migratedFrom}.`] : [];
  return { ok: true, document: loaded.document, notes: [...notes, ...loaded.warnings.map((w) => `${path}: ${w}`)] };
}
