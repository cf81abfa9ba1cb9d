// A file name from a document title: titles are free text and may hold
// characters that Windows, macOS or a mail gateway reject.

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
const MAX_STEM = 80;

export function fileStemFor(title: string | undefined, fallback = 'genogram'): string {
  const cleaned = (title ?? '')
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides the file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^\.+/, '')
    .replace(/[.\s]+$/, '');
  const stem = Array.from(cleaned).slice(0, MAX_STEM).join('').trim();
  return stem || fallback;
}
