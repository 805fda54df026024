/**
 * The submission client: sends a validated request to the host's endpoint and
 * turns every outcome into a case number or a `SubmitError` with a reason.
 * Pure: no Lit, no DOM beyond fetch, FormData and AbortSignal.
 *
 * The wire format (documented for back ends):
 * - without a file: `POST` `application/json`, the body is `toPayload(request)`;
 * - with a proof of purchase: `POST` `multipart/form-data` with a `request`
 *   part (the same JSON, the file replaced by `{ name, size, type }`) and a
 *   `proofOfPurchase` part holding the file.
 * The endpoint answers `201` (or `200`) with `{ "caseNumber": "…" }`, or `422`
 * `application/problem+json` with `{ "errors": [{ "path", "code", "message" }] }`.
 */
import type { FieldErrors } from '../flow/flow.js';
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import type { RepairRequest } from '../schema/request.js';
import { SubmitError, type SubmitSuccess } from './types.js';

/** How long the endpoint may take before the request is given up, unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** What a file becomes in the JSON: its description, never its content. */
export interface FileMetadata {
  name: string;
  size: number;
  type: string;
}

export type RepairRequestPayload = Omit<RepairRequest, 'malfunction'> & {
  malfunction: Omit<RepairRequest['malfunction'], 'proofOfPurchase'> & { proofOfPurchase?: FileMetadata };
};

export interface SubmitInit {
  /** Cancels the request (the customer left, the element was removed). */
  signal: AbortSignal;
  /** Gives up after this many milliseconds with the reason `timeout`. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

/** The request as JSON data: the proof-of-purchase file is replaced by its metadata. */
export function toPayload(request: RepairRequest): RepairRequestPayload {
  const { proofOfPurchase, ...malfunction } = request.malfunction;
  return {
    ...request,
    malfunction: proofOfPurchase
      ? { ...malfunction, proofOfPurchase: { name: proofOfPurchase.name, size: proofOfPurchase.size, type: proofOfPurchase.type } }
      : malfunction,
  };
}

function body(request: RepairRequest): { body: BodyInit; headers: Record<string, string> } {
  const json = JSON.stringify(toPayload(request));
  const file = request.malfunction.proofOfPurchase;
  if (!isFile(file)) return { body: json, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } };
  const form = new FormData();
  form.append('request', json);
  form.append('proofOfPurchase', file, file.name);
  // The browser sets the multipart Content-Type with its boundary.
  return { body: form, headers: { Accept: 'application/json' } };
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

async function interpret(response: Response, signal: AbortSignal): Promise<SubmitSuccess> {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 422 && type.includes('application/problem+json')) {
    const problem = await readJson(response, signal);
    throw new SubmitError('validation', 'The endpoint rejected some answers (422).', 422, problemFieldErrors(problem));
  }
  if (response.status !== 200 && response.status !== 201) {
    throw new SubmitError('http', `The endpoint answered ${response.status} ${response.statusText}.`.trim(), response.status);
  }
  const data = await readJson(response, signal);
  const caseNumber = (data as { caseNumber?: unknown } | undefined)?.caseNumber;
  if (typeof caseNumber !== 'string' || !caseNumber) {
    throw new SubmitError('http', 'The endpoint answered without a `caseNumber` string.', response.status);
  }
  return { caseNumber, response: data };
}

/**
 * Sends the request once. Resolves with the case number; rejects with a
 * `SubmitError` whose `reason` says what happened (`network`, `timeout`,
 * `aborted`, `http`, `validation`).
 */
export async function submitRequest(endpoint: string, request: RepairRequest, init: SubmitInit): Promise<SubmitSuccess> {
  const { signal } = init;
  if (signal.aborted) throw new SubmitError('aborted', 'The submission was cancelled.');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, init.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel, { once: true });
  const failure = (error: unknown) => {
    if (error instanceof SubmitError) return error;
    if (signal.aborted) return new SubmitError('aborted', 'The submission was cancelled.');
    if (timedOut) return new SubmitError('timeout', 'The endpoint did not answer in time.');
    return new SubmitError('network', `The endpoint could not be reached: ${String(error)}`);
  };
  try {
    const response = await fetch(endpoint, { method: 'POST', ...body(request), signal: controller.signal });
    return await interpret(response, controller.signal);
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
