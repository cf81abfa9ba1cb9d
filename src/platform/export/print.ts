// The print view: a print-only element holding the figure as an image (an SVG
// image runs no script, whatever text it holds), sized to the paper by an
// @page rule, and everything else hidden while printing.
import { bytesToBlob } from './download';
import type { PrintFit } from './printFit';

export const PRINT_ROOT_CLASS = 'genogram-print';
const STYLE_ID = 'genogram-print-style';

function printCss(fit: PrintFit): string {
  return `
@page { size: ${fit.pageWidthMm}mm ${fit.pageHeightMm}mm; margin: ${fit.marginMm}mm; }
@media screen { .${PRINT_ROOT_CLASS} { display: none !important; } }
@media print {
  html, body { margin: 0 !important; padding: 0 !important; height: auto !important; overflow: visible !important; background: #fff !important; }
  body > *:not(.${PRINT_ROOT_CLASS}) { display: none !important; }
  .${PRINT_ROOT_CLASS} { display: flex !important; justify-content: center; align-items: flex-start; break-inside: avoid; }
  .${PRINT_ROOT_CLASS} img { display: block; }
}`;
}

let releasePrevious: (() => void) | undefined;

/** Removes the print view (also done after printing, and before the next print). */
export function clearPrintView(): void {
  releasePrevious?.();
  releasePrevious = undefined;
}

/** Builds the print view and waits until its image is ready; does not open the print dialog. */
export async function preparePrintView(svg: string, fit: PrintFit, description: string): Promise<HTMLElement> {
  clearPrintView();
  const url = URL.createObjectURL(bytesToBlob(new TextEncoder().encode(svg), 'image/svg+xml'));
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = printCss(fit);
  const root = document.createElement('div');
  root.className = PRINT_ROOT_CLASS;
  root.dataset.testid = 'print-view';
  const image = document.createElement('img');
  image.alt = description;
  image.src = url;
  image.style.width = `${fit.figureWidthMm}mm`;
  image.style.height = `${fit.figureHeightMm}mm`;
  root.append(image);
  document.head.append(style);
  document.body.append(root);
  releasePrevious = () => {
    root.remove();
    style.remove();
    URL.revokeObjectURL(url);
  };
  try {
    await image.decode();
  } catch {
    clearPrintView();
    throw new Error('The browser could not prepare the figure for printing; export SVG or PNG instead.');
  }
  return root;
}

/** Opens the browser's print dialog on the prepared view; the view is removed after printing. */
export function openPrintDialog(): void {
  window.addEventListener('afterprint', clearPrintView, { once: true });
  window.print();
}
