import { createStore } from 'zustand/vanilla';
import type { GenogramDocument } from '../../../src/core/model/types';
import type { EditorStateLike } from '../../../src/ui/actions/context';

/**
 * A minimal editor store with the announced API (apply / undo / redo / select), so the actions
 * table can be tested apart from the real store's coalescing rules.
 */
export function fakeEditorStore(initial: GenogramDocument) {
  return createStore<EditorStateLike & { labels: string[] }>((set, get) => ({
    doc: initial,
    selection: [],
    past: [] as GenogramDocument[],
    future: [] as GenogramDocument[],
    labels: [],
    apply(label, recipe, options) {
      const before = get().doc;
      const after = recipe(before);
      if (after === before) return;
      set({
        doc: after,
        past: [...(get().past as GenogramDocument[]), before],
        future: [],
        labels: [...get().labels, label],
        ...(options?.select ? { selection: options.select } : {}),
      });
    },
    undo() {
      const past = get().past as GenogramDocument[];
      const last = past[past.length - 1];
      if (!last) return;
      set({ doc: last, past: past.slice(0, -1), future: [get().doc, ...(get().future as GenogramDocument[])] });
    },
    redo() {
      const [next, ...rest] = get().future as GenogramDocument[];
      if (!next) return;
      set({ doc: next, future: rest, past: [...(get().past as GenogramDocument[]), get().doc] });
    },
    replaceDocument(doc) {
      set({ doc, past: [], future: [], selection: [] });
    },
    select(ids, mode = 'replace') {
      const current = get().selection;
      if (mode === 'replace') set({ selection: ids });
      else if (mode === 'add') set({ selection: [...new Set([...current, ...ids])] });
      else set({ selection: [...current.filter((id) => !ids.includes(id)), ...ids.filter((id) => !current.includes(id))] });
    },
  }));
}
