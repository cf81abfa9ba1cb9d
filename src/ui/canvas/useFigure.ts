import { useMemo } from 'react';
import type { GenogramDocument, Id, PartialDate } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { buildScene } from '../../core/drawing/buildScene';
import type { Scene } from '../../core/drawing/scene';
import { figureSource } from '../../core/publication/figureSource';
import { withProvisionalBoxes } from '../../core/layout/provisionalPlacement';
import { today } from '../../core/dates/partialDate';
import { useEditor } from '../EditorStoreContext';
import { useView } from '../../editor/viewState';

export interface Figure {
  /** The document as drawn: anonymised in publication mode. */
  shownDoc: GenogramDocument;
  /** Original person id → id in shownDoc and the scene (only where they differ). */
  shownIds: ReadonlyMap<Id, Id>;
  layout: LayoutResult | undefined;
  scene: Scene | undefined;
  asAt: PartialDate;
}

export function asAtOf(doc: GenogramDocument): PartialDate {
  return doc.settings.asAt ?? today();
}

/** The one figure: what the canvas shows is what every export writes. */
export function makeFigure(doc: GenogramDocument, laidOut: LayoutResult | undefined, publication: boolean): Figure {
  const asAt = asAtOf(doc);
  if (!laidOut) return { shownDoc: doc, shownIds: new Map(), layout: undefined, scene: undefined, asAt };
  // A person added a moment ago is shown beside a relative until the worker's layout arrives.
  const layout = withProvisionalBoxes(doc, laidOut);
  const { shownDoc, shownLayout, shownIds } = figureSource(doc, layout, publication, asAt);
  const scene = buildScene(shownDoc, shownLayout, { asAt, legend: false });
  return { shownDoc, shownIds, layout, scene, asAt };
}

export function useFigure(): Figure {
  const doc = useEditor((s) => s.doc);
  const layout = useView((s) => s.layout);
  const publication = useView((s) => s.publication);
  return useMemo(() => makeFigure(doc, layout, publication), [doc, layout, publication]);
}
