import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useEditorStore } from '../EditorStoreContext';
import { createFileService } from '../../platform/files/fileService';
import { viewStore } from '../../editor/viewState';
import type { ActionContext, EditorStateLike } from './context';
import { uiStore, type UiState } from './uiState';

/** The context every action runs in, for the app's editor store. */
export function useActionContext(): ActionContext {
  const store = useEditorStore() as unknown as StoreApi<EditorStateLike>;
  return useMemo(() => ({ store, view: viewStore, ui: uiStore, files: createFileService(store, uiStore) }), [store]);
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}

/**
 * A number that changes whenever anything an action's predicate reads may have changed,
 * so buttons and menus re-check what applies.
 */
export function useActionStateVersion(): unknown {
  const store = useEditorStore() as unknown as StoreApi<EditorStateLike>;
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const past = useStore(store, (s) => s.past.length);
  const future = useStore(store, (s) => s.future.length);
  const boxes = useStore(viewStore, (s) => s.layout?.boxes.size ?? 0);
  return useMemo(() => ({}), [doc, selection, past, future, boxes]);
}
