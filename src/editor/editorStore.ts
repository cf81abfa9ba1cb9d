import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GenogramDocument, Id } from '../core/model/types';

export interface HistoryEntry {
  doc: GenogramDocument;
  label: string;
  /** The selection that went with this document, restored by undo and redo. */
  selection: Id[];
}

export interface EditorState {
  doc: GenogramDocument;
  /** Ids of persons, partnerships, parent links, households, relationship lines, multiple births. */
  selection: Id[];
  past: HistoryEntry[];
  future: HistoryEntry[];
  lastCoalesceKey?: string;
  lastChangeAt: number;
  /**
   * Another tab or window edits this document (platform/persistence/tabs.ts): apply, undo and
   * redo change nothing until this tab takes over editing. replaceDocument still works (the
   * tab follows the other's saves, or opens another document).
   */
  readOnly: boolean;
  setReadOnly(on: boolean): void;
  /**
   * One undo step. Successive calls with the same coalesceKey within COALESCE_MS merge into one
   * step (a typing burst). A recipe that returns the same document records nothing.
   */
  apply(
    label: string,
    recipe: (doc: GenogramDocument) => GenogramDocument,
    options?: { coalesceKey?: string; select?: Id[] },
  ): void;
  undo(): void;
  redo(): void;
  /** Opening a file: fresh history, unless keepHistory (then it is one undo step). */
  replaceDocument(doc: GenogramDocument, options?: { keepHistory?: boolean; label?: string }): void;
  /** Selection changes are not undo steps. */
  select(ids: Id[], mode?: 'replace' | 'add' | 'toggle'): void;
}

export const COALESCE_MS = 1500;
/** Past documents share most of their objects, so a long history costs little memory. */
export const HISTORY_LIMIT = 500;

/** Every id in the document that can be selected. */
function selectableIds(doc: GenogramDocument): Set<Id> {
  const ids = new Set<Id>();
  for (const list of [doc.persons, doc.partnerships, doc.parentLinks, doc.multipleBirths, doc.relationships, doc.households]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

function keepExisting(doc: GenogramDocument, ids: Id[]): Id[] {
  if (ids.length === 0) return ids;
  const present = selectableIds(doc);
  const kept = ids.filter((id) => present.has(id));
  return kept.length === ids.length ? ids : kept;
}

function pushLimited(list: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [...list, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

export function createEditorStore(initial: GenogramDocument, options: { now?: () => number } = {}): StoreApi<EditorState> {
  const now = options.now ?? (() => Date.now());
  return createStore<EditorState>()((set, get) => ({
    doc: initial,
    selection: [],
    past: [],
    future: [],
    lastChangeAt: 0,
    readOnly: false,

    setReadOnly(on) {
      if (get().readOnly !== on) set({ readOnly: on });
    },

    apply(label, recipe, applyOptions = {}) {
      const state = get();
      if (state.readOnly) return;
      const next = recipe(state.doc);
      if (next === state.doc) return;
      const at = now();
      const key = applyOptions.coalesceKey;
      const merge =
        key !== undefined && key === state.lastCoalesceKey && at - state.lastChangeAt < COALESCE_MS && state.past.length > 0;
      const selection = keepExisting(next, applyOptions.select ?? state.selection);
      set({
        doc: next,
        selection,
        past: merge ? state.past : pushLimited(state.past, { doc: state.doc, label, selection: state.selection }),
        future: [],
        lastCoalesceKey: key,
        lastChangeAt: at,
      });
    },

    undo() {
      const state = get();
      if (state.readOnly) return;
      const entry = state.past[state.past.length - 1];
      if (!entry) return;
      set({
        doc: entry.doc,
        selection: keepExisting(entry.doc, entry.selection),
        past: state.past.slice(0, -1),
        future: [...state.future, { doc: state.doc, label: entry.label, selection: state.selection }],
        lastCoalesceKey: undefined,
      });
    },

    redo() {
      const state = get();
      if (state.readOnly) return;
      const entry = state.future[state.future.length - 1];
      if (!entry) return;
      set({
        doc: entry.doc,
        selection: keepExisting(entry.doc, entry.selection),
        future: state.future.slice(0, -1),
        past: pushLimited(state.past, { doc: state.doc, label: entry.label, selection: state.selection }),
        lastCoalesceKey: undefined,
      });
    },

    replaceDocument(doc, replaceOptions = {}) {
      const state = get();
      set({
        doc,
        selection: [],
        past: replaceOptions.keepHistory
          ? pushLimited(state.past, { doc: state.doc, label: replaceOptions.label ?? 'Replace document', selection: state.selection })
          : [],
        future: [],
        lastCoalesceKey: undefined,
        lastChangeAt: now(),
      });
    },

    select(ids, mode = 'replace') {
      const state = get();
      let next: Id[];
      if (mode === 'replace') next = [...new Set(ids)];
      else if (mode === 'add') next = [...new Set([...state.selection, ...ids])];
      else {
        const toggled = new Set(ids);
        next = [...state.selection.filter((id) => !toggled.has(id)), ...ids.filter((id) => !state.selection.includes(id))];
      }
      next = keepExisting(state.doc, next);
      if (next.length === state.selection.length && next.every((id, i) => id === state.selection[i])) return;
      set({ selection: next });
    },
  }));
}
