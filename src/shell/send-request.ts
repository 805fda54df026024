/**
 * The part of a submission that needs the transport: checks the endpoint, then
 * sends with retries. Loaded with the transport (ahead on the Submit step), so
 * the first step carries none of it.
 */
import type { FieldErrors } from '../flow/flow.js';
import type { RepairRequest } from '../schema/request.js';
import { endpointProblem } from '../submit/client.js';
import { DEFAULT_RETRY_POLICY, normalizeDuration } from '../submit/retry.js';
import { DEFAULT_TIMEOUT_MS, normalizeCredentials } from '../submit/settings.js';
import { submitWithRetries, type AttemptFailure } from '../submit/submitter.js';
import { SubmitError, type Submission } from '../submit/types.js';
import type { SubmissionHost, SubmissionOutcome } from './submission.js';

/** One submission, as the submission controller hands it over. */
export interface SendContext {
  host: SubmissionHost;
  request: RepairRequest;
  idempotencyKey: string;
  signal: AbortSignal;
  maxAttempts: number;
  outcome: SubmissionOutcome;
  /** No longer busy (before a failure is reported). */
  release(): void;
  setStatus(status: Submission): void;
  isBusy(): boolean;
  fail(error: SubmitError): void;
  attemptFailed(failure: AttemptFailure): void;
}

export async function sendRequest(c: SendContext): Promise<void> {
  const { host, signal } = c;
  const endpoint = host.endpoint;
  const problem = endpoint ? endpointProblem(endpoint, document.baseURI) : 'no `endpoint` attribute is set, so the request cannot be sent.';
  if (!endpoint || problem) {
    c.release();
    const message = `<repair-request>: ${problem}`;
    console.error(message);
    c.fail(new SubmitError('configuration', message));
    return;
  }
  c.outcome.started();
  try {
    const { caseNumber, response } = await submitWithRetries({
      endpoint,
      request: c.request,
      idempotencyKey: c.idempotencyKey,
      signal,
      policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: c.maxAttempts, baseDelayMs: normalizeDuration(host.retryDelay, DEFAULT_RETRY_POLICY.baseDelayMs) },
      timeoutMs: normalizeDuration(host.timeout, DEFAULT_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
      credentials: normalizeCredentials(host.credentials),
      headers: host.requestHeaders,
      onState: (state) => { if (!signal.aborted) c.setStatus(state); },
      onAttemptFailed: c.attemptFailed,
    });
    await c.outcome.sent(caseNumber, response);
  } catch (error) {
    await failed(c, error);
  }
}

/** Cancelled by reset() (which has already moved on): nothing failed; else the failure, and the endpoint's field errors. */
async function failed(c: SendContext, error: unknown): Promise<void> {
  if (c.signal.aborted && !c.isBusy()) return;
  const err = error instanceof SubmitError ? error : new SubmitError('network', String(error));
  c.fail(err);
  if (err.reason === 'validation' && err.fieldErrors) await c.outcome.rejected(err.fieldErrors as FieldErrors);
}
