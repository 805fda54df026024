/**
 * File fields: which fields of the request hold files, and how a file field's
 * value is walked. A file type in the schema is marked with {@link fileType};
 * `FILE_FIELDS` names the fields that hold one (test/unit/file-fields.test.ts
 * walks the schema and checks the list). The transport, the form value, the
 * drafts and the server read this list, never a field's name.
 *
 * A file field holds one file, or files in arrays and objects
 * (`photos: { "gimbal-close-up": [File, File] }`). In JSON each file becomes
 * its description `{ name, size, type }` in place; its bytes travel in a
 * multipart part named after the field's key (`proofOfPurchase`, `photos`),
 * one part per file, in the order {@link filesIn} lists them.
 * Pure: no Lit, no DOM.
 */
import type * as z from 'zod/mini';
import type { RepairRequest } from './request.js';

/** What a file field accepts: attachments (the configuration's `files`: documents, pictures) or photos (written again by the widget). */
export type FileKind = 'attachment' | 'photo';

const kinds = new WeakMap<object, FileKind>();

/** Marks a schema as a file of this kind (the server replaces it with the file's description). */
export function fileType<T extends z.core.$ZodType>(schema: T, kind: FileKind): T {
  kinds.set(schema, kind);
  return schema;
}

/** The kind of a marked file schema, or undefined. */
export const fileKindOf = (schema: unknown): FileKind | undefined => kinds.get(schema as object);

/** The request's fields that hold files, by dotted path, with the kind of file each holds. */
export const FILE_FIELD_KINDS = {
  'malfunction.proofOfPurchase': 'attachment',
  'malfunction.photos': 'photo',
} as const satisfies Record<string, FileKind>;
export type FileField = keyof typeof FILE_FIELD_KINDS;
/** The request's fields that hold files. */
export const FILE_FIELDS = /* @__PURE__ */ Object.keys(FILE_FIELD_KINDS) as FileField[];

/** The multipart part (and form entry suffix) of a field's files: its key. */
export const partName = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/** Whether a value is a file (or a blob) in this environment. */
export const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

/** A file with its path below the field's value (`['gimbal-close-up', '0']`). */
export interface FileEntry<F = Blob> {
  path: string[];
  file: F;
}

/**
 * Every file in a value (a file, or arrays and plain objects holding files),
 * in order; `isFile` says what a file is (a server walks descriptions).
 */
export function filesIn<F = Blob>(value: unknown, at: string[] = [], isFile: (v: unknown) => v is F = isBlob as never): FileEntry<F>[] {
  if (isFile(value)) return [{ path: at, file: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => filesIn(v, [...at, String(i)], isFile));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => filesIn(v, [...at, k], isFile));
  return [];
}

/** The value with each file replaced by `to(file)`. */
export function mapFiles(value: unknown, to: (file: Blob) => unknown): unknown {
  if (isBlob(value)) return to(value);
  if (Array.isArray(value)) return value.map((v) => mapFiles(v, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapFiles(v, to)]));
  return value;
}

/** The value at a dotted path. */
export const valueAt = (root: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), root);

/** What a file becomes in the JSON: its description, never its content. */
export interface FileMetadata {
  name: string;
  size: number;
  type: string;
  /** The id of the file when it was sent ahead (`POST {base}/uploads`): the server takes the file from there. */
  upload?: string;
}

/** A value with each file replaced by its description. */
export type Described<T> = T extends Blob ? FileMetadata
  : T extends readonly (infer U)[] ? Described<U>[]
  : T extends object ? { [K in keyof T]: Described<T[K]> }
  : T;

/** The repair request as JSON: each file of a file field is described by its metadata. */
export type RepairRequestPayload = Described<RepairRequest>;

/** What a file becomes in the JSON. */
export const describeFile = (file: Blob): FileMetadata => ({ name: file instanceof File ? file.name : '', size: file.size, type: file.type });
