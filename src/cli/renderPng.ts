import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../core/metrics/figureSizes';
import type { FontFace } from '../core/export/svg';
import { withPhysicalResolution } from '../core/export/png';
import { planRaster, type RasterPlan } from '../core/export/rasterPlan';

const FONT_FILES = ['AtkinsonHyperlegible-Regular.ttf', 'AtkinsonHyperlegible-Bold.ttf'].map((name) =>
  fileURLToPath(new URL(`../assets/fonts/${name}`, import.meta.url)),
);

/** The bundled faces as base64, for the standalone SVG. */
export function bundledFontFaces(): FontFace[] {
  return FONT_FILES.map((file, i) => ({ family: FONT_FAMILY, weight: i === 0 ? 400 : 700, dataBase64: readFileSync(file).toString('base64'), format: 'truetype' }));
}

/**
 * SVG → PNG with resvg, the bundled fonts loaded (no system fonts, so every machine draws
 * the same), white background, scaled whole to fit the pixel limit, pHYs written.
 */
export function renderPng(svg: string, figure: { width: number; height: number }, widthCm: number, dpi: number): { png: Uint8Array; plan: RasterPlan } {
  const plan = planRaster({ figureWidth: figure.width, figureHeight: figure.height, widthCm, dpi });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: plan.pixelWidth },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  const png = resvg.render().asPng();
  return { png: withPhysicalResolution(new Uint8Array(png.buffer, png.byteOffset, png.byteLength), plan.dpi), plan };
}
