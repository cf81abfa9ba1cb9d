import type { StoreApi } from 'zustand/vanilla';
import type { EditorState } from '../../editor/editorStore';
import type { ClipboardService, FileService } from '../../editor/ports';
import type { ViewState } from '../../editor/viewState';
import type { UiState } from './uiState';

/**
 * The part of the editor store the actions use, taken from the store's own type, so Node
 * tests can pass a small fake (history entries are only counted, never read).
 */
export type EditorStateLike = Pick<EditorState, 'doc' | 'selection' | 'apply' | 'undo' | 'redo' | 'replaceDocument' | 'select'> & {
  past: readonly unknown[];
  future: readonly unknown[];
};

export interface ActionContext {
  store: StoreApi<EditorStateLike>;
  view: StoreApi<ViewState>;
  ui: StoreApi<UiState>;
  files: FileService;
  clipboard: ClipboardService;
}
