import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildScene } from '../../src/core/drawing/buildScene';
import { FONT_FAMILY } from '../../src/core/metrics/figureSizes';
import { sceneToSvg, type FontFace } from '../../src/core/export/svg';
import { notationSheet } from '../../src/core/example/notationSheet';
import { layoutDocument } from '../../src/core/layout/layoutDocument';

/** The bundled font files, embedded as the export embeds them. */
export function bundledFontFaces(): FontFace[] {
  const file = (name: string) => fileURLToPath(new URL(`../../src/assets/fonts/${name}`, import.meta.url));
  return [
    { family: FONT_FAMILY, weight: 400, format: 'truetype', dataBase64: readFileSync(file('AtkinsonHyperlegible-Regular.ttf')).toString('base64') },
    { family: FONT_FAMILY, weight: 700, format: 'truetype', dataBase64: readFileSync(file('AtkinsonHyperlegible-Bold.ttf')).toString('base64') },
  ];
}

/** The notation sheet exported as SVG, exactly as a user would export it. */
export async function notationSheetSvg(): Promise<{ svg: string; width: number; height: number }> {
  const doc = notationSheet();
  const scene = buildScene(doc, await layoutDocument(doc), { asAt: doc.settings.asAt!, title: doc.settings.title, caption: doc.settings.caption ?? '' });
  return { svg: sceneToSvg(scene, { fontFaces: bundledFontFaces() }), width: Math.ceil(scene.bounds.width), height: Math.ceil(scene.bounds.height) };
}
