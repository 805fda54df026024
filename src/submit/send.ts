/**
 * Sends a request that passed the schema: reads the host's transport settings,
 * checks the endpoint, then posts with retries. Downloaded with the rest of the
 * transport on the Submit step, so none of it weighs on the first step; the
 * shell keeps the submission's state and hears of it through `hooks`.
 */
import type { FieldErrors } from '../flow/flow.js';
import type { RepairDraft, RepairRequest } from '../schema/request.js';
import { endpointProblem } from './client.js';
import { firstStepWithError, recordServerErrors } from './server-errors.js';
import { DEFAULT_RETRY_POLICY, normalizeDuration } from './settings.js';
import { DEFAULT_TIMEOUT_MS, normalizeCredentials } from './settings.js';
import { submitWithRetries, type AttemptFailure, type RequestHeadersOption } from './submitter.js';
import { SubmitError, type Submission, type SubmitSuccess } from './types.js';
import type { UploadReferences } from './payload.js';
import { sendAhead } from './send-ahead.js';

/** The element's transport properties, as the host set them (read once per submission). */
export interface SendSettings {
  endpoint: string | undefined;
  /** The document's base URL, against which a relative endpoint is read. */
  baseURI: string;
  maxAttempts: number;
  retryDelay: unknown;
  timeout: unknown;
  credentials: unknown;
  requestHeaders?: RequestHeadersOption;
  /** The widget's language, sent as `Content-Language` (the workshop writes to the customer in it). */
  language?: string;
  /** Where attached files are sent ahead (`upload-endpoint`); unset: they go with the request. */
  uploadEndpoint?: string | undefined;
}

export interface SendHooks {
  onState(state: Submission): void;
  onAttemptFailed(failure: AttemptFailure): void;
}

/** The case number and answer, or a `SubmitError` (`configuration` for a missing or unusable endpoint). */
export function send(
  request: RepairRequest, idempotencyKey: string, signal: AbortSignal, settings: SendSettings, hooks: SendHooks,
): Promise<SubmitSuccess> {
  const { endpoint } = settings;
  const problem = endpoint ? endpointProblem(endpoint, settings.baseURI) : 'no `endpoint` attribute is set, so the request cannot be sent.';
  if (!endpoint || problem) {
    const message = `<repair-request>: ${problem}`;
    console.error(message);
    return Promise.reject(new SubmitError('configuration', message));
  }
  const maxAttempts = settings.maxAttempts;
  const post = (references?: UploadReferences) => submitWithRetries({
    references,
    endpoint,
    request,
    idempotencyKey,
    signal,
    policy: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: settings.maxAttempts,
      baseDelayMs: normalizeDuration(settings.retryDelay, DEFAULT_RETRY_POLICY.baseDelayMs),
    },
    timeoutMs: normalizeDuration(settings.timeout, DEFAULT_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
    credentials: normalizeCredentials(settings.credentials),
    headers: settings.requestHeaders,
    language: settings.language,
    onState: hooks.onState,
    onAttemptFailed: hooks.onAttemptFailed,
  });
  if (!settings.uploadEndpoint) return post();
  const upload = {
    endpoint: settings.uploadEndpoint, baseURI: settings.baseURI, credentials: normalizeCredentials(settings.credentials), headers: settings.requestHeaders,
  };
  return sendAhead(request, upload, signal, maxAttempts, hooks.onState, post);
}

/** The endpoint refused answers (`422`): its errors, kept with the values they were about, and the first step with one. */
export const refusedAnswers = (fieldErrors: FieldErrors, draft: RepairDraft) => ({
  errors: recordServerErrors(fieldErrors, draft),
  step: firstStepWithError(fieldErrors),
});
