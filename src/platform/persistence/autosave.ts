import type { StoreApi } from 'zustand/vanilla';
import type { GenogramDocument } from '../../core/model/types';
import type { EditorState } from '../../editor/editorStore';
import type { DocumentStore } from './documentStore';

export interface AutosaveOptions {
  /** Told when a save fails (storage full, private mode); the next change tries again. */
  onError?: (error: unknown) => void;
  onSaved?: (doc: GenogramDocument) => void;
}

/**
 * Saves the open document after every change, so a crash or reload loses nothing. Changes made
 * in one task are written once (at the next microtask); while a write is under way, only the
 * newest document is queued behind it. Returns a function that stops autosaving.
 */
export function startAutosave(
  store: StoreApi<EditorState>,
  documents: DocumentStore,
  options: AutosaveOptions = {},
): () => void {
  let saved: GenogramDocument | undefined;
  let pending: GenogramDocument | undefined;
  let writing = false;
  let stopped = false;

  const writeLatest = async (): Promise<void> => {
    writing = true;
    while (pending && !stopped) {
      const doc = pending;
      pending = undefined;
      if (doc === saved) continue;
      try {
        await documents.saveCurrent(doc);
        saved = doc;
        options.onSaved?.(doc);
      } catch (error) {
        options.onError?.(error);
      }
    }
    writing = false;
  };

  const schedule = (doc: GenogramDocument): void => {
    const wasIdle = pending === undefined && !writing;
    pending = doc;
    if (wasIdle) queueMicrotask(() => void writeLatest());
  };

  schedule(store.getState().doc);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) schedule(state.doc);
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
