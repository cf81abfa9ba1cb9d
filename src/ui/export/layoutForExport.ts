import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { fallbackPlacement } from '../../core/layout/fallbackPlacement';
import { viewStore } from '../../editor/viewState';

const LAYOUT_WAIT_MS = 30_000;

function coversEveryone(doc: GenogramDocument, layout: LayoutResult | undefined): layout is LayoutResult {
  return layout !== undefined && doc.persons.every((p) => layout.boxes.has(p.id));
}

/**
 * The positions the canvas shows, once the layout worker has caught up with
 * the document; the simple placement if it never does, so an export is never
 * missing a person.
 */
export async function layoutForExport(doc: GenogramDocument): Promise<LayoutResult> {
  const ready = () => {
    const view = viewStore.getState();
    return !view.layoutBusy && coversEveryone(doc, view.layout);
  };
  if (!ready()) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, LAYOUT_WAIT_MS);
      const unsubscribe = viewStore.subscribe(() => {
        if (ready()) finish();
      });
      function finish() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }
  const layout = viewStore.getState().layout;
  return coversEveryone(doc, layout) ? layout : fallbackPlacement(doc);
}
