// The export's drawing: the editor's one figure, serialised as a standalone SVG with the
// bundled fonts embedded.
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { sceneToSvg } from '../../core/export/svg';
import { figure, type FigureOptions } from '../../editor/figure';
import { svgSize, type SvgSize } from './svgSize';

export type ExportFigureOptions = Omit<FigureOptions, 'layout'>;

export interface FigureSvg extends SvgSize {
  svg: string;
  /** The document as drawn (anonymised when publication is set). */
  shownDoc: GenogramDocument;
}

export async function buildFigureSvg(doc: GenogramDocument, layout: LayoutResult, options: ExportFigureOptions): Promise<FigureSvg> {
  const { scene, shownDoc } = figure(doc, { ...options, layout });
  const { BUNDLED_FONT_FACES } = await import('../fonts');
  const svg = sceneToSvg(scene, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff' });
  return { svg, shownDoc, ...svgSize(svg) };
}
