import type { StoreApi } from 'zustand/vanilla';
import type { GenogramDocument, Id } from '../../core/model/types';
import type { ViewState } from '../viewState';
import type { UiState } from './uiState';

/**
 * The part of the editor store the actions use. Written here, structurally, so the actions
 * table depends only on the store's announced API and Node tests can pass a real store.
 */
export interface EditorStateLike {
  doc: GenogramDocument;
  selection: Id[];
  past: readonly unknown[];
  future: readonly unknown[];
  apply(
    label: string,
    recipe: (doc: GenogramDocument) => GenogramDocument,
    options?: { coalesceKey?: string; select?: Id[] },
  ): void;
  undo(): void;
  redo(): void;
  replaceDocument(doc: GenogramDocument, options?: { keepHistory?: boolean }): void;
  select(ids: Id[], mode?: 'replace' | 'add' | 'toggle'): void;
}

/** Opening and saving files: browser services, injected so the table can be tested in Node. */
export interface FileService {
  /** Asks the user for a file and opens it (a bad file is reported and changes nothing). */
  pickAndOpen(): void;
  save(doc: GenogramDocument): Promise<void>;
}

export interface ActionContext {
  store: StoreApi<EditorStateLike>;
  view: StoreApi<ViewState>;
  ui: StoreApi<UiState>;
  files: FileService;
}
