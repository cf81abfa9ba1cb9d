// "Copy the view as a picture" and "Save the view as PNG": the canvas exactly as it is on screen (pan, zoom, selection
// halos and all), for a quick paste into notes or an e-mail. Unlike the figure exports, this
// is a screenshot of the page, so it holds only what is visible; the figure exports draw the
// whole figure from the document instead (see exportFigure.ts).
import type { ClipboardService } from '../../editor/ports';
import { copyPngToClipboard } from './clipboard';
import { bytesToBlob, downloadBlob } from './download';
import { FONT_FAMILY } from '../../core/metrics/figureSizes';

/**
 * The on-screen controls are not part of the picture, nor the figure's invisible click targets
 * (their transparent fill comes from a stylesheet, which html-to-image does not carry into
 * SVG: they came out as black boxes over the partnership and household labels).
 */
function isLeftOut(node: Element): boolean {
  const c = node.classList;
  return !!c && (c.contains('react-flow__controls') || c.contains('react-flow__panel') || c.contains('canvas__status') || c.contains('object-targets'));
}

const PIXEL_RATIO = 2;

/**
 * The canvas on screen as a PNG: the visible part of the React Flow pane, at twice the
 * screen's pixels, with `stamp` (the reference date) written in its bottom-left corner, where
 * the zoom controls sit on screen (they are left out), so a picture shown in a meeting says
 * which date it shows even when the figure's key is out of view.
 */
async function snapshot(element: HTMLElement, stamp: string | undefined): Promise<Uint8Array> {
  // Loaded on first use: only this feature needs it.
  const [{ toCanvas }, { BUNDLED_FONT_FACES }] = await Promise.all([import('html-to-image'), import('../fonts')]);
  // The canvas's font is loaded through the FontFace API, not a stylesheet, so html-to-image
  // cannot find it and the picture would fall back to another font (wider text, other shapes
  // than on screen): it is given the bundled faces as @font-face rules with their data inline.
  const fontEmbedCSS = BUNDLED_FONT_FACES.map(
    (f) => `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(data:font/ttf;base64,${f.dataBase64}) format("${f.format}");}`,
  ).join('');
  const canvas = await toCanvas(element, { backgroundColor: '#ffffff', pixelRatio: PIXEL_RATIO, fontEmbedCSS, filter: (node) => !(node instanceof Element && isLeftOut(node)) });
  if (stamp) drawStamp(canvas, stamp);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The view could not be drawn as a picture.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The stamp's box, in CSS pixels from the picture's bottom-left corner (tests leave it out of their comparison). */
export const STAMP_BOX = { left: 8, bottom: 8, height: 24 };

function drawStamp(canvas: HTMLCanvasElement, stamp: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const r = PIXEL_RATIO;
  ctx.font = `700 ${13 * r}px "${FONT_FAMILY}", sans-serif`;
  const width = ctx.measureText(stamp).width + 16 * r;
  const x = STAMP_BOX.left * r;
  const y = canvas.height - (STAMP_BOX.bottom + STAMP_BOX.height) * r;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = r;
  ctx.fillRect(x, y, width, STAMP_BOX.height * r);
  ctx.strokeRect(x, y, width, STAMP_BOX.height * r);
  ctx.fillStyle = '#000000';
  ctx.textBaseline = 'middle';
  ctx.fillText(stamp, x + 8 * r, y + (STAMP_BOX.height * r) / 2);
}

export function createClipboardService(viewElement: () => HTMLElement | null): ClipboardService {
  return {
    copyViewAsImage(stamp) {
      const element = viewElement();
      if (!element) return Promise.reject(new Error('There is no canvas on the page to copy.'));
      return copyPngToClipboard(snapshot(element, stamp));
    },
    async saveViewAsImage(fileName, stamp) {
      const element = viewElement();
      if (!element) throw new Error('There is no canvas on the page to save.');
      downloadBlob(bytesToBlob(await snapshot(element, stamp), 'image/png'), fileName);
    },
  };
}
