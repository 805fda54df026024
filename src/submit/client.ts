/**
 * The submission client: sends a validated request to the host's endpoint and
 * turns every outcome into a case number or a `SubmitError` with a reason.
 * Pure: no Lit, no DOM beyond fetch, XMLHttpRequest, FormData and AbortSignal.
 * One call is one attempt; retries are the submitter's (submitter.ts).
 *
 * The wire format (documented for back ends):
 * - without a file: `POST` `application/json`, the body is `toPayload(request)`;
 * - with files: `POST` `multipart/form-data` with a `request` part (the same
 *   JSON, each file replaced by `{ name, size, type }`) and one part per file,
 *   named after its field's key (`proofOfPurchase`, `photos`), in the order
 *   the JSON describes them (see `FILE_FIELDS` in schema/files.ts);
 * - an `Idempotency-Key` header, the same for every attempt of one request.
 * The endpoint answers `201` (or `200`) with `{ "caseNumber": "…" }`, or `422`
 * `application/problem+json` with `{ "errors": [{ "path", "code", "message" }] }`.
 */
import type { FieldErrors } from '../flow/flow.js';
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import type { RepairRequest } from '../schema/request.js';
import { SubmitError, type SubmitSuccess, type UploadProgress } from './types.js';
import { filesProgress } from './file-progress.js';

import { filesToSend, toPayload, type UploadReferences } from './payload.js';
import { DEFAULT_TIMEOUT_MS } from './settings.js';
import { guardRequest } from './request-guard.js';
import { postWithProgress } from './xhr.js';
import { endpointProblem } from './endpoint.js';

export { endpointProblem };

export { DEFAULT_TIMEOUT_MS, normalizeCredentials } from './settings.js';

export type { FileMetadata, RepairRequestPayload } from './payload.js';
export { toPayload };

export interface SubmitInit {
  /** Cancels the request (the customer cancelled, the element was removed). */
  signal: AbortSignal;
  /**
   * Gives up after this many milliseconds without an answer, with the reason
   * `timeout`; while a file uploads, the time counts from the last progress.
   * Default {@link DEFAULT_TIMEOUT_MS}.
   */
  timeoutMs?: number | undefined;
  /** Extra headers from the host (CSRF or bearer tokens…); the widget's own headers win. */
  headers?: HeadersInit | undefined;
  /** Whether cookies go with the request, as in `fetch`. Default `same-origin`. */
  credentials?: RequestCredentials | undefined;
  /** Sent as `Idempotency-Key`: the same key for every attempt of the same request. */
  idempotencyKey?: string | undefined;
  /** The files sent ahead, with their ids: the JSON references them instead of carrying their bytes. */
  references?: UploadReferences | undefined;
  /** Upload progress of a request with a file, in bytes. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** The body, and the widget's headers for it: JSON without a file (or with every file sent ahead), multipart with files. */
export function encodeRequest(request: RepairRequest, references?: UploadReferences): { body: string | FormData; headers: Record<string, string> } {
  const json = JSON.stringify(toPayload(request, references));
  const files = filesToSend(request, references);
  if (!files.length) return { body: json, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } };
  const form = new FormData();
  form.append('request', json);
  for (const { part, file } of files) form.append(part, file, file.name);
  // The browser sets the multipart Content-Type with its boundary.
  return { body: form, headers: { Accept: 'application/json' } };
}

/** The host's headers, then the widget's (they win), then the idempotency key. */
export function requestHeaders(own: Record<string, string>, init: Pick<SubmitInit, 'headers' | 'idempotencyKey'>): Headers {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  if (init.idempotencyKey) headers.set('Idempotency-Key', init.idempotencyKey);
  return headers;
}

/** Field errors of a `422` problem response, by dotted path; unknown codes become `invalid`. */
export function problemFieldErrors(problem: unknown): FieldErrors {
  const errors: Record<string, ErrorCode> = {};
  const list = (problem as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(list)) return errors;
  for (const item of list as { path?: unknown; code?: unknown }[]) {
    const path = Array.isArray(item?.path) ? item.path.map(String).join('.') : item?.path;
    if (typeof path !== 'string' || !path) continue;
    errors[path] ??= isErrorCode(item.code) ? item.code : 'invalid';
  }
  return errors;
}

/** The response's JSON, or undefined when it is not JSON; an abort while reading still throws. */
async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined;
  }
}

/** The problem type of a `422` that is about the Idempotency-Key, not the answers: the key was used for another request. */
export const IDEMPOTENCY_KEY_REUSED = 'urn:repair-request:problem:idempotency-key-reused';

async function interpret(response: Response, signal: AbortSignal): Promise<SubmitSuccess> {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 422 && type.includes('application/problem+json')) {
    const problem = await readJson(response, signal);
    if ((problem as { type?: unknown } | undefined)?.type === IDEMPOTENCY_KEY_REUSED) {
      throw new SubmitError('http', 'The endpoint already stored this request with different answers (422, Idempotency-Key reused).', 422);
    }
    throw new SubmitError('validation', 'The endpoint rejected some answers (422).', 422, problemFieldErrors(problem));
  }
  if (response.status !== 200 && response.status !== 201) {
    throw new SubmitError('http', `The endpoint answered ${response.status} ${response.statusText}.`.trim(), response.status,
      undefined, response.headers.get('Retry-After') ?? undefined);
  }
  const data = await readJson(response, signal);
  const caseNumber = (data as { caseNumber?: unknown } | undefined)?.caseNumber;
  if (typeof caseNumber !== 'string' || !caseNumber) {
    throw new SubmitError('http', 'The endpoint answered without a `caseNumber` string.', response.status);
  }
  return { caseNumber, response: data };
}

/**
 * Sends the request once: JSON with fetch, or multipart with XMLHttpRequest
 * (for upload progress) when there is a file, unless `credentials` is `omit`,
 * which only fetch can honour for same-origin requests. Resolves with the case
 * number; rejects with a `SubmitError` whose `reason` says what happened
 * (`network`, `timeout`, `aborted`, `http`, `validation`).
 */
export async function submitRequest(endpoint: string, request: RepairRequest, init: SubmitInit): Promise<SubmitSuccess> {
  const { signal } = init;
  if (signal.aborted) throw new SubmitError('aborted', 'The submission was cancelled.');
  const credentials = init.credentials ?? 'same-origin';
  const guard = guardRequest(signal, init.timeoutMs ?? DEFAULT_TIMEOUT_MS, { endpoint: 'endpoint', cancelled: 'The submission was cancelled.' });
  try {
    const { body, headers: own } = encodeRequest(request, init.references);
    const headers = requestHeaders(own, init);
    guard.arm();
    const parts = filesToSend(request, init.references).map(({ file }) => ({ name: file.name, size: file.size }));
    const onProgress = init.onProgress && ((p: UploadProgress) => init.onProgress!({ ...p, files: filesProgress(parts, p) }));
    const response = body instanceof FormData && credentials !== 'omit' && typeof XMLHttpRequest !== 'undefined'
      ? await postWithProgress(endpoint, body, headers, { credentials, signal: guard.signal, onProgress, onActivity: guard.arm })
      : await fetch(endpoint, { method: 'POST', body, headers, credentials, signal: guard.signal });
    return await interpret(response, guard.signal);
  } catch (error) {
    throw guard.failure(error);
  } finally {
    guard.done();
  }
}
