import { loadGenogramFile } from '../../core/format/load';
import { saveGenogramFile } from '../../core/format/save';
import type { GenogramDocument, Id } from '../../core/model/types';
import { openDatabase, requestResult, transactionDone } from './indexedDb';

export interface RecentDocument {
  id: Id;
  title: string;
  /** Milliseconds since 1970, as Date.now(). */
  savedAt: number;
}

/** Documents kept in this browser: the one open now, and recent ones by document id. */
export interface DocumentStore {
  /**
   * Stores the document as the one open now. With a lease (from claimEditing), only while that
   * lease is the newest for the document: a tab whose editing was taken over by another is
   * refused (StaleWriteError), in the same transaction as the check, so its late write can never
   * overwrite the newer tab's.
   */
  saveCurrent(doc: GenogramDocument, lease?: number): Promise<void>;
  /** Makes this tab the one that writes the document: a new lease, newer than every earlier one. */
  claimEditing(id: Id): Promise<number>;
  loadCurrent(): Promise<GenogramDocument | undefined>;
  /** Newest first. */
  listRecent(): Promise<RecentDocument[]>;
  loadRecent(id: Id): Promise<GenogramDocument | undefined>;
  removeRecent(id: Id): Promise<void>;
}

interface StoredDocument extends RecentDocument {
  /** The document as a .genogram.json file, so it is read (and migrated) like any file. */
  text: string;
}

const DB_NAME = 'genogram-editor';
const DB_VERSION = 1;
const DOCUMENTS = 'documents';
const META = 'meta';
const CURRENT_KEY = 'current';
const leaseKey = (id: Id) => `lease:${id}`;

/** A write refused because another tab has since taken over editing the document. */
export class StaleWriteError extends Error {
  constructor(id: Id) {
    super(`Not saved: document ${id} is being edited in another tab or window.`);
    this.name = 'StaleWriteError';
  }
}
/** Older documents beyond this many are dropped, so storage does not grow without end. */
export const RECENT_LIMIT = 20;

let database: Promise<IDBDatabase> | undefined;

function db(): Promise<IDBDatabase> {
  database ??= openDatabase(DB_NAME, DB_VERSION, (d) => {
    if (!d.objectStoreNames.contains(DOCUMENTS)) d.createObjectStore(DOCUMENTS, { keyPath: 'id' });
    if (!d.objectStoreNames.contains(META)) d.createObjectStore(META);
  }).then(
    (opened) => {
      // Another tab with a newer editor wants to upgrade the storage: let it, and reopen on next use.
      opened.onversionchange = () => {
        opened.close();
        database = undefined;
      };
      return opened;
    },
    (error: unknown) => {
      database = undefined;
      throw error;
    },
  );
  return database;
}

/** Reads stored text through the file loader; a stored copy that no longer loads is skipped. */
function readStored(stored: StoredDocument | undefined): GenogramDocument | undefined {
  if (!stored) return undefined;
  const result = loadGenogramFile(stored.text);
  if (result.ok) return result.document;
  console.warn(`The stored copy of "${stored.title}" could not be read:`, result.errors);
  return undefined;
}

async function allStored(d: IDBDatabase): Promise<StoredDocument[]> {
  const tx = d.transaction(DOCUMENTS, 'readonly');
  return requestResult(tx.objectStore(DOCUMENTS).getAll() as IDBRequest<StoredDocument[]>);
}

/** Fails at once when the browser offers no storage, so the caller can say so. */
export async function openDocumentStore(): Promise<DocumentStore> {
  await db();
  return {
    async saveCurrent(doc, lease) {
      const d = await db();
      const record: StoredDocument = { id: doc.id, title: doc.settings.title, savedAt: Date.now(), text: saveGenogramFile(doc) };
      const tx = d.transaction([DOCUMENTS, META], 'readwrite', { durability: 'strict' });
      const done = transactionDone(tx);
      let stale = false;
      const write = () => {
        tx.objectStore(DOCUMENTS).put(record);
        tx.objectStore(META).put(doc.id, CURRENT_KEY);
        // Ask for the commit now rather than when the page next gets round to it: a page that
        // dies after this line still has its edit on disk.
        tx.commit?.();
      };
      if (lease === undefined) write();
      else {
        // Check and write in one transaction: no other tab's claim can come between them.
        const newest = tx.objectStore(META).get(leaseKey(doc.id)) as IDBRequest<number | undefined>;
        newest.onsuccess = () => {
          if ((newest.result ?? 0) === lease) write();
          else {
            stale = true;
            tx.abort();
          }
        };
      }
      try {
        await done;
      } catch (error) {
        if (stale) throw new StaleWriteError(doc.id);
        throw error;
      }
    },

    async claimEditing(id) {
      const d = await db();
      const tx = d.transaction(META, 'readwrite', { durability: 'strict' });
      const done = transactionDone(tx);
      let claimed = 0;
      const newest = tx.objectStore(META).get(leaseKey(id)) as IDBRequest<number | undefined>;
      newest.onsuccess = () => {
        claimed = (newest.result ?? 0) + 1;
        tx.objectStore(META).put(claimed, leaseKey(id));
        tx.commit?.();
      };
      await done;
      return claimed;
    },

    async loadCurrent() {
      const d = await db();
      const id = await requestResult(d.transaction(META, 'readonly').objectStore(META).get(CURRENT_KEY) as IDBRequest<Id | undefined>);
      if (id === undefined) return undefined;
      const tx = d.transaction(DOCUMENTS, 'readonly');
      return readStored(await requestResult(tx.objectStore(DOCUMENTS).get(id) as IDBRequest<StoredDocument | undefined>));
    },

    async listRecent() {
      const d = await db();
      const stored = (await allStored(d)).sort((a, b) => b.savedAt - a.savedAt);
      const stale = stored.slice(RECENT_LIMIT);
      if (stale.length > 0) {
        const tx = d.transaction(DOCUMENTS, 'readwrite');
        for (const s of stale) tx.objectStore(DOCUMENTS).delete(s.id);
        await transactionDone(tx);
      }
      return stored.slice(0, RECENT_LIMIT).map(({ id, title, savedAt }) => ({ id, title, savedAt }));
    },

    async loadRecent(id) {
      const d = await db();
      const tx = d.transaction(DOCUMENTS, 'readonly');
      return readStored(await requestResult(tx.objectStore(DOCUMENTS).get(id) as IDBRequest<StoredDocument | undefined>));
    },

    async removeRecent(id) {
      const d = await db();
      const tx = d.transaction(DOCUMENTS, 'readwrite');
      tx.objectStore(DOCUMENTS).delete(id);
      await transactionDone(tx);
    },
  };
}
