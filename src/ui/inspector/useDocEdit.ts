import { useCallback } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { OperationError } from '../../core/model/operationError';
import type { GenogramDocument } from '../../core/model/types';
import { useEditorStore } from '../../store/EditorStoreContext';
import type { EditorStateLike } from '../actions/context';
import { uiStore } from '../actions/uiState';

export type DocEdit = (label: string, recipe: (doc: GenogramDocument) => GenogramDocument, coalesceKey?: string) => void;

/**
 * Applies an inspector edit as an undo step. Edits to one field share a coalescing key, so a
 * burst of typing is one step. A refused edit is told to the user and changes nothing.
 */
export function useDocEdit(): DocEdit {
  const store = useEditorStore() as unknown as StoreApi<EditorStateLike>;
  return useCallback(
    (label, recipe, coalesceKey) => {
      let next: GenogramDocument;
      const before = store.getState().doc;
      try {
        next = recipe(before);
      } catch (error) {
        if (error instanceof OperationError) {
          uiStore.getState().notify(error.message, 'error');
          return;
        }
        throw error;
      }
      if (next === before) return;
      store.getState().apply(label, () => next, coalesceKey ? { coalesceKey } : undefined);
    },
    [store],
  );
}
