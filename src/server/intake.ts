/**
 * The public routes: `POST {base}/repair-requests` and `POST {base}/contact`.
 * Each request is read as it streams in, validated by the widget's own
 * schema, its files checked by content, and stored once per idempotency key.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { createServerContactSchema, createServerSchema, latestToday, serverIssues, type FieldIssue } from '../schema/server.js';
import { readJsonBody, readMultipartBody, type BodyLimits, type ReceivedFile } from './body.js';
import { checkFile } from './files.js';
import { hasKnownEnd, trailingDataReason } from './image-end.js';
import { FILE_FIELD_KINDS, FILE_FIELDS, filesIn, partName, valueAt, type FileKind, type FileMetadata } from '../schema/files.js';
import { PHOTO_EXTENSIONS, photoLimits } from '../schema/photos.js';
import { bodyKind, HttpProblem, json, parseJsonObject, PROBLEM_TYPES } from './http.js';
import { fingerprint, idempotencyKey } from './idempotency.js';
import { englishMessage } from './messages.js';
import type { RepairHandlerOptions } from './options.js';
import type { MessageNotification } from './notify/types.js';
import type { FileStore, NewFile, RepairStore, UploadReference } from './store/types.js';
import { UploadClaimError } from './store/upload-sql.js';

export interface IntakeContext {
  store: RepairStore;
  files: FileStore;
  config: RepairConfig;
  limits: BodyLimits;
  options: RepairHandlerOptions;
  idempotency: { required: boolean; ttlMs: number; staleMs: number };
  log: (line: string) => void;
  /** After a case is stored (or replayed): the customer's access to it, added to the answer; tells the customer of a new case. */
  afterCase: (caseNumber: string, created: boolean) => Promise<Record<string, string>>;
  /** After a message is stored: tells the customer and the workshop; whether that was done (`contact.notify` resolved). */
  afterMessage: (notification: MessageNotification) => Promise<boolean>;
}

/** The customer's language, from the widget's Content-Language (else the browser's first Accept-Language). */
const localeOf = (request: Request) => {
  const tag = (request.headers.get('content-language') ?? request.headers.get('accept-language') ?? '').split(',')[0]!.split(';')[0]!.trim();
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(tag) ? tag : undefined;
};

/** The service zone a request names (`device.zone`), whose support contacts the messages give. */
const zoneOf = (data: unknown) => {
  const zone = (data as { device?: { zone?: unknown } } | null)?.device?.zone;
  return typeof zone === 'string' ? zone : undefined;
};

const fieldErrors = (errors: FieldIssue[], config: RepairConfig, zone?: string) =>
  errors.map((e) => ({ ...e, message: englishMessage(e.code, config, zone) }));

const invalid = (errors: FieldIssue[], config: RepairConfig, detail = 'Some answers are not valid: see `errors`.', zone?: string) =>
  new HttpProblem(422, detail, { type: PROBLEM_TYPES.validation, title: 'Invalid answers', errors: fieldErrors(errors, config, zone) });

type Schema = { safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: never[] } } };

/** The validated data; 400 for unknown fields or a shape the schema cannot read, 422 for invalid answers. */
function validate(schema: Schema, data: unknown, what: string, config: RepairConfig) {
  const result = schema.safeParse(data);
  if (result.success) return result.data as Record<string, any>;
  const { unknownFields, errors } = serverIssues(result.error.issues, data);
  if (unknownFields.length) {
    throw new HttpProblem(400, `${what} has fields the server does not know: ${unknownFields.join(', ')}.`, {
      type: PROBLEM_TYPES.unknownFields, title: 'Unknown fields',
      errors: fieldErrors(unknownFields.map((path) => ({ path, code: 'unknown_field' as never })), config),
    });
  }
  throw invalid(errors, config, undefined, zoneOf(data));
}

/** The JSON and the files of a body, JSON or multipart. */
async function readRequest(request: Request, ctx: IntakeContext, jsonPart: string, fileParts: Readonly<Record<string, number>>, maxFiles: number) {
  const contentType = request.headers.get('content-type');
  const type = bodyKind(contentType);
  if (request.headers.get('content-encoding') && request.headers.get('content-encoding') !== 'identity') {
    throw new HttpProblem(415, 'Compressed request bodies are not accepted.');
  }
  const what = type.kind === 'json' ? 'The request body' : `The "${jsonPart}" part`;
  if (type.kind === 'json') return { data: parseJsonObject(await readJsonBody(request, ctx.limits), what), what, files: [] as ReceivedFile[] };
  const body = await readMultipartBody(request, contentType!, ctx.limits, ctx.files, { jsonPart, fileParts, maxFiles });
  try {
    if (!body.json) throw new HttpProblem(400, `The multipart body has no "${jsonPart}" part (the JSON).`);
    return { data: parseJsonObject(body.json, what), what, files: body.files };
  } catch (error) {
    await removeAll(ctx.files, body.files);
    throw error;
  }
}

const removeAll = (files: FileStore, list: readonly ReceivedFile[]) =>
  Promise.all(list.map((f) => files.remove(f.storageKey).catch(() => {})));

const PHOTO_KINDS = PHOTO_EXTENSIONS as readonly string[];

/** The file's metadata once its content is checked; a 422 on `path` otherwise. */
export async function checkedFile(file: ReceivedFile, name: string, path: string, config: RepairConfig, kind: FileKind, files: FileStore): Promise<NewFile> {
  const accepted = kind === 'photo' ? PHOTO_KINDS : config.files.extensions;
  const check = await checkFile({ name, head: file.head, path: file.path }, accepted);
  // Nothing may follow a picture's end (a polyglot), whatever field it comes in: a photo, a proof of purchase, an attachment.
  const reason = check.ok && hasKnownEnd(check.kind) ? trailingDataReason(check.kind, await files.readAll(file.storageKey)) : check.reason;
  if (!check.ok || reason) {
    throw invalid([{ path, code: check.ok ? 'file_content' : check.code ?? 'file_type' }], config, `The file "${name}" is refused: ${reason}.`);
  }
  return {
    part: file.part, path, name, size: file.size, type: check.type, declaredType: file.declaredType, sha256: file.sha256, storageKey: file.storageKey,
  };
}

const isDescription = (v: unknown): v is FileMetadata => !!v && typeof v === 'object' && typeof (v as FileMetadata).size === 'number';

/**
 * Pairs the files the JSON describes (each file field, in order) with the
 * parts that came (by part name, in order), and checks each: the same count,
 * the same size, content of the right kind. 400 when they do not match. A
 * file sent ahead (`upload` in its description) has no part: it is a
 * reference, claimed with the case.
 */
async function describedFiles(payload: unknown, received: readonly ReceivedFile[], what: string, config: RepairConfig, files: FileStore) {
  const checked: NewFile[] = [];
  const references: UploadReference[] = [];
  for (const field of FILE_FIELDS) {
    const part = partName(field);
    const all = filesIn(valueAt(payload, field), [field], isDescription);
    for (const { path, file } of all) {
      if (file.upload) references.push({ id: file.upload, field, part, path: path.join('.'), name: file.name, size: file.size });
    }
    const described = all.filter(({ file }) => !file.upload);
    const parts = received.filter((f) => f.part === part);
    if (described.length !== parts.length) {
      throw new HttpProblem(400, `${what} describes ${described.length} file(s) in ${field}, but ${parts.length} "${part}" part(s) came: send one part per file, in the order of the JSON.`);
    }
    for (const [i, { path, file }] of described.entries()) {
      const got = parts[i]!;
      if (got.size !== file.size) throw new HttpProblem(400, `The "${part}" part number ${i + 1} has ${got.size} bytes; ${path.join('.')}.size says ${file.size}.`);
      checked.push(await checkedFile(got, file.name, path.join('.'), config, FILE_FIELD_KINDS[field], files));
    }
  }
  return { checked, references };
}

let today: string | undefined;
let repairSchemas = new WeakMap<RepairConfig, Schema>();
/** The request schema, rebuilt when the date changes (dates may not be in the future). */
function repairSchema(config: RepairConfig): Schema {
  const now = latestToday();
  if (now !== today) [today, repairSchemas] = [now, new WeakMap()];
  let schema = repairSchemas.get(config);
  if (!schema) repairSchemas.set(config, (schema = createServerSchema(config, now) as unknown as Schema));
  return schema;
}

/** `POST {base}/repair-requests`. */
export async function receiveRepairRequest(request: Request, ctx: IntakeContext): Promise<Response> {
  const { store, files, config } = ctx;
  const key = idempotencyKey(request.headers.get('idempotency-key'));
  if (!key && ctx.idempotency.required) {
    throw new HttpProblem(400, 'Send an Idempotency-Key header (a UUID), the same for every retry of this request.', {
      type: PROBLEM_TYPES.idempotencyKeyInvalid, title: 'Idempotency-Key required',
    });
  }
  const maxFiles = FILE_FIELDS.length + photoLimits(config).total;
  // Each part as large as a file of its kind may be: the proof of purchase, a photo.
  const partLimits = Object.fromEntries(FILE_FIELDS.map((f) => [partName(f), FILE_FIELD_KINDS[f] === 'photo' ? photoLimits(config).totalBytes : config.files.maxBytes]));
  const { data, what, files: received } = await readRequest(request, ctx, 'request', partLimits, maxFiles);
  let claimed = false;
  let stored = false;
  try {
    const payload = validate(repairSchema(config), data, 'The repair request', config);
    const { checked: newFiles, references } = await describedFiles(payload, received, what, config, files);
    const headers: Record<string, string> = key ? { 'Idempotency-Key': key } : {};
    if (key) {
      const claim = await store.claimKey({ key, fingerprint: fingerprint(data, newFiles.map((f) => f.sha256)), ...ctx.idempotency });
      if (claim.state === 'mismatch') {
        throw new HttpProblem(422, 'This Idempotency-Key was already used for a different request. A key is for one request: use a new key for a new request.', {
          type: PROBLEM_TYPES.idempotencyKeyReused, title: 'Idempotency key reused',
        });
      }
      if (claim.state === 'in_progress') {
        throw new HttpProblem(409, 'A request with this Idempotency-Key is still being processed. Send it again shortly to get its result.', {
          type: PROBLEM_TYPES.idempotencyInProgress, title: 'Request in progress', headers: { 'Retry-After': '1' },
        });
      }
      if (claim.state === 'completed') {
        return json(201, { caseNumber: claim.caseNumber, ...await ctx.afterCase(claim.caseNumber, false) }, { ...headers, 'Idempotent-Replayed': 'true' });
      }
      claimed = true;
    }
    const email = ctx.options.customerEmail ? ctx.options.customerEmail(request, payload) : payload.address?.email ?? payload.malfunction?.flightAccount;
    const { caseNumber } = await store.createCase({ request: payload, email, locale: localeOf(request), files: newFiles, idempotencyKey: key, uploads: references })
      .catch((error: unknown) => {
        if (error instanceof UploadClaimError) throw invalid(error.errors, config, 'Some files sent ahead cannot be used: see `errors`.');
        throw error;
      });
    stored = true;
    const count = newFiles.length + references.length;
    ctx.log(`case ${caseNumber} stored${count ? ` with ${count} file(s)` : ''}`);
    return json(201, { caseNumber, ...await ctx.afterCase(caseNumber, true) }, headers);
  } finally {
    if (!stored) {
      if (claimed && key) await store.releaseKey(key).catch(() => {});
      await removeAll(files, received);
    }
  }
}

/** `POST {base}/contact`. */
export async function receiveContactMessage(request: Request, ctx: IntakeContext): Promise<Response> {
  const { store, files, config } = ctx;
  const verifyToken = ctx.options.contact!.verifyToken;
  const { data, files: received } = await readRequest(request, ctx, 'message', { proofOfPurchase: config.files.maxBytes }, 1);
  const file = received[0];
  let stored = false;
  try {
    const message = validate(createServerContactSchema(config) as unknown as Schema, data, 'The message', config);
    if (!(await verifyToken(message.verificationToken, request))) {
      throw invalid([{ path: 'verificationToken', code: 'verification_required' }], config, 'The verification is missing or not valid.');
    }
    const newFiles = file ? [{ ...await checkedFile(file, file.filename ?? '', 'proofOfPurchase', config, 'attachment', files), path: undefined }] : [];
    const { id } = await store.createMessage({ message, email: message.email, files: newFiles });
    stored = true;
    ctx.log(`message ${id} stored`);
    const acknowledged = await ctx.afterMessage({
      reference: id, receivedAt: new Date().toISOString(), email: message.email, locale: message.locale ?? localeOf(request) ?? 'en', message,
      answerWithinDays: config.support.answerWithinDays,
      files: newFiles.map((f) => ({ name: f.name, type: f.type, size: f.size, content: () => files.readAll(f.storageKey) })),
    });
    return json(201, { ok: true, reference: id, acknowledged });
  } finally {
    if (!stored && file) await files.remove(file.storageKey).catch(() => {});
  }
}
