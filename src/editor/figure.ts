// The one figure: what the canvas shows is what every export and the command line draw.
import type { GenogramDocument, Id, PartialDate } from '../core/model/types';
import type { LayoutResult } from '../core/layout/types';
import { buildScene } from '../core/drawing/buildScene';
import type { Scene } from '../core/drawing/scene';
import { figureSource } from '../core/publication/figureSource';
import { publishedData } from '../core/publication/published';
import { referenceDate } from '../core/model/referenceDate';

export interface FigureOptions {
  /** Positions of the recorded document's persons (a publication figure is relabelled to match). */
  layout: LayoutResult;
  /** Draw the anonymised publication copy. */
  publication: boolean;
  /** Draw the legend; the document's notation setting by default. */
  legend?: boolean;
  /** The title drawn above: '' for none; by default the shown document's (see figureTexts). */
  title?: string;
  /** The caption drawn below: '' for none; by default the shown document's. */
  caption?: string;
}

export interface Figure {
  scene: Scene;
  /** The document as drawn: the anonymised copy in publication mode. */
  shownDoc: GenogramDocument;
  /** The positions as drawn, keyed by shownDoc's person ids. */
  shownLayout: LayoutResult;
  /** Recorded person id → id in shownDoc and the scene (only where they differ). */
  shownIds: ReadonlyMap<Id, Id>;
  asAt: PartialDate;
}

/**
 * The title and caption a figure carries unless others are given: the shown document's own.
 * A publication copy's title is "Genogram" and it has no caption, unless the author marked
 * them safe: the recorded ones often name the family.
 */
export function figureTexts(doc: GenogramDocument, publication: boolean): { title: string; caption: string } {
  const shown = publication ? publishedData(doc, referenceDate(doc)) : doc;
  return { title: shown.settings.title, caption: shown.settings.caption ?? '' };
}

/** The document written out as data: the publication copy (every id replaced) when asked. */
export function documentForExport(doc: GenogramDocument, publication: boolean): GenogramDocument {
  return publication ? publishedData(doc, referenceDate(doc)) : doc;
}

/** Document + layout → the Scene, drawn from the publication copy when asked, at the document's reference date. */
export function figure(doc: GenogramDocument, options: FigureOptions): Figure {
  const asAt = referenceDate(doc);
  const { shownDoc, shownLayout, shownIds, asAtLabel } = figureSource(doc, options.layout, options.publication, asAt);
  // The shown document's own texts are figureTexts' (the same anonymiser made both copies).
  const title = (options.title ?? shownDoc.settings.title).trim();
  const caption = (options.caption ?? shownDoc.settings.caption ?? '').trim();
  const scene = buildScene(shownDoc, shownLayout, {
    asAt,
    asAtLabel,
    ...(options.legend !== undefined ? { legend: options.legend } : {}),
    ...(title ? { title } : {}),
    ...(caption ? { caption } : {}),
  });
  return { scene, shownDoc, shownLayout, shownIds, asAt };
}
