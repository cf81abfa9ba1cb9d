import type { GenogramDocument, Id, PartialDate } from '../model/types';
import type { LayoutResult } from '../layout/types';
import { publishedDrawing } from './published';
import { relabelLayout } from './relabelLayout';

export interface FigureSource {
  /** The document as drawn: the anonymised copy in publication mode. */
  shownDoc: GenogramDocument;
  /** The positions for shownDoc: the anonymiser gives every person a new id, and the layout follows. */
  shownLayout: LayoutResult;
  /** Original id → id as drawn. */
  shownIds: ReadonlyMap<Id, Id>;
}

/** What a figure (canvas or export) is drawn from; the layout is always computed on the original document. */
export function figureSource(doc: GenogramDocument, layout: LayoutResult, publication: boolean, asAt: PartialDate): FigureSource {
  if (!publication) return { shownDoc: doc, shownLayout: layout, shownIds: new Map() };
  const { doc: shownDoc, personIds } = publishedDrawing(doc, asAt);
  return { shownDoc, shownLayout: personIds.size ? relabelLayout(layout, personIds) : layout, shownIds: personIds };
}
