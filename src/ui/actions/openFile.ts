import { applyImportSuggestions, type SuggestionChoice } from '../../core/gedcom/applySuggestions';
import { saveGenogramFile } from '../../core/format/save';
import { openDocument } from '../../editor/createEditor';
import type { PickedFile } from '../../editor/ports';
import { interpretFile, type GedcomImportReview } from '../../platform/files/interpretFile';
import { fileStemFor } from '../../platform/export/fileName';
import type { ActionContext } from './context';

export const OPENABLE_TYPES = '.json,.genogram.json,.ged,.gedcom,application/json';

/**
 * Opens a file into the editor. A file that cannot be read is shown as a problem and the
 * open document is left exactly as it was. A GEDCOM file is not opened yet: its summary and
 * suggestions are shown, and only confirming there (openGedcomImport) replaces the document.
 * Resolves to true when the file was read.
 */
export async function openFileInto(file: PickedFile, ctx: Pick<ActionContext, 'store' | 'view' | 'ui'>): Promise<boolean> {
  const result = await interpretFile(file.name, file.bytes);
  const ui = ctx.ui.getState();
  if (!result.ok) {
    ui.openDialog({ kind: 'problem', title: result.title, lines: result.lines });
    return false;
  }
  if (result.gedcom) {
    ui.openDialog({ kind: 'gedcom-import', review: result.gedcom });
    return true;
  }
  openDocument(ctx, result.document);
  ui.notify(result.notes[0] ?? `Opened "${file.name}".`, 'info');
  return true;
}

/** A file that could not even be read (a vanished file, a permission refused) is a problem too. */
export function reportUnreadable(ctx: Pick<ActionContext, 'ui'>, error: unknown): void {
  ctx.ui.getState().openDialog({ kind: 'problem', title: 'The file could not be read', lines: [error instanceof Error ? error.message : String(error)] });
}

/** Asks for a file and opens it. */
export function pickAndOpen(ctx: ActionContext): void {
  ctx.files
    .pickFile(OPENABLE_TYPES)
    .then((file) => (file ? openFileInto(file, ctx) : false))
    .catch((error: unknown) => reportUnreadable(ctx, error));
}

/** Replaces the open document with the reviewed GEDCOM import and the chosen suggestions. */
export function openGedcomImport(review: GedcomImportReview, choice: SuggestionChoice, ctx: Pick<ActionContext, 'store' | 'view' | 'ui'>): void {
  const doc = applyImportSuggestions(review.document, review.suggestions, choice);
  openDocument(ctx, doc);
  ctx.ui.getState().closeDialog();
  const taken = doc.multipleBirths.length + doc.households.length - review.document.multipleBirths.length - review.document.households.length;
  ctx.ui.getState().notify(
    `Imported ${review.summary.read.persons.toLocaleString('en-GB')} people from "${review.fileName}"` +
      (taken ? ` with ${taken} suggestion${taken === 1 ? '' : 's'} applied.` : '.'),
    'info',
  );
}

/** Saves the open document as <title>.genogram.json; cancelling the save dialog is not a failure. */
export function saveDocument(ctx: ActionContext): void {
  const doc = ctx.store.getState().doc;
  ctx.files.saveFile(`${fileStemFor(doc.settings.title)}.genogram.json`, saveGenogramFile(doc), 'application/json').then(
    () => ctx.ui.getState().notify('Saved.', 'info'),
    (error: unknown) => {
      if (error instanceof Error && error.name === 'AbortError') return;
      ctx.ui.getState().notify(`The file could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error');
    },
  );
}
