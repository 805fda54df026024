/**
 * Drafts: what the customer has entered, kept while they type so that a reload,
 * a crash or a closed tab loses nothing. Pure: no Lit, no DOM beyond the storage
 * it is handed (Web Storage, IndexedDB), so it is unit-tested with fakes.
 *
 * - `session` (default): `sessionStorage`, as JSON, for the life of the tab.
 *   A file cannot be kept there: one sent ahead is kept by reference (its id,
 *   sent-files.ts), any other is left out and described in `lostFiles`, so the
 *   customer can be asked to attach it again.
 * - `local`: IndexedDB (`indexeddb-drafts.ts`), across browser restarts, for up
 *   to 30 days. Structured clone keeps `File` objects, so an attached file
 *   survives too; one kept by its id alone (from a tab's draft) is stored by
 *   reference there too (sent-files.ts).
 * - `none`: nothing is kept.
 *
 * Storage that is full, blocked or missing never throws: {@link guardedStore}
 * warns once on the console and carries on without persistence. A stored value
 * is checked by `draft-snapshot.ts`, loaded when there is one.
 */
import type { SavedAddress } from '../schema/address.js';
import type { StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';
import type { FileMetadata } from '../schema/files.js';
import { withoutFiles, withSentFiles } from './sent-files.js';
import type { SentAheadId } from './sent-ahead.js';

export { withoutFiles };

/** The snapshot format; a snapshot of another version is ignored. */
export const DRAFT_VERSION = 1;
/** How long a draft is offered back; older ones are removed without a word. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Prefixes every storage key, so drafts never collide with the host page's own entries. */
export const DRAFT_KEY_PREFIX = 'repair-request:draft:';

export type Persist = 'session' | 'local' | 'none';

/** A file that could not be kept with the draft (session storage holds text only). */
export interface LostFile extends FileMetadata {
  /** Where it was in the draft, e.g. `malfunction.photos.gimbal-close-up.0`. */
  path: string;
}

/** The Address step's New address (or Edit) form, not saved to the address book yet. */
export interface UnsavedAddress {
  /** The book entry being edited; none when adding. */
  id?: string | undefined;
  /** The fields as typed (see `ADDRESS_FIELDS`). */
  values: Record<string, string>;
  /** Save was pressed: its errors show. */
  attempted: boolean;
}

/** Everything needed to put the form back as the customer left it. */
export interface DraftSnapshot {
  version: typeof DRAFT_VERSION;
  /** When it was saved, in milliseconds since the epoch. */
  savedAt: number;
  step: StepId;
  draft: RepairDraft;
  /** Steps on which Next was pressed (their errors show). */
  attempted: StepId[];
  /** Sent with the request, so a retried or resumed submission is stored once. */
  idempotencyKey?: string | undefined;
  /** The customer's own address book, once they changed it. */
  addressBook?: SavedAddress[] | undefined;
  /** The address being typed on the Address step, not saved yet. */
  addressForm?: UnsavedAddress | undefined;
  lostFiles?: LostFile[] | undefined;
  /** The draft's files sent ahead (`upload-endpoint`), by path, with the ids the server gave. */
  uploads?: SentAheadId[] | undefined;
  /**
   * The endpoint stored the request: the confirmation shows again until the
   * customer starts a new request. `accessToken` (a secret: it opens the case's
   * status page) is the endpoint's, kept so the confirmation's status link
   * survives a reload; it is cleared with the draft.
   */
  sent?: SentRecord | undefined;
}

/** What a draft keeps of a stored request. */
export interface SentRecord {
  caseNumber: string;
  /** The case's access token as the endpoint's answer gave it (if at all): a string to use, anything else to ignore. */
  accessToken?: unknown;
}

/** Where drafts are kept. Implementations may throw; wrap them in {@link guardedStore}. */
export interface DraftStore {
  load(key: string): Promise<DraftSnapshot | undefined>;
  save(key: string, snapshot: DraftSnapshot): Promise<void>;
  clear(key: string): Promise<void>;
  /** Releases the connection, if there is one. */
  close?(): void;
}

/** A stored value that is not a draft this version can read (corrupted, or from another version). */
export class InvalidDraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDraftError';
  }
}

/** The code of a store could not be downloaded (offline, a new deployment): worth trying again later. */
export class DraftCodeUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the draft storage code could not be loaded (${String(cause)})`);
    this.name = 'DraftCodeUnavailableError';
  }
}

/** Whether the customer has entered nothing: no draft worth offering back. */
export function isEmptyDraft(draft: RepairDraft) {
  return Object.values(draft).every((step) => !step || Object.values(step).every(
    (value) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0),
  ));
}

/**
 * The check of a stored value (`draft-snapshot.ts`, with zod): loaded only when
 * a saved draft is found, so a first visit does not download it.
 */
export const snapshotReader = () => import('./draft-snapshot.js').then(
  (m) => m.readSnapshot,
  (error: unknown) => { throw new DraftCodeUnavailableError(error); },
);

/** The part of Web Storage a draft store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Drafts as JSON in Web Storage. `storage` is called for every operation,
 * because merely reading `window.sessionStorage` throws where it is blocked.
 */
export function webStorageDraftStore(storage: () => StorageLike): DraftStore {
  return {
    async load(key) {
      const text = storage().getItem(key);
      if (text === null) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new InvalidDraftError('not JSON');
      }
      return withSentFiles((await snapshotReader())(value));
    },
    async save(key, snapshot) {
      storage().setItem(key, JSON.stringify(withoutFiles(snapshot)));
    },
    async clear(key) {
      storage().removeItem(key);
    },
  };
}

/**
 * A store whose code loads on first use: IndexedDB drafts (`persist="local"`)
 * are opt-in, so their code is not part of the first step. While that code
 * cannot be downloaded, drafts go to `fallback` (the tab's session storage), so
 * nothing typed is lost: the newer of the two drafts is the one loaded.
 */
function deferredStore(load: () => Promise<DraftStore>, fallback: DraftStore): DraftStore {
  let store: Promise<DraftStore> | undefined;
  const get = () => (store ??= load().catch((error: unknown) => {
    store = undefined;
    throw new DraftCodeUnavailableError(error);
  }));
  let warned = false;
  const current = () => get().catch((error: unknown) => {
    if (!warned) console.warn(`<repair-request>: ${(error as Error).message}; the draft is kept in the tab meanwhile.`);
    warned = true;
    return fallback;
  });
  return {
    async load(key) {
      const kept = await fallback.load(key);
      const store = await current();
      const saved = store === fallback ? undefined : await store.load(key);
      return !saved || (kept && kept.savedAt > saved.savedAt) ? kept : saved;
    },
    async save(key, snapshot) {
      const store = await current();
      await store.save(key, snapshot);
      if (store !== fallback) await fallback.clear(key);
    },
    async clear(key) {
      await fallback.clear(key);
      const store = await current();
      if (store !== fallback) await store.clear(key);
    },
    close: () => void store?.then((s) => s.close?.(), () => undefined),
  };
}

/** Keeps nothing (`persist="none"`). */
export const noDraftStore: DraftStore = {
  load: async () => undefined,
  save: async () => undefined,
  clear: async () => undefined,
};

export interface GuardOptions {
  warn?: (message: string, detail?: unknown) => void;
  now?: () => number;
  maxAgeMs?: number;
}

/**
 * A store that never throws. The first storage failure (full, blocked,
 * unavailable) is reported once on the console, and the widget carries on
 * without persistence; an unreadable draft is ignored with a warning; a draft
 * older than `maxAgeMs` is removed without one.
 */
export function guardedStore(store: DraftStore, options: GuardOptions = {}): DraftStore & { readonly available: boolean } {
  const { warn = (m, d) => console.warn(m, d), now = Date.now, maxAgeMs = DRAFT_MAX_AGE_MS } = options;
  let available = true;
  let warnedCode = false;
  const unavailable = (error: unknown) => {
    // The store's code did not download: not the storage's fault, so the next operation tries again.
    if (error instanceof DraftCodeUnavailableError) {
      if (!warnedCode) warn(`<repair-request>: ${error.message}; the draft is saved once it loads.`);
      warnedCode = true;
      return;
    }
    if (!available) return;
    available = false;
    warn('<repair-request>: the draft cannot be saved in this browser (storage full, blocked or unavailable); the form works without it.', error);
  };
  return {
    get available() { return available; },
    async load(key) {
      if (!available) return undefined;
      try {
        const snapshot = await store.load(key);
        if (snapshot && now() - snapshot.savedAt > maxAgeMs) {
          await store.clear(key);
          return undefined;
        }
        return snapshot;
      } catch (error) {
        if (error instanceof InvalidDraftError) warn(`<repair-request>: a saved draft was ignored: ${error.message}.`);
        else unavailable(error);
        return undefined;
      }
    },
    async save(key, snapshot) {
      if (!available) return;
      try {
        await store.save(key, snapshot);
      } catch (error) {
        unavailable(error);
        // An older draft may still be there: it must not come back in place of this one.
        await store.clear(key).catch(() => undefined);
      }
    },
    async clear(key) {
      // Even after a failure: a draft saved earlier must not be offered again.
      try {
        await store.clear(key);
      } catch (error) {
        unavailable(error);
      }
    },
    close() {
      store.close?.();
    },
  };
}

/** The `persist` attribute's value; anything unknown means the default, `session`. */
export const toPersist = (value: string | null | undefined): Persist =>
  value === 'local' || value === 'none' ? value : 'session';

/** The storage key: the host's `draft-key`, else the page's path. */
export const draftStorageKey = (draftKey: string | null | undefined, pathname: string) =>
  `${DRAFT_KEY_PREFIX}${draftKey || pathname}`;

/** The guarded store for a `persist` value, on the browser's own storage. */
export function createDraftStore(persist: Persist, options: GuardOptions = {}): DraftStore {
  if (persist === 'none') return noDraftStore;
  const tab = webStorageDraftStore(() => globalThis.sessionStorage);
  const inner = persist === 'local'
    ? deferredStore(() => import('./indexeddb-drafts.js').then((m) => m.indexedDbDraftStore(() => globalThis.indexedDB)), tab)
    : tab;
  return guardedStore(inner, options);
}
