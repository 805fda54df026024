/**
 * Files sent ahead in a draft kept as text (`persist="session"`): Web Storage
 * cannot hold a file's bytes, but a file the server already has (sent ahead,
 * with an id) does not need them. Such a file is saved in its place as a
 * reference (`{ "sentAhead": { name, size, type, upload } }`: its description
 * and the server's id, never its bytes nor a URL) and read back as a
 * {@link SentAheadFile}: a `File` with that name, size and type and no bytes,
 * whose id is the draft's, so it shows as attached and sent and the request
 * references it as before. A file without an id cannot be kept: it is
 * described in `lostFiles`, for the customer to attach again. IndexedDB
 * (`persist="local"`) keeps files, but would clone a {@link SentAheadFile} as
 * an empty file: it stores such a file by reference too. Where its id cannot
 * be used (no `upload-endpoint` when the draft is resumed), a file kept by its
 * id alone is to be attached again like one not kept. Pure: no Lit.
 */
import { describeFile, FILE_FIELDS, isBlob, type FileMetadata } from '../schema/files.js';
import type { DraftSnapshot, LostFile } from './drafts.js';
import type { SentAheadId } from './sent-ahead.js';

/** A file sent ahead, as a text draft keeps it: its description and the id the server gave. */
export type SentFileReference = FileMetadata & { upload: string };

/** A file sent ahead before a reload: its name, size and type, without its bytes (the server holds them under its id). */
export class SentAheadFile extends File {
  readonly #size: number;
  /** The id the server gave the file when it was sent ahead: the request references it by this id. */
  readonly upload: string;

  constructor(reference: SentFileReference) {
    super([], reference.name, { type: reference.type });
    this.#size = reference.size;
    this.upload = reference.upload;
  }

  /** The size of the file the server holds. */
  override get size() {
    return this.#size;
  }
}

/** Whether the file came back from a text draft without its bytes: it cannot be sent again, only attached again. */
export const isSentAheadFile = (file: unknown): file is SentAheadFile => file instanceof SentAheadFile;

const isReference = (value: unknown): value is { sentAhead: SentFileReference } => {
  const ref = (value as { sentAhead?: Partial<SentFileReference> } | null)?.sentAhead;
  return !!ref && typeof ref.name === 'string' && typeof ref.size === 'number' && typeof ref.type === 'string'
    && typeof ref.upload === 'string' && !!ref.upload;
};

/** What becomes of a file of a draft kept: its value in its place, or undefined to leave it out. */
export type KeepFile = (file: Blob, path: string) => unknown;

/** A value with each file through `keep`; a file left out closes up its array, and a value left with no file goes. */
function keepIn(value: unknown, at: string[], keep: KeepFile): unknown {
  if (isBlob(value)) return keep(value, at.join('.'));
  if (Array.isArray(value)) {
    const kept = value.map((v, i) => keepIn(v, [...at, String(i)], keep)).filter((v) => v !== undefined);
    return kept.length || !value.length ? kept : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, keepIn(v, [...at, k], keep)] as const);
    const kept = entries.filter(([, v]) => v !== undefined);
    return kept.length || !entries.length ? Object.fromEntries(kept) : undefined;
  }
  return value;
}

/** The draft with each of its files through `keep` (by path: `malfunction.photos.gimbal-close-up.0`); a field left with no file goes. */
export const keepFiles = <D extends object>(draft: D, keep: KeepFile): D => Object.fromEntries(Object.entries(draft).map(([step, values]) => [
  step, values && Object.fromEntries(Object.entries(values as object).flatMap(([field, value]) => {
    const kept = keepIn(value, [step, field], keep);
    return kept === undefined ? [] : [[field, kept]];
  })),
])) as D;

/** A file kept by its id as its reference (for storage that cannot hold it as it is). */
export const referenceTo = (file: Blob, upload: string) => ({ sentAhead: { ...describeFile(file), upload } });

/**
 * The draft for IndexedDB: a file kept by its id alone ({@link SentAheadFile}) is stored as its reference, since a
 * structured clone would make it a plain file with no bytes and no id; any other file is kept as it is.
 */
export const standInsAsReferences = <D extends object>(draft: D) =>
  keepFiles(draft, (file) => (isSentAheadFile(file) ? referenceTo(file, file.upload) : file));

/**
 * The draft where a file kept by its id alone cannot be sent by that id (no `upload-endpoint`): each such file is
 * left out and described in `lost`, to be attached again; any other file is kept. Its bytes are not here, so it is
 * never sent empty in its place.
 */
export function withoutStandIns<D extends object>(draft: D, lost: LostFile[]): D {
  return keepFiles(draft, (file, path) => {
    if (!isSentAheadFile(file)) return file;
    lost.push({ path, ...describeFile(file) });
    return undefined;
  });
}

/**
 * The snapshot for text storage: a file sent ahead is kept as its reference;
 * any other file is left out, described in `lostFiles` by its
 * path (`malfunction.photos.gimbal-close-up.0`), after those still to attach
 * again from before a reload.
 */
export function withoutFiles(snapshot: DraftSnapshot): DraftSnapshot {
  const lostFiles: LostFile[] = [...snapshot.lostFiles ?? []];
  const ids = new Map(snapshot.uploads?.map((u) => [u.path, u.id]));
  const draft = keepFiles(snapshot.draft, (file, path) => {
    const upload = ids.get(path);
    if (upload) return referenceTo(file, upload);
    lostFiles.push({ path, ...describeFile(file) });
    return undefined;
  });
  // The ids travel in the references.
  return { ...snapshot, draft, lostFiles: lostFiles.length ? lostFiles : undefined, uploads: undefined };
}

/** A file field's stored value with each reference read back as a {@link SentAheadFile}; `ids` gets each one's path and id. */
function readReferences(value: unknown, at: string[], ids: SentAheadId[]): unknown {
  if (isReference(value)) {
    ids.push({ path: at.join('.'), id: value.sentAhead.upload });
    return new SentAheadFile(value.sentAhead);
  }
  if (isBlob(value)) return value; // kept whole (IndexedDB)
  if (Array.isArray(value)) return value.map((v, i) => readReferences(v, [...at, String(i)], ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readReferences(v, [...at, k], ids)]));
  return value;
}

/** A draft read from storage, its file fields' references read back as files sent ahead, their ids added to `uploads`. */
export function withSentFiles<T extends { draft: object; uploads?: SentAheadId[] | undefined }>(snapshot: T): T {
  const ids: SentAheadId[] = [];
  const draft = { ...snapshot.draft } as Record<string, Record<string, unknown> | undefined>;
  for (const field of FILE_FIELDS) {
    const [step, key] = field.split('.') as [string, string];
    const values = draft[step];
    if (values?.[key] !== undefined) draft[step] = { ...values, [key]: readReferences(values[key], [step, key], ids) };
  }
  if (!ids.length) return snapshot;
  const others = snapshot.uploads?.filter((u) => !ids.some((id) => id.path === u.path)) ?? [];
  return { ...snapshot, draft, uploads: [...others, ...ids] };
}
