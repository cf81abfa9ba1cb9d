// Browser-only: Vite turns each `?inline` import into a data URL at build time,
// so the fonts travel inside the bundle and an exported SVG can embed them
// without any request. Import this module lazily (only exports need it): the
// two faces add ~140 KB of base64 to whichever chunk holds it.
import regularDataUrl from '../assets/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import boldDataUrl from '../assets/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import { FONT_FAMILY } from '../core/metrics/figureSizes';

export interface EmbeddedFontFace {
  family: string;
  weight: number;
  dataBase64: string;
  format: 'truetype';
}

function base64Of(dataUrl: string, file: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error(`The bundled font ${file} was not inlined as base64 data (got "${dataUrl.slice(0, 40)}…"); check the ?inline import.`);
  }
  return dataUrl.slice(comma + 1);
}

/** The faces the figure uses (regular names, bold for emphasis), ready for sceneToSvg's fontFaces. */
export const BUNDLED_FONT_FACES: readonly EmbeddedFontFace[] = [
  { family: FONT_FAMILY, weight: 400, dataBase64: base64Of(regularDataUrl, 'AtkinsonHyperlegible-Regular.ttf'), format: 'truetype' },
  { family: FONT_FAMILY, weight: 700, dataBase64: base64Of(boldDataUrl, 'AtkinsonHyperlegible-Bold.ttf'), format: 'truetype' },
];
