/**
 * Drafts in IndexedDB (`persist="local"`), files included (one kept by its id
 * alone, from a tab's draft, by reference, as in the tab): loaded only when a
 * widget opts in. Pure: no Lit, no DOM beyond the IndexedDB factory it is handed.
 */
import { readSnapshot } from './draft-snapshot.js';
import type { DraftStore } from './drafts.js';
import { standInsAsReferences, withSentFiles } from './sent-files.js';

const OBJECT_STORE = 'drafts';

/** Drafts in IndexedDB, files included. One database with one object store, keyed by the draft key. */
export function indexedDbDraftStore(factory: () => IDBFactory | undefined, name = 'repair-request'): DraftStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = () => (connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const idb = factory();
    if (!idb) throw new Error('IndexedDB is not available');
    const request = idb.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrades the database: step aside (the next operation reopens it).
      db.onversionchange = () => { db.close(); connection = undefined; };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }));
  const run = async <T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<T>) => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(OBJECT_STORE, mode);
      const request = operation(transaction.objectStore(OBJECT_STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  return {
    async load(key) {
      const value: unknown = await run('readonly', (store) => store.get(key));
      return value === undefined ? undefined : withSentFiles(readSnapshot(value));
    },
    async save(key, snapshot) {
      // A file kept by its id alone would be cloned as an empty file: it is stored by reference.
      await run('readwrite', (store) => store.put({ ...snapshot, draft: standInsAsReferences(snapshot.draft) }, key));
    },
    async clear(key) {
      await run('readwrite', (store) => store.delete(key));
    },
    close() {
      const pending = connection;
      connection = undefined;
      pending?.then((db) => db.close(), () => undefined);
    },
  };
}
