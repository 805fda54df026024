/**
 * Files sent ahead in a draft kept as text (`persist="session"`): Web Storage
 * cannot hold a file's bytes, but a file the server already has (sent ahead,
 * with an id) does not need them. Such a file is saved in its place as a
 * reference (`{ "sentAhead": { name, size, type, upload } }`: its description
 * and the server's id, never its bytes nor a URL) and read back as a
 * {@link SentAheadFile}: a `File` with that name, size and type and no bytes,
 * whose id is the draft's, so it shows as attached and sent and the request
 * references it as before. A file without an id cannot be kept: it is
 * described in `lostFiles`, for the customer to attach again. Pure: no Lit.
 */
import { describeFile, FILE_FIELDS, isBlob, type FileMetadata } from '../schema/files.js';
import type { LostFile } from './drafts.js';
import type { SentAheadId } from './sent-ahead.js';

/** A file sent ahead, as a text draft keeps it: its description and the id the server gave. */
export type SentFileReference = FileMetadata & { upload: string };

/** A file sent ahead before a reload: its name, size and type, without its bytes (the server holds them under its id). */
export class SentAheadFile extends File {
  readonly #size: number;

  constructor(reference: SentFileReference) {
    super([], reference.name, { type: reference.type });
    this.#size = reference.size;
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

/**
 * A field's value for text storage: each file sent ahead (an id in `ids`, by
 * path) becomes its reference; any other file is left out (an array closes up;
 * a value left with no file goes) and described in `lost`.
 */
export function keepSentFiles(value: unknown, at: string[], ids: ReadonlyMap<string, string>, lost: LostFile[]): unknown {
  if (isBlob(value)) {
    const path = at.join('.');
    const upload = ids.get(path);
    if (upload) return { sentAhead: { ...describeFile(value), upload } };
    lost.push({ path, ...describeFile(value) });
    return undefined;
  }
  if (Array.isArray(value)) {
    const kept = value.map((v, i) => keepSentFiles(v, [...at, String(i)], ids, lost)).filter((v) => v !== undefined);
    return kept.length || !value.length ? kept : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, keepSentFiles(v, [...at, k], ids, lost)] as const);
    const kept = entries.filter(([, v]) => v !== undefined);
    return kept.length || !entries.length ? Object.fromEntries(kept) : undefined;
  }
  return value;
}

/** A file field's stored value with each reference read back as a {@link SentAheadFile}; `ids` gets each one's path and id. */
function readReferences(value: unknown, at: string[], ids: SentAheadId[]): unknown {
  if (isReference(value)) {
    ids.push({ path: at.join('.'), id: value.sentAhead.upload });
    return new SentAheadFile(value.sentAhead);
  }
  if (Array.isArray(value)) return value.map((v, i) => readReferences(v, [...at, String(i)], ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readReferences(v, [...at, k], ids)]));
  return value;
}

/** A draft read from text storage, its file fields' references read back as files sent ahead, with their ids (`uploads`). */
export function withSentFiles<T extends { draft: object; uploads?: SentAheadId[] | undefined }>(snapshot: T): T {
  const ids: SentAheadId[] = [];
  const draft = { ...snapshot.draft } as Record<string, Record<string, unknown> | undefined>;
  for (const field of FILE_FIELDS) {
    const [step, key] = field.split('.') as [string, string];
    const values = draft[step];
    if (values?.[key] !== undefined) draft[step] = { ...values, [key]: readReferences(values[key], [step, key], ids) };
  }
  return ids.length ? { ...snapshot, draft, uploads: ids } : snapshot;
}
