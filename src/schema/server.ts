/**
 * The request and the contact message as a back end validates them: the very
 * rules the widget applies, with two differences that only matter on a server.
 *
 * - Every object is strict: a field the schema does not know is an
 *   `unrecognized_keys` issue, never silently dropped.
 * - An answer to a question that does not apply (`malfunction.crashCause`
 *   without the crash issue, a serial number of a product chosen by model) is
 *   refused with `not_applicable`: the widget never sends one.
 * - A file is not in the JSON. In a repair request, each file of a file field
 *   (`FILE_FIELDS`, files.ts) is replaced by its description `{ name, size, type }`
 *   (checked against the accepted extensions and the size limit of its kind);
 *   the bytes arrive in their own multipart parts, and the server checks their
 *   real type itself. In a contact message the file is only a part.
 *
 * Pure: no Lit, no DOM.
 */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';
import { defaultConfig } from '../config/default-config.js';
import { createContactSchema, type ContactMessage, type ContactSchemaOptions } from '../contact/contact-schema.js';
import { isErrorCode, type ErrorCode } from './codes.js';
import { addressRules } from './address-rules.js';
import { notApplicableChecks } from './applicable.js';
import { createRequestSchema } from './request.js';
import { fileExtension, isAcceptedFile } from './rules.js';
import { fileKindOf, type FileKind, type RepairRequestPayload } from './files.js';
import { PHOTO_EXTENSIONS, photoLimits, photoRules } from './photos.js';

const code = (c: ErrorCode) => c;

const fileName = () => z.string(code('invalid')).check(z.minLength(1, code('invalid')), z.maxLength(255, code('invalid')));

/** An upload's id, as `POST {base}/uploads` gives it: `rru_` and 32 base64url characters (192 random bits). */
export const UPLOAD_ID = /^rru_[A-Za-z0-9_-]{32}$/;

/** What a file becomes in the JSON: its description `{ name, size, type }`, with the rules of its kind. */
export function fileMetadataSchema(config: RepairConfig, kind: FileKind = 'attachment') {
  const accepted = kind === 'attachment'
    ? (name: string) => isAcceptedFile(config, name)
    : (name: string) => name.includes('.') && (PHOTO_EXTENSIONS as readonly string[]).includes(fileExtension(name));
  const maxBytes = kind === 'attachment' ? config.files.maxBytes : photoLimits(config).totalBytes;
  return z
    .strictObject({
      name: fileName(),
      size: z.int(code('invalid')).check(z.nonnegative(code('invalid'))),
      type: z.string(code('invalid')).check(z.maxLength(255, code('invalid'))),
      /** The file was sent ahead (`POST {base}/uploads`): its id, in place of a multipart part. */
      upload: z.optional(z.string(code('invalid')).check(z.regex(UPLOAD_ID, code('upload_unknown')))),
    })
    .check(
      z.refine((f) => accepted(f.name), code('file_type')),
      z.refine((f) => f.size <= maxBytes, code('file_too_large')),
    );
}

export type { FileMetadata, RepairRequestPayload } from './files.js';

/** The contact message as JSON: the file is only a multipart part; `locale` says which language to answer in. */
export type ContactMessagePayload = Omit<ContactMessage, 'proofOfPurchase'> & { locale?: string };

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
}

/** Replacements by dotted path (`undefined` removes the field). */
type Overrides = Record<string, z.core.$ZodType | undefined>;

interface StrictOptions {
  /** Keep the objects' cross-field rules. */
  rules: boolean;
  /** Replacements by dotted path (`undefined` removes the field). */
  overrides?: Overrides;
  /** What a marked file type becomes (its description); files stay files without it. */
  file?: (kind: FileKind) => z.core.$ZodType;
}

const withDef = <T extends z.core.$ZodType>(schema: T, def: Def, changes: Partial<Def> & Record<string, unknown>) =>
  z.core.clone(schema, z.core.util.mergeDefs(def, changes));

/**
 * The same schema with every object strict, all the way down (through
 * optional and default wrappers, arrays and records); fields named in
 * `overrides` are replaced or removed, and file types described. Without
 * `rules`, objects lose their own cross-field rules and keep only their
 * fields' types and rules.
 */
function strict<T extends z.core.$ZodType>(schema: T, options: StrictOptions, path = ''): T {
  const { rules, overrides = {}, file } = options;
  const kind = fileKindOf(schema);
  if (kind && file) return file(kind) as unknown as T;
  const def = schema._zod.def as unknown as Def;
  if (def.type === 'object' && def.shape) {
    const shape: Record<string, z.core.$ZodType> = {};
    for (const [key, value] of Object.entries(def.shape)) {
      const at = path ? `${path}.${key}` : key;
      if (!(at in overrides)) shape[key] = strict(value, options, at);
      else if (overrides[at]) shape[key] = overrides[at];
    }
    return withDef(schema, def, rules ? { shape, catchall: z.never() } : { shape, catchall: z.never(), checks: [] });
  }
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
    return withDef(schema, def, { innerType: strict(def.innerType, options, path) });
  }
  if (def.type === 'array' && def.element) return withDef(schema, def, { element: strict(def.element, options, path) });
  if (def.type === 'record' && def.valueType) return withDef(schema, def, { valueType: strict(def.valueType, options, path) });
  return schema;
}

/**
 * Two passes: first every field's type and own rules, then the cross-field
 * rules. The widget always sends every step as an object, so its schema's
 * cross-field rules may assume the shape; a server receives anything, and the
 * first pass makes sure those rules only ever see well-typed values.
 */
const twoPass = (build: (rules: boolean) => z.core.$ZodType) => z.pipe(build(false), build(true));

/**
 * The date that is already today somewhere on Earth (UTC+14), so no customer's
 * "today" is taken for the future by a server in another time zone.
 */
export function latestToday(now = new Date()) {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The repair request as the endpoint receives it: strict, with the proof of
 * purchase as `{ name, size, type }`. `today` (YYYY-MM-DD) bounds the dates;
 * by default the latest date on Earth.
 */
export function createServerSchema(config: RepairConfig = defaultConfig, today: string = latestToday()) {
  const request = createRequestSchema(config, { today, addressRules, photoRules });
  const file = (kind: FileKind) => fileMetadataSchema(config, kind);
  const build = (rules: boolean) => {
    const schema = strict(request, { rules, file });
    return rules ? schema.check(...notApplicableChecks(config)) : schema;
  };
  return twoPass(build) as unknown as z.ZodMiniType<RepairRequestPayload, unknown>;
}

/** The contact message as the endpoint receives it: strict, without the file, with the customer's `locale`. */
export function createServerContactSchema(config: RepairConfig = defaultConfig, options: ContactSchemaOptions = {}) {
  const contact = createContactSchema(config, options);
  const locale = z.optional(z.string(code('invalid')).check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, code('invalid'))));
  const build = (rules: boolean) => z.safeExtend(strict(contact, { rules, overrides: { proofOfPurchase: undefined } }), { locale });
  return twoPass(build) as unknown as z.ZodMiniType<ContactMessagePayload, unknown>;
}

/** A field error as the endpoint reports it (`422`). */
export interface FieldIssue {
  /** Dotted path of the field: `malfunction.description`. */
  path: string;
  code: ErrorCode;
}

/** What a failed parse means for the endpoint: fields it does not know (`400`), or field errors (`422`). */
export interface ServerIssues {
  unknownFields: string[];
  errors: FieldIssue[];
}

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);

/**
 * Turns the issues of a failed parse into unknown fields and field errors
 * (first error of each field): a message that is not an error code becomes
 * `required` when the value is missing, `invalid` otherwise.
 */
export function serverIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ServerIssues {
  const unknownFields: string[] = [];
  const errors: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) unknownFields.push([...path, key].join('.'));
      continue;
    }
    const key = path.join('.');
    if (errors.some((e) => e.path === key)) continue;
    const known = isErrorCode(issue.message) ? issue.message : undefined;
    errors.push({ path: key, code: known ?? (valueAt(input, issue.path) === undefined ? 'required' : 'invalid') });
  }
  return { unknownFields, errors };
}
