import { describe, expect, it } from 'vitest';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { sceneToSvg } from '../../src/core/export/svg';
import { accessibleSvgOptions } from '../../src/core/report/accessibleSvg';
import { saveGenogramFile } from '../../src/core/format/save';
import type { GenogramDocument } from '../../src/core/model/types';
import { parseExportArgs } from '../../src/cli/exportArgs';
import { runExport } from '../../src/cli/runExport';
import { createEditor } from '../../src/editor/createEditor';
import { createInProcessLayoutRunner } from '../../src/editor/inProcessLayout';
import { BUNDLED_FONT_FACES } from '../../src/platform/fonts';
import { buildFigureSvg } from '../../src/platform/export/figureSvg';
import { canvasFigure } from '../../src/ui/canvas/useFigure';

// The canvas, the browser's export and the command line draw one figure: for one document,
// their SVGs are the same text. The canvas carries no title, caption or legend (its panels do),
// so the exports are asked for the same. A saved SVG adds its description and size to the same drawing.

function documentWithoutTexts(): GenogramDocument {
  const doc = exampleFamily();
  return { ...doc, settings: { ...doc.settings, title: '', notation: { ...doc.settings.notation, showLegend: false } } };
}

async function commandLineSvg(doc: GenogramDocument, publication: boolean): Promise<string> {
  const parsed = parseExportArgs(['family.genogram.json', '--format', 'svg', '--title', '', '--caption', '', ...(publication ? ['--publication'] : [])]);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await runExport(parsed.args, new TextEncoder().encode(saveGenogramFile(doc)));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.output as string;
}

describe('one figure', () => {
  for (const publication of [false, true]) {
    it(`canvas, browser export and command line give the same SVG${publication ? ' (publication version)' : ''}`, async () => {
      const doc = documentWithoutTexts();
      const editor = createEditor({ document: doc, layout: createInProcessLayoutRunner() });
      editor.view.getState().set({ publication });
      const { layout } = await editor.whenLaidOut();

      // What the canvas's hook (useFigure) draws from the editor's state.
      const canvas = canvasFigure(editor.store.getState().doc, editor.view.getState()).scene!;
      const canvasSvg = sceneToSvg(canvas, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff' });
      const exported = await buildFigureSvg(doc, layout, { publication, legend: false, title: '', caption: '' });
      const cli = await commandLineSvg(doc, publication);

      expect(canvasSvg).toContain('<text');
      expect(exported.svg).toBe(canvasSvg);
      // A saved SVG file also carries its description and printed size, the same from the app and the command line.
      const accessible = sceneToSvg(canvas, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff', ...accessibleSvgOptions(doc, canvas, { publication }) });
      expect(accessible).toContain('<desc id="genogram-desc">');
      expect(cli).toBe(accessible);
      expect((await buildFigureSvg(doc, layout, { publication, legend: false, title: '', caption: '' }, true)).svg).toBe(accessible);
      if (publication) expect(canvasSvg).not.toContain(doc.persons.find((p) => p.familyName)!.familyName!);
      editor.dispose();
    });
  }
});
