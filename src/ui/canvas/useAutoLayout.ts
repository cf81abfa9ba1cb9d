import { useEffect, useRef } from 'react';
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { fallbackPlacement } from '../../core/layout/fallbackPlacement';
import { createLayoutClient } from '../../platform/layoutClient';
import { viewStore, type ViewState } from '../../editor/viewState';

/**
 * Keeps viewStore.layout in step with the document: an instant simple placement
 * on first paint, then ELK's answer from the worker. Each request passes the
 * previous layout so a small edit moves only what it must.
 */
export function useAutoLayout(doc: GenogramDocument): void {
  const clientRef = useRef<ReturnType<typeof createLayoutClient> | undefined>(undefined);
  // The first real layout of each opened document is fitted into view; later ones keep the user's view.
  const fittedDocId = useRef<string | undefined>(undefined);

  useEffect(() => {
    const client = createLayoutClient();
    clientRef.current = client;
    const unsubscribe = client.subscribeBusy((busy) => viewStore.getState().set({ layoutBusy: busy }));
    return () => {
      unsubscribe();
      client.dispose();
      clientRef.current = undefined;
    };
  }, []);

  useEffect(() => {
    const client = clientRef.current;
    if (!client) return;
    const view = viewStore.getState();
    let previous: LayoutResult | undefined = view.layout;
    if (!previous) {
      previous = fallbackPlacement(doc);
      view.set({ layout: previous });
    }
    let cancelled = false;
    void client.layout(doc, previous).then((answer) => {
      if (cancelled) return;
      if (answer.status === 'done') {
        const patch: Partial<ViewState> = { layout: answer.layout, layoutMessage: undefined };
        if (fittedDocId.current !== doc.id) {
          fittedDocId.current = doc.id;
          patch.fitRequest = viewStore.getState().fitRequest + 1;
        }
        viewStore.getState().set(patch);
      }
      else if (answer.status === 'failed') viewStore.getState().set({ layoutMessage: answer.message });
    });
    return () => {
      cancelled = true;
    };
  }, [doc]);
}
