import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Editor } from '../editor/createEditor';
import type { EditorState } from '../editor/editorStore';
import type { ViewState } from '../editor/viewState';

// The editor is passed in, never a module singleton, so every app instance and every test
// gets its own. Components read it through these hooks and change it through its commands.
const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useTheEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useTheEditor: no editor here; wrap the component in <EditorProvider editor={…}>');
  return editor;
}

export function useEditorStore(): StoreApi<EditorState> {
  return useTheEditor().store;
}

/** Subscribes to one slice of the document and its history; select small values to avoid re-rendering. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useTheEditor().store, selector);
}

/** Subscribes to one slice of the view state (publication mode, layout, view requests). */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useTheEditor().view, selector);
}
