import { bytesToBlob } from './download';

export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Puts a PNG on the clipboard for pasting into Word. The bytes are passed as a
 * promise so the clipboard write starts inside the user's click (browsers
 * refuse clipboard writes that come after an await). Browsers re-encode
 * pasted images, so the pHYs resolution does not survive the clipboard.
 */
export async function copyPngToClipboard(png: Promise<Uint8Array>): Promise<void> {
  if (!canCopyImages()) throw new Error('This browser cannot copy images to the clipboard; download the PNG instead.');
  const item = new ClipboardItem({ 'image/png': png.then((bytes) => bytesToBlob(bytes, 'image/png')) });
  try {
    await navigator.clipboard.write([item]);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotAllowedError') {
      throw new Error('The browser did not allow copying to the clipboard (the page may not have focus); try again or download the PNG.', { cause: error });
    }
    throw error;
  }
}
