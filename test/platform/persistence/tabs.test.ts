// Two tabs on one document, in memory: Web Locks, BroadcastChannel and IndexedDB replaced by
// small fakes with the same rules (ifAvailable, steal rejects the holder with AbortError, a
// lease checked with each write).
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations';
import type { GenogramDocument, Id } from '../../../src/core/model/types';
import { createEditorStore } from '../../../src/editor/editorStore';
import { createViewStore } from '../../../src/editor/viewState';
import { startAutosave } from '../../../src/platform/persistence/autosave';
import { StaleWriteError, type DocumentStore } from '../../../src/platform/persistence/documentStore';
import { NotEditingError, startTabGuard, type ChannelLike, type LockManagerLike } from '../../../src/platform/persistence/tabs';

class FakeLocks implements LockManagerLike {
  private held = new Map<string, { reject: (error: unknown) => void }>();
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<void>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const holder = this.held.get(name);
      if (holder && options.ifAvailable) {
        callback(null).then(resolve, reject);
        return;
      }
      if (holder && !options.steal) throw new Error('the fake does not queue requests');
      if (holder) holder.reject(new DOMException('The lock was stolen', 'AbortError'));
      const entry = { reject };
      this.held.set(name, entry);
      callback({ name }).then(
        (value) => {
          if (this.held.get(name) === entry) this.held.delete(name);
          resolve(value);
        },
        reject,
      );
    });
  }
}

/** One browser's storage: the documents and each document's newest lease. */
function sharedStorage() {
  const docs = new Map<Id, GenogramDocument>();
  const leases = new Map<Id, number>();
  const writes: { doc: GenogramDocument; lease: number | undefined; ok: boolean }[] = [];
  const store: DocumentStore = {
    async saveCurrent(doc, lease) {
      await Promise.resolve();
      const ok = lease === undefined || (leases.get(doc.id) ?? 0) === lease;
      writes.push({ doc, lease, ok });
      if (!ok) throw new StaleWriteError(doc.id);
      docs.set(doc.id, doc);
    },
    async claimEditing(id) {
      const next = (leases.get(id) ?? 0) + 1;
      leases.set(id, next);
      return next;
    },
    loadCurrent: async () => undefined,
    listRecent: async () => [],
    loadRecent: async (id) => docs.get(id),
    removeRecent: async () => {},
  };
  return { store, docs, writes };
}

function channelHub() {
  const members: ChannelLike[] = [];
  return () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        for (const other of members) if (other !== channel) setTimeout(() => other.onmessage?.({ data: message } as MessageEvent));
      },
      close() {
        members.splice(members.indexOf(channel), 1);
      },
    };
    members.push(channel);
    return channel;
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve));
  expect(condition()).toBe(true);
}

function openTab(doc: GenogramDocument, env: { locks: LockManagerLike; documents: DocumentStore; channel: () => ChannelLike }) {
  const store = createEditorStore(doc);
  const view = createViewStore();
  const guard = startTabGuard({ store, view, documents: env.documents, locks: env.locks, channel: env.channel() });
  const errors: unknown[] = [];
  const saved: GenogramDocument[] = [];
  startAutosave(store, guard.documents, {
    onSaved: (d) => {
      saved.push(d);
      if (d === store.getState().doc) view.getState().set({ saveState: 'saved' });
    },
    onError: (error) => {
      errors.push(error);
      view.getState().set({ saveState: error instanceof NotEditingError ? 'read-only' : 'failed' });
    },
  });
  const add = (name: string) => store.getState().apply(`Add ${name}`, (d) => addPerson(d, { givenNames: name }).doc);
  const names = () => store.getState().doc.persons.map((p) => p.givenNames);
  return { store, view, guard, errors, saved, add, names };
}

describe('several tabs, one truth', () => {
  it('the later tab is read-only, follows the saves of the first, and takes over editing; no edit is lost', async () => {
    const storage = sharedStorage();
    const env = { locks: new FakeLocks(), documents: storage.store, channel: channelHub() };
    const start = emptyDocument('Turns');
    const a = openTab(start, env);
    await until(() => a.view.getState().editing === 'here');
    const b = openTab(start, env);
    await until(() => b.view.getState().editing === 'elsewhere');
    expect(b.store.getState().readOnly).toBe(true);
    expect(b.view.getState().saveState).toBe('read-only');

    // B cannot change the document; A's edits reach B.
    b.add('ignored');
    expect(b.names()).toEqual([]);
    a.add('A1');
    await until(() => b.names().join() === 'A1');

    // B takes over: A becomes read-only, B carries on from A's last save.
    await b.guard.takeOver();
    await until(() => a.view.getState().editing === 'taken-over');
    expect(b.view.getState().editing).toBe('here');
    expect(a.store.getState().readOnly).toBe(true);
    b.add('B1');
    await until(() => storage.docs.get(start.id)?.persons.length === 2);
    await until(() => a.names().join() === 'A1,B1');

    // And back again: three turns each, nothing lost.
    for (let turn = 2; turn <= 3; turn++) {
      await a.guard.takeOver();
      a.add(`A${turn}`);
      await until(() => b.names().includes(`A${turn}`));
      await b.guard.takeOver();
      b.add(`B${turn}`);
      await until(() => a.names().includes(`B${turn}`));
    }
    expect(storage.docs.get(start.id)!.persons.map((p) => p.givenNames)).toEqual(['A1', 'B1', 'A2', 'B2', 'A3', 'B3']);
    // Only the editing tab ever wrote, and every write it made landed.
    expect(storage.writes.every((w) => w.ok)).toBe(true);
  });

  it('a write from a tab whose editing was taken over is refused, and it never reports "Saved" for it', async () => {
    const storage = sharedStorage();
    const env = { locks: new FakeLocks(), documents: storage.store, channel: channelHub() };
    const start = emptyDocument('Race');
    const a = openTab(start, env);
    await until(() => a.view.getState().editing === 'here');
    await until(() => a.saved.length === 1);
    const b = openTab(start, env);
    await until(() => b.view.getState().editing === 'elsewhere');
    await b.guard.takeOver();
    b.add('B1');
    await until(() => storage.docs.get(start.id)?.persons.length === 1);

    // A's old lease is stale: a write with it (one that was under way when B took over) is refused.
    const stale = await storage.store.saveCurrent(addPerson(start, { givenNames: 'late' }).doc, 1).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(StaleWriteError);
    // A itself no longer writes: its save is refused before it reaches storage, and it says read-only.
    await until(() => a.view.getState().editing === 'taken-over');
    const savedBefore = a.saved.length;
    a.store.getState().setReadOnly(false); // as if an edit slipped in just as B took over
    a.add('A-late');
    await until(() => a.errors.some((e) => e instanceof NotEditingError));
    expect(a.saved.length).toBe(savedBefore);
    expect(a.view.getState().saveState).toBe('read-only');
    expect(storage.docs.get(start.id)!.persons.map((p) => p.givenNames)).toEqual(['B1']);
  });

  it('saves as before where the browser refuses Web Locks (a page opened from a file)', async () => {
    const storage = sharedStorage();
    const refusing: LockManagerLike = {
      request: () => {
        throw new DOMException('Access denied', 'SecurityError');
      },
    };
    const tab = openTab(emptyDocument('File'), { locks: refusing, documents: storage.store, channel: channelHub() });
    await until(() => tab.saved.length === 1);
    tab.add('Kept');
    await until(() => storage.docs.get(tab.store.getState().doc.id)?.persons.length === 1);
    expect(tab.view.getState().editing).toBeUndefined();
    expect(tab.store.getState().readOnly).toBe(false);
    expect(tab.errors).toEqual([]);
  });
});
