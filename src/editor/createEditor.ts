import type { StoreApi } from 'zustand/vanilla';
import type { GenogramDocument, Id } from '../core/model/types';
import { createEditorStore, type EditorState } from './editorStore';
import { startLayoutPipeline } from './layoutPipeline';
import type { LayoutRunner } from './ports';
import { createViewStore, type LaidOut, type ViewState } from './viewState';

/**
 * The headless editor: the document and its history (store; change it only through the
 * commands in commands.ts, one undo step each), the view state that outlives any component
 * (view: publication mode, the layout, pending view requests), and the layout pipeline. React
 * reads it through hooks (ui/EditorStoreContext.tsx); Node tests drive it as it is.
 */
export interface Editor {
  store: StoreApi<EditorState>;
  view: StoreApi<ViewState>;
  /** The finished layout of the document open now, once there is one. */
  whenLaidOut(): Promise<LaidOut>;
  dispose(): void;
}

export interface EditorOptions {
  document: GenogramDocument;
  layout: LayoutRunner;
  /** The clock that decides which typing bursts merge into one undo step. */
  now?: () => number;
}

export function createEditor(options: EditorOptions): Editor {
  const store = createEditorStore(options.document, options.now ? { now: options.now } : {});
  const view = createViewStore();
  const pipeline = startLayoutPipeline(store, view, options.layout);
  // The first finished layout of each document opened is fitted into view; later ones keep the user's view.
  let fittedDocId: Id | undefined;
  const stopFitting = view.subscribe((state, previous) => {
    const doc = state.laidOut?.doc;
    if (!doc || state.laidOut === previous.laidOut || (doc.id === fittedDocId && !state.fitOnLayout)) return;
    fittedDocId = doc.id;
    state.set({ fitRequest: state.fitRequest + 1, fitOnLayout: false });
  });
  return {
    store,
    view,
    whenLaidOut: () => pipeline.whenLaidOut(),
    dispose() {
      stopFitting();
      pipeline.dispose();
    },
  };
}

/** Opens a document in place of the one open now: fresh history, nothing selected, fitted into view. */
export function openDocument(
  target: { store: StoreApi<Pick<EditorState, 'replaceDocument'>>; view: StoreApi<ViewState> },
  doc: GenogramDocument,
): void {
  target.store.getState().replaceDocument(doc);
  const view = target.view.getState();
  // Fitted once its layout is there: fitting the figure still on screen (the last document's) first made the view jump twice.
  if (view.laidOut?.doc === doc) view.set({ fitRequest: view.fitRequest + 1, selectedEventId: undefined, highlighted: [] });
  else view.set({ fitOnLayout: true, selectedEventId: undefined, highlighted: [] });
}
