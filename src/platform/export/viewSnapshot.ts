// "Copy the view as a picture" and "Save the view as PNG": the canvas exactly as it is on screen (pan, zoom, selection
// halos and all), for a quick paste into notes or an e-mail. Unlike the figure exports, this
// is a screenshot of the page, so it holds only what is visible; the figure exports draw the
// whole figure from the document instead (see exportFigure.ts).
import type { ClipboardService } from '../../editor/ports';
import { copyPngToClipboard } from './clipboard';
import { bytesToBlob, downloadBlob } from './download';

/** The on-screen controls are not part of the picture. */
function isControl(node: HTMLElement): boolean {
  return node.classList?.contains('react-flow__controls') || node.classList?.contains('react-flow__panel') || node.classList?.contains('canvas__status');
}

/** The canvas on screen as a PNG: the visible part of the React Flow pane, at twice the screen's pixels. */
async function snapshot(element: HTMLElement): Promise<Uint8Array> {
  // Loaded on first use: only this feature needs it.
  const [{ toBlob }, { BUNDLED_FONT_FACES }] = await Promise.all([import('html-to-image'), import('../fonts')]);
  // The canvas's font is loaded through the FontFace API, not a stylesheet, so html-to-image
  // cannot find it and the picture would fall back to another font (wider text, other shapes
  // than on screen): it is given the bundled faces as @font-face rules with their data inline.
  const fontEmbedCSS = BUNDLED_FONT_FACES.map(
    (f) => `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(data:font/ttf;base64,${f.dataBase64}) format("${f.format}");}`,
  ).join('');
  const blob = await toBlob(element, { backgroundColor: '#ffffff', pixelRatio: 2, fontEmbedCSS, filter: (node) => !(node instanceof HTMLElement && isControl(node)) });
  if (!blob) throw new Error('The view could not be drawn as a picture.');
  return new Uint8Array(await blob.arrayBuffer());
}

export function createClipboardService(viewElement: () => HTMLElement | null): ClipboardService {
  return {
    copyViewAsImage() {
      const element = viewElement();
      if (!element) return Promise.reject(new Error('There is no canvas on the page to copy.'));
      return copyPngToClipboard(snapshot(element));
    },
    async saveViewAsImage(fileName) {
      const element = viewElement();
      if (!element) throw new Error('There is no canvas on the page to save.');
      downloadBlob(bytesToBlob(await snapshot(element), 'image/png'), fileName);
    },
  };
}
