// Several tabs, one truth. A document open in two tabs or windows of this browser has one
// editor: the tab holding the document's Web Lock. Another tab that opens it is read-only,
// follows the editing tab's saves (BroadcastChannel), and can take over editing; the tab it
// takes over from becomes read-only in turn. Writes carry the editing tab's lease
// (documentStore.claimEditing), checked in the write's own transaction, so a tab that has lost
// editing can neither overwrite the newer tab's work nor report "Saved" for it.
import type { StoreApi } from 'zustand/vanilla';
import type { GenogramDocument, Id } from '../../core/model/types';
import type { EditorState } from '../../editor/editorStore';
import type { ViewState } from '../../editor/viewState';
import { StaleWriteError, type DocumentStore } from './documentStore';

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** A save refused because another tab edits the document. */
export class NotEditingError extends Error {
  constructor() {
    super('Not saved here: this document is being edited in another tab or window.');
    this.name = 'NotEditingError';
  }
}

export interface TabGuard {
  /** The document store to save through: it writes only while this tab edits the document. */
  documents: DocumentStore;
  takeOver(): Promise<void>;
  dispose(): void;
}

export const LOCK_PREFIX = 'genogram-editor:document:';
export const CHANNEL_NAME = 'genogram-editor:documents';

type Editing = 'here' | 'elsewhere' | 'taken-over';

interface Held {
  id: Id;
  /** Settles once the tab knows whether it edits the document. */
  ready: Promise<void>;
  editing: Editing | undefined;
  lease?: number;
  release?: () => void;
}

export function startTabGuard(options: {
  store: StoreApi<EditorState>;
  view: StoreApi<ViewState>;
  documents: DocumentStore;
  locks: LockManagerLike;
  channel: ChannelLike;
}): TabGuard {
  const { store, view, documents, locks, channel } = options;
  let held: Held | undefined;
  let disposed = false;
  /** The browser refuses Web Locks on this page: saves go straight through, as without this guard. */
  let unguarded = false;

  const show = (h: Held) => {
    if (h !== held || h.editing === undefined) return;
    store.getState().setReadOnly(h.editing !== 'here');
    view.getState().set({ editing: h.editing, ...(h.editing !== 'here' ? { saveState: 'read-only' as const } : {}) });
  };

  /** Asks for the document's lock; resolves when this tab knows whether it got it. */
  const acquire = (h: Held, mode: { ifAvailable?: boolean; steal?: boolean }, onEditing?: () => Promise<void>): Promise<void> =>
    new Promise<void>((decided) => {
      const request = (callback: (lock: unknown) => Promise<void>) => {
        try {
          return locks.request(LOCK_PREFIX + h.id, mode, callback);
        } catch (error) {
          return Promise.reject(error);
        }
      };
      request(async (lock) => {
        if (!lock || disposed || h !== held) {
          if (!lock && h === held) h.editing = 'elsewhere';
          decided();
          return;
        }
        h.lease = await documents.claimEditing(h.id);
        await onEditing?.();
        const released = new Promise<void>((resolve) => (h.release = resolve));
        h.editing = 'here';
        decided();
        show(h);
        await released;
      })
        .catch((error: unknown) => {
          const name = (error as { name?: string } | null)?.name;
          if (h === held && !disposed) {
            if (name === 'AbortError') {
              // Another tab stole the lock (took over editing).
              h.editing = 'taken-over';
              h.lease = undefined;
              show(h);
            } else if (name === 'SecurityError' || name === 'InvalidStateError') {
              // No locks here (a page opened from a file, with an opaque origin): save as before, unguarded.
              unguarded = true;
            } else {
              // Storage refused the lease: this tab cannot write safely, so it stays read-only.
              h.editing = 'elsewhere';
              show(h);
            }
          }
          decided();
        });
    });

  const follow = (id: Id): Held => {
    if (held?.id === id) return held;
    held?.release?.();
    const h: Held = { id, editing: undefined, ready: Promise.resolve() };
    held = h;
    h.ready = acquire(h, { ifAvailable: true }).then(() => show(h));
    return h;
  };

  follow(store.getState().doc.id);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc.id !== previous.doc.id) follow(state.doc.id);
  });

  // A read-only tab shows what the editing tab saved.
  channel.onmessage = (event) => {
    const message = event.data as { type?: string; id?: Id } | null;
    const h = held;
    if (message?.type !== 'saved' || !h || h.id !== message.id || h.editing === 'here') return;
    void documents.loadRecent(h.id).then((doc) => {
      if (doc && held === h && h.editing !== 'here' && store.getState().doc.id === doc.id) store.getState().replaceDocument(doc);
    });
  };

  const guarded: DocumentStore = {
    ...documents,
    async saveCurrent(doc: GenogramDocument) {
      const h = follow(doc.id);
      await h.ready;
      if (unguarded) return documents.saveCurrent(doc);
      if (h.editing !== 'here' || h.lease === undefined) throw new NotEditingError();
      try {
        await documents.saveCurrent(doc, h.lease);
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
        if (held === h) {
          h.editing = 'taken-over';
          show(h);
        }
        throw new NotEditingError();
      }
      channel.postMessage({ type: 'saved', id: doc.id });
    },
    claimEditing: documents.claimEditing,
  };

  const takeOver = async (): Promise<void> => {
    const h = held;
    if (!h || h.editing === 'here') return;
    // Take the lock from the other tab, then carry on from what it last saved.
    h.ready = acquire(h, { steal: true }, async () => {
      // A fresh history: the steps before are of a document the other tab has moved on from.
      // Replaced even when nothing is stored yet, so the document as shown is saved again.
      const latest = (await documents.loadRecent(h.id)) ?? store.getState().doc;
      if (held === h && store.getState().doc.id === latest.id) store.getState().replaceDocument(latest);
    });
    await h.ready;
  };

  view.getState().set({ takeOverEditing: () => void takeOver() });

  return {
    documents: guarded,
    takeOver,
    dispose() {
      disposed = true;
      unsubscribe();
      held?.release?.();
      channel.close();
      view.getState().set({ takeOverEditing: undefined });
    },
  };
}
