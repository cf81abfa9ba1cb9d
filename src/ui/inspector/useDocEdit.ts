import { useCallback } from 'react';
import type { GenogramDocument } from '../../core/model/types';
import { runCommand } from '../../editor/commands';
import { useEditorStore } from '../EditorStoreContext';
import { uiStore } from '../actions/uiState';

export type DocEdit = (label: string, recipe: (doc: GenogramDocument) => GenogramDocument, coalesceKey?: string) => void;

/**
 * Applies an inspector edit as an undo step. Edits to one field share a coalescing key, so a
 * burst of typing is one step. A refused edit is told to the user and changes nothing.
 */
export function useDocEdit(): DocEdit {
  const store = useEditorStore();
  return useCallback(
    (label, recipe, coalesceKey) => {
      const result = runCommand(store, label, (doc) => ({ doc: recipe(doc) }), coalesceKey);
      if (!result.ok) uiStore.getState().notify(result.message, 'error');
    },
    [store],
  );
}
