/**
 * `POST {base}/uploads`: one file sent on its own, as soon as the customer
 * attaches it, before the case. The body is `multipart/form-data` with one
 * file part named after its field's key (`photos`, `proofOfPurchase`); the
 * file gets the same checks as in a case (content sniffing, the end of a
 * picture, the size limit of its kind) and is kept, bound to no case, until a
 * case references it (`{ "name", "size", "type", "upload": "<id>" }`) or it
 * expires. The answer is `201 { upload, name, size, type }`: the id is an
 * unguessable token, the only way to the file, which is never served until a
 * case claims it (then to staff, as every file of a case).
 */
import { randomBytes } from 'node:crypto';
import type { RepairConfig } from '../config/config-schema.js';
import { FILE_FIELD_KINDS, FILE_FIELDS, partName } from '../schema/files.js';
import { photoLimits } from '../schema/photos.js';
import { readMultipartBody, type BodyLimits, type ReceivedFile } from './body.js';
import { bodyKind, HttpProblem, json, PROBLEM_TYPES } from './http.js';
import { checkedFile } from './intake.js';
import type { FileStore, RepairStore } from './store/types.js';

export interface UploadContext {
  store: RepairStore;
  files: FileStore;
  config: RepairConfig;
  limits: BodyLimits;
  /** How long an unclaimed upload is kept (ms). */
  maxAgeMs: number;
  /** Counts the stored bytes against the client's allowance (a `429` past it). */
  spend: (bytes: number) => void;
  log: (line: string) => void;
}

/** A new upload id: `rru_` and 24 random bytes in base64url (192 bits). */
const newUploadId = () => `rru_${randomBytes(24).toString('base64url')}`;

/** `POST {base}/uploads`. */
export async function receiveUpload(request: Request, ctx: UploadContext): Promise<Response> {
  const { store, files, config } = ctx;
  const contentType = request.headers.get('content-type');
  if (bodyKind(contentType).kind !== 'multipart') throw new HttpProblem(415, 'Send the file as multipart/form-data, in a part named after its field (photos, proofOfPurchase).');
  // Expired uploads go first, so the store never holds more than a day's worth.
  const expired = await store.purgeUploads();
  await Promise.all(expired.map((key) => files.remove(key).catch(() => {})));
  const fileParts = Object.fromEntries(FILE_FIELDS.map((f) => [partName(f), FILE_FIELD_KINDS[f] === 'photo' ? photoLimits(config).totalBytes : config.files.maxBytes]));
  const body = await readMultipartBody(request, contentType!, ctx.limits, files, { jsonPart: 'request', fileParts, maxFiles: 1 });
  const file: ReceivedFile | undefined = body.files[0];
  let stored = false;
  try {
    if (!file || body.json) throw new HttpProblem(400, `Send exactly one file part, named after its field (${Object.keys(fileParts).join(', ')}), and nothing else.`);
    const field = FILE_FIELDS.find((f) => partName(f) === file.part)!;
    ctx.spend(file.size);
    const checked = await checkedFile(file, file.filename ?? '', field, config, FILE_FIELD_KINDS[field], files);
    const id = newUploadId();
    await store.stageUpload({
      id, field, name: checked.name, size: checked.size, type: checked.type, declaredType: checked.declaredType,
      sha256: checked.sha256, storageKey: checked.storageKey, ttlMs: ctx.maxAgeMs,
    });
    stored = true;
    ctx.log(`upload for ${field} stored (${checked.size} bytes)`);
    return json(201, { upload: id, name: checked.name, size: checked.size, type: checked.type });
  } finally {
    if (!stored) await Promise.all(body.files.map((f) => files.remove(f.storageKey).catch(() => {})));
  }
}

/** The uploads a client may send: `max` uploads and `maxBytes` stored bytes per `windowMs` (defaults: 60, 200 MB, 15 minutes). */
export interface UploadLimitOptions {
  max?: number | undefined;
  maxBytes?: number | undefined;
  windowMs?: number | undefined;
}

/**
 * A fixed window per client (in this process, like the rate limiter): past
 * `max` uploads or `maxBytes` stored, a `429` with `Retry-After`, so the route
 * is no free storage. `admit(client)` counts an upload and returns the
 * function that counts its bytes.
 */
export function createUploadLimiter({ max = 60, maxBytes = 200 * 1024 * 1024, windowMs = 15 * 60_000 }: UploadLimitOptions = {}) {
  const windows = new Map<string, { start: number; count: number; bytes: number }>();
  const refuse = (w: { start: number }, now: number): never => {
    const seconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    throw new HttpProblem(429, `Too many uploads from this client; try again in ${seconds} s.`, {
      type: PROBLEM_TYPES.rateLimited, title: 'Too many uploads', headers: { 'Retry-After': String(seconds) },
    });
  };
  return (client: string) => {
    const now = Date.now();
    if (windows.size > 10_000) for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
    let w = windows.get(client);
    if (!w || now - w.start >= windowMs) windows.set(client, (w = { start: now, count: 0, bytes: 0 }));
    if (++w.count > max || w.bytes >= maxBytes) refuse(w, now);
    const window = w;
    return (bytes: number) => {
      window.bytes += bytes;
      if (window.bytes > maxBytes) refuse(window, Date.now());
    };
  };
}
