import { applyChronologyImport, importChronologyCsv } from '../core/chronology/importChronology';
import type { GenogramDocument } from '../core/model/types';

/** Names of persons not matched, listed before "and N more". */
const MAX_LISTED = 12;

/**
 * The document with a chronology table's events added, as the import dialog would with nothing
 * ticked: names that match no one stay as text. Every row left out is a note with its line.
 */
export function mergeChronology(
  doc: GenogramDocument,
  path: string,
  bytes: Uint8Array,
): { ok: true; document: GenogramDocument; notes: string[] } | { ok: false; message: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${path}: the file is not UTF-8 text (save the chronology as "CSV UTF-8").` };
  }
  const result = importChronologyCsv(text, doc);
  if (!result.ok) return { ok: false, message: `${path}: ${result.message}` };
  const imp = result.import;
  const notes = [`${path}: ${imp.events.length} ${imp.events.length === 1 ? 'event' : 'events'} read.`];
  for (const u of imp.unreadable) notes.push(`${path}:${u.line}: left out: ${u.message}`);
  for (const n of imp.notes) notes.push(`${path}:${n.line}: ${n.message}`);
  const unmatched = imp.unmatched.map((u) => `"${u.name}" (line${u.lines.length === 1 ? '' : 's'} ${u.lines.join(', ')})`);
  if (unmatched.length > 0) {
    const listed = unmatched.slice(0, MAX_LISTED).join(', ') + (unmatched.length > MAX_LISTED ? ` and ${unmatched.length - MAX_LISTED} more` : '');
    notes.push(`${path}: not on the genogram, kept as text: ${listed}.`);
  }
  return { ok: true, document: applyChronologyImport(doc, imp), notes };
}
