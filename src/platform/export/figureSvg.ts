// The export's one drawing: the same buildScene as the canvas, from the same
// layout, optionally from the anonymised publication copy, serialised as a
// standalone SVG with the bundled fonts embedded.
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { buildScene } from '../../core/drawing/buildScene';
import { sceneToSvg } from '../../core/export/svg';
import { anonymise } from '../../core/publication/anonymise';
import { figureSource } from '../../core/publication/figureSource';
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
  /** The document as drawn (anonymised when publication is set). */
  shownDoc: GenogramDocument;
}

/**
 * The document an export writes out. A published data file gets opaque ids
 * throughout: ids are free text in files from elsewhere and may carry names.
 */
export function documentForExport(doc: GenogramDocument, publication: boolean): GenogramDocument {
  const asAt = doc.settings.asAt ?? today();
  return publication ? anonymise(doc, { asAt, replaceIds: true }) : doc;
}

function optionalText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

export async function buildFigureSvg(doc: GenogramDocument, layout: LayoutResult, options: FigureOptions): Promise<FigureSvg> {
  const asAt = doc.settings.asAt ?? today();
  const { shownDoc, shownLayout, asAtLabel } = figureSource(doc, layout, options.publication, asAt);
  const scene = buildScene(shownDoc, shownLayout, {
    asAt,
    asAtLabel,
    legend: options.legend,
    title: optionalText(options.title),
    caption: optionalText(options.caption),
  });
  const { BUNDLED_FONT_FACES } = await import('../fonts');
  const svg = sceneToSvg(scene, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff' });
  return { svg, shownDoc, ...svgSize(svg) };
}
