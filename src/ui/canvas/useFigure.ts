import { useMemo } from 'react';
import type { GenogramDocument, Id } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import type { Scene } from '../../core/drawing/scene';
import { figure } from '../../editor/figure';
import { shownLayout } from '../../editor/shownLayout';
import type { ViewState } from '../../editor/viewState';
import { useEditor, useView } from '../EditorStoreContext';

export interface CanvasFigure {
  /** The document as drawn: anonymised in publication mode. */
  shownDoc: GenogramDocument;
  /** Original person id → id in shownDoc and the scene (only where they differ). */
  shownIds: ReadonlyMap<Id, Id>;
  /** The positions on screen, keyed by the document's own ids (undefined before the first layout). */
  layout: LayoutResult | undefined;
  scene: Scene | undefined;
}

/** The canvas's figure: the editor's one figure, without title, caption or legend (the panels carry those). */
export function canvasFigure(doc: GenogramDocument, view: Pick<ViewState, 'laidOut' | 'moving' | 'publication'>): CanvasFigure {
  const layout = shownLayout(doc, view.laidOut, view.moving);
  if (!layout) return { shownDoc: doc, shownIds: new Map(), layout: undefined, scene: undefined };
  const drawn = figure(doc, { layout, publication: view.publication, legend: false, title: '', caption: '' });
  return { shownDoc: drawn.shownDoc, shownIds: drawn.shownIds, layout, scene: drawn.scene };
}

export function useFigure(): CanvasFigure {
  const doc = useEditor((s) => s.doc);
  const laidOut = useView((s) => s.laidOut);
  const moving = useView((s) => s.moving);
  const publication = useView((s) => s.publication);
  return useMemo(() => canvasFigure(doc, { laidOut, moving, publication }), [doc, laidOut, moving, publication]);
}
