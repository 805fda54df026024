/**
 * Drafts as the widget stores them, read back by the tests: the key prefix of
 * every draft, and the draft kept in IndexedDB (`persist="local"`).
 */

/** The prefix of every draft's key, in sessionStorage and IndexedDB. */
export const DRAFT_PREFIX = 'repair-request:draft:';

/** The draft saved in IndexedDB (`persist="local"`) under `key`, as stored. */
export async function localDraft(key: string): Promise<any> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('repair-request', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('drafts');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').get(DRAFT_PREFIX + key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
