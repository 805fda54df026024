/**
 * The ids of files sent ahead (`upload-endpoint`), by file: written by the
 * uploads (uploads.ts) when the server gave one, kept with the draft
 * (`persist="local"`: IndexedDB keeps the files, the draft their ids by path)
 * and given back to the restored files, so a file sent before a reload is not
 * sent again. Pure: no Lit, no DOM.
 */
import { filesIn } from '../schema/files.js';

/** A file of the draft that was sent ahead: where it is, and the id the server gave. */
export interface SentAheadId {
  path: string;
  id: string;
}

const ids = new WeakMap<Blob, string>();
/** Hears of each id given or forgotten (the draft is saved again). */
export const sentAheadChanges = new EventTarget();

/** The id the server gave this file, if it was sent ahead. */
export const sentAheadId = (file: Blob) => ids.get(file);

/** Records (an id) or forgets (undefined) that this file was sent ahead. */
export function setSentAheadId(file: Blob, id: string | undefined) {
  if (ids.get(file) === id) return;
  if (id) ids.set(file, id);
  else ids.delete(file);
  sentAheadChanges.dispatchEvent(new Event('change'));
}

/** The ids of the draft's files sent ahead, by path (undefined when none was). */
export function sentAheadIds(draft: unknown): SentAheadId[] | undefined {
  const list = filesIn(draft).flatMap(({ path, file }) => {
    const id = ids.get(file);
    return id ? [{ path: path.join('.'), id }] : [];
  });
  return list.length ? list : undefined;
}

/** Gives the restored draft's files the ids they had when it was saved. */
export function adoptSentAheadIds(draft: unknown, list: readonly SentAheadId[] | undefined) {
  if (!list?.length) return;
  const byPath = new Map(list.map((entry) => [entry.path, entry.id]));
  for (const { path, file } of filesIn(draft)) {
    const id = byPath.get(path.join('.'));
    if (id) ids.set(file, id);
  }
}
