import type { StoreApi } from 'zustand/vanilla';
import { saveGenogramFile } from '../../core/format/save';
import type { EditorStateLike, FileService } from '../../ui/actions/context';
import type { UiState } from '../../ui/actions/uiState';
import { interpretFile } from './interpretFile';
import { fileNameFor, saveTextFile } from './saveFile';

export const OPENABLE_TYPES = '.json,.genogram.json,.ged,.gedcom,application/json';

/**
 * Opens a file into the editor. A file that cannot be read is shown as a problem and the
 * open document is left exactly as it was.
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
  store.getState().replaceDocument(result.document);
  store.getState().select([], 'replace');
  ui.getState().notify(result.notes[0] ?? `Opened "${file.name}".`, 'info');
  return true;
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
