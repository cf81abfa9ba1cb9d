import { useMemo } from 'react';
import { useStore } from 'zustand';
import { createFileService } from '../../platform/files/fileService';
import { createClipboardService } from '../../platform/export/viewSnapshot';
import { useTheEditor } from '../EditorStoreContext';
import type { ActionContext } from './context';
import { uiStore, type UiState } from './uiState';

/** The context every action runs in, for the app's editor. */
export function useActionContext(): ActionContext {
  const { store, view } = useTheEditor();
  return useMemo(
    () => ({ store, view, ui: uiStore, files: createFileService(), clipboard: createClipboardService(() => document.querySelector<HTMLElement>('.canvas')) }),
    [store, view],
  );
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}

/**
 * A number that changes whenever anything an action's predicate reads may have changed,
 * so buttons and menus re-check what applies.
 */
export function useActionStateVersion(): unknown {
  const { store, view } = useTheEditor();
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const past = useStore(store, (s) => s.past.length);
  const future = useStore(store, (s) => s.future.length);
  const laidOut = useStore(view, (s) => s.laidOut);
  return useMemo(() => ({}), [doc, selection, past, future, laidOut]);
}
