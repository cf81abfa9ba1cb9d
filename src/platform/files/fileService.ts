import type { StoreApi } from 'zustand/vanilla';
import { saveGenogramFile } from '../../core/format/save';
import type { EditorStateLike, FileService } from '../../ui/actions/context';
import type { UiState } from '../../ui/actions/uiState';
import { applyImportSuggestions, type SuggestionChoice } from '../../core/gedcom/applySuggestions';
import { interpretFile, type GedcomImportReview } from './interpretFile';
import { fileNameFor, saveTextFile } from './saveFile';

export const OPENABLE_TYPES = '.json,.genogram.json,.ged,.gedcom,application/json';

/**
 * Opens a file into the editor. A file that cannot be read is shown as a problem and the
 * open document is left exactly as it was. A GEDCOM file is not opened yet: its summary and
 * suggestions are shown, and only confirming there (openGedcomImport) replaces the document.
 * Returns true when the file was read.
 */
export async function openFileInto(file: File, store: StoreApi<EditorStateLike>, ui: StoreApi<UiState>): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    ui.getState().openDialog({ kind: 'problem', title: `"${file.name}" could not be read`, lines: [String(error)] });
    return false;
  }
  const result = interpretFile(file.name, bytes);
  if (!result.ok) {
    ui.getState().openDialog({ kind: 'problem', title: result.title, lines: result.lines });
    return false;
  }
  if (result.gedcom) {
    ui.getState().openDialog({ kind: 'gedcom-import', review: result.gedcom });
    return true;
  }
  store.getState().replaceDocument(result.document);
  store.getState().select([], 'replace');
  ui.getState().notify(result.notes[0] ?? `Opened "${file.name}".`, 'info');
  return true;
}

/** Replaces the open document with the reviewed GEDCOM import and the chosen suggestions. */
export function openGedcomImport(
  review: GedcomImportReview,
  choice: SuggestionChoice,
  store: StoreApi<EditorStateLike>,
  ui: StoreApi<UiState>,
): void {
  const doc = applyImportSuggestions(review.document, review.suggestions, choice);
  store.getState().replaceDocument(doc);
  store.getState().select([], 'replace');
  ui.getState().closeDialog();
  const taken = doc.multipleBirths.length + doc.households.length - review.document.multipleBirths.length - review.document.households.length;
  ui.getState().notify(
    `Imported ${review.summary.read.persons.toLocaleString('en-GB')} people from "${review.fileName}"` +
      (taken ? ` with ${taken} suggestion${taken === 1 ? '' : 's'} applied.` : '.'),
    'info',
  );
}

export function createFileService(store: StoreApi<EditorStateLike>, ui: StoreApi<UiState>): FileService {
  return {
    pickAndOpen() {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = OPENABLE_TYPES;
      input.style.display = 'none';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.remove();
        if (file) void openFileInto(file, store, ui);
      });
      document.body.append(input);
      input.click();
    },
    async save(doc) {
      await saveTextFile(fileNameFor(doc.settings.title), saveGenogramFile(doc));
      ui.getState().notify('Saved.', 'info');
    },
  };
}
