// The export's drawing: the editor's one figure, serialised as a standalone SVG with the
// bundled fonts embedded.
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { sceneToSvg } from '../../core/export/svg';
import { accessibleSvgOptions } from '../../core/report/accessibleSvg';
import { figure, type FigureOptions } from '../../editor/figure';
import { svgSize, type SvgSize } from './svgSize';

export type ExportFigureOptions = Omit<FigureOptions, 'layout'>;

export interface FigureSvg extends SvgSize {
  svg: string;
  /** The document as drawn (anonymised when publication is set). */
  shownDoc: GenogramDocument;
}

/**
 * `accessible` adds what the saved SVG file carries for its readers: the written description
 * as <title> and <desc>, and its printed size in mm (the width that prints its text at 7 pt).
 */
export async function buildFigureSvg(doc: GenogramDocument, layout: LayoutResult, options: ExportFigureOptions, accessible = false): Promise<FigureSvg> {
  const { scene, shownDoc } = figure(doc, { ...options, layout });
  const { BUNDLED_FONT_FACES } = await import('../fonts');
  const svg = sceneToSvg(scene, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff', ...(accessible ? accessibleSvgOptions(doc, scene, { publication: options.publication }) : {}) });
  return { svg, shownDoc, ...svgSize(svg) };
}
