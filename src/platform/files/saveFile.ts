/**
 * Writes a text file where the user chooses (File System Access API), or as a download
 * where the browser has no such API. Browser-only.
 */

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}

export async function saveTextFile(name: string, text: string, mime = 'application/json'): Promise<void> {
  const blob = new Blob([text], { type: mime });
  const picker = (window as unknown as SaveFilePickerWindow).showSaveFilePicker;
  if (picker) {
    const extension = /\.[^.]+$/.exec(name)?.[0] ?? '.json';
    const handle = await picker({ suggestedName: name, types: [{ description: extension === '.ged' ? 'GEDCOM' : 'Genogram', accept: { [mime]: [extension] } }] });
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
