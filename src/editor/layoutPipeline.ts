import type { StoreApi } from 'zustand/vanilla';
import type { GenogramDocument } from '../core/model/types';
import type { LayoutResult } from '../core/layout/types';
import type { EditorState } from './editorStore';
import type { LayoutRunner } from './ports';
import type { LaidOut, ViewState } from './viewState';

export interface LayoutPipeline {
  /** Resolves with the finished layout of the document open now (rejects if it cannot be laid out). */
  whenLaidOut(): Promise<LaidOut>;
  dispose(): void;
}

/**
 * Keeps the view's layout in step with the document. The layout is a function of the document
 * alone: no earlier layout is passed in, so a document looks the same however it was reached
 * (opened, reloaded, undone to, redone to). Finished layouts are remembered by document, so
 * undo and redo show theirs at once. While a layout is computed the last finished one stays on
 * screen (see shownLayout for persons added since); answers for documents no longer open are
 * kept for later but not shown.
 */
export function startLayoutPipeline(store: StoreApi<EditorState>, view: StoreApi<ViewState>, runner: LayoutRunner): LayoutPipeline {
  const finished = new WeakMap<GenogramDocument, LayoutResult>();
  const failed = new WeakMap<GenogramDocument, string>();
  let disposed = false;
  const current = () => store.getState().doc;

  let latest = 0;

  const request = (doc: GenogramDocument) => {
    const id = ++latest;
    const known = finished.get(doc);
    if (known) {
      view.getState().set({ laidOut: { doc, layout: known }, layoutBusy: false, layoutMessage: undefined });
      return;
    }
    view.getState().set({ layoutBusy: true });
    void runner.layout(doc).then((answer) => {
      if (disposed) return;
      if (answer.status === 'done') finished.set(doc, answer.layout);
      if (answer.status === 'failed') failed.set(doc, answer.message);
      // An answer overtaken by a newer request waits in the cache; the newest answers for the screen.
      if (id !== latest) return;
      if (answer.status === 'done') view.getState().set({ laidOut: { doc, layout: answer.layout }, layoutBusy: false, layoutMessage: undefined });
      else if (answer.status === 'failed') view.getState().set({ layoutBusy: false, layoutMessage: answer.message });
    });
  };

  request(current());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) request(state.doc);
  });

  return {
    whenLaidOut() {
      return new Promise<LaidOut>((resolve, reject) => {
        const settle = (): boolean => {
          if (disposed) {
            stop();
            reject(new Error('The editor has been closed.'));
            return true;
          }
          const doc = current();
          const { laidOut } = view.getState();
          if (laidOut?.doc === doc) {
            stop();
            resolve(laidOut);
            return true;
          }
          const message = failed.get(doc);
          if (message !== undefined && !view.getState().layoutBusy) {
            stop();
            reject(new Error(message));
            return true;
          }
          return false;
        };
        const stopView = view.subscribe(() => void settle());
        const stopStore = store.subscribe(() => void settle());
        const stop = () => {
          stopView();
          stopStore();
        };
        settle();
      });
    },
    dispose() {
      disposed = true;
      unsubscribe();
      runner.dispose();
      view.getState().set({ layoutBusy: false });
    },
  };
}
