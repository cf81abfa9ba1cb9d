import type { FileService, PickedFile } from '../../editor/ports';
import { saveTextFile } from './saveFile';

/** The browser's file services: a file picker, and saving where the user chooses. */
export function createFileService(): FileService {
  return {
    pickFile(accept) {
      // Clicked at once, inside the key press or click that asked: browsers open a picker only then.
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      document.body.append(input);
      return new Promise<PickedFile | undefined>((resolve, reject) => {
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(undefined);
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(undefined);
          readPicked(file).then(resolve, reject);
        });
        input.click();
      });
    },
    saveFile: (name, text, mime) => saveTextFile(name, text, mime),
  };
}

/** A dropped or picked file's bytes; a file that cannot be read is a clear error naming it. */
export async function readPicked(file: File): Promise<PickedFile> {
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    throw new Error(`"${file.name}" could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
