import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorState } from '../editor/editorStore';

// The store is passed in, never a module singleton, so every app instance and every test
// gets its own.
const EditorStoreContext = createContext<StoreApi<EditorState> | null>(null);

export function EditorStoreProvider({ store, children }: { store: StoreApi<EditorState>; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStore(): StoreApi<EditorState> {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore: no editor store here; wrap the component in <EditorStoreProvider store={…}>');
  return store;
}

/** Subscribes to one slice of the editor state; select small values to avoid re-rendering. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
