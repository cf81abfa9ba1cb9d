// The export's one drawing: the same buildScene as the canvas, from the same
// layout, optionally from the anonymised publication copy, serialised as a
// standalone SVG with the bundled fonts embedded.
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { buildScene } from '../../core/drawing/buildScene';
import { sceneToSvg } from '../../core/export/svg';
import { anonymise } from '../../core/publication/anonymise';
import { today } from '../../core/dates/partialDate';
import { svgSize, type SvgSize } from './svgSize';

export interface FigureOptions {
  /** Export the anonymised publication version. */
  publication: boolean;
  legend: boolean;
  title?: string;
  caption?: string;
}

export interface FigureSvg extends SvgSize {
  svg: string;
  /** The document as drawn (anonymised when publication is set): JSON exports write this one. */
  shownDoc: GenogramDocument;
}

export function documentForExport(doc: GenogramDocument, publication: boolean): GenogramDocument {
  const asAt = doc.settings.asAt ?? today();
  return publication ? anonymise(doc, { asAt }) : doc;
}

function optionalText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

export async function buildFigureSvg(doc: GenogramDocument, layout: LayoutResult, options: FigureOptions): Promise<FigureSvg> {
  const asAt = doc.settings.asAt ?? today();
  const shownDoc = documentForExport(doc, options.publication);
  const scene = buildScene(shownDoc, layout, {
    asAt,
    legend: options.legend,
    title: optionalText(options.title),
    caption: optionalText(options.caption),
  });
  const { BUNDLED_FONT_FACES } = await import('../fonts');
  const svg = sceneToSvg(scene, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff' });
  return { svg, shownDoc, ...svgSize(svg) };
}
