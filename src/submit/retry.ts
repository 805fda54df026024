/**
 * The retry policy: which failures are worth another attempt, and how long to
 * wait before it (exponential backoff with full jitter, or the server's
 * `Retry-After`). Pure: no DOM, no timers; the clock and randomness are passed in.
 */
import type { RetryPolicy } from './settings.js';
import type { SubmitError } from './types.js';

export { DEFAULT_RETRY_POLICY, normalizeAttempts, normalizeDuration, type RetryPolicy } from './settings.js';

/**
 * HTTP statuses that say "try again later": request timeout, a request with
 * the same Idempotency-Key still in progress (409, draft-ietf-httpapi-idempotency-key-header),
 * too many requests, server errors.
 */
export const isRetryableStatus = (status: number) => status === 408 || status === 409 || status === 429 || (status >= 500 && status <= 599);

/** Whether a failed attempt may succeed if made again: network failures, timeouts, 408, 409, 429 and 5xx. */
export function isRetryable(error: Pick<SubmitError, 'reason' | 'httpStatus'>) {
  if (error.reason === 'network' || error.reason === 'timeout') return true;
  return error.reason === 'http' && error.httpStatus !== undefined && isRetryableStatus(error.httpStatus);
}

/**
 * `Retry-After` in milliseconds from `now`: delay-seconds (`"120"`) or an
 * HTTP date (`"Wed, 21 Oct 2015 07:28:00 GMT"`). Undefined when absent or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the forms HTTP allows for a date: a weekday or month name must be there.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The backoff before attempt `attempt + 1` after attempt `attempt` failed:
 * a random time up to `baseDelayMs × 2^(attempt − 1)`, capped at `maxDelayMs`
 * ("full jitter", so many clients do not retry in step).
 */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

export type RetryDecision = { retry: false } | { retry: true; delayMs: number };

/**
 * What to do after attempt `attempt` (from 1) failed with `error`: give up, or
 * wait `delayMs` and try again. The server's `Retry-After` wins over the backoff.
 */
export function nextRetry(
  error: Pick<SubmitError, 'reason' | 'httpStatus' | 'retryAfter'>,
  attempt: number,
  policy: RetryPolicy,
  { now, random }: { now: number; random: () => number },
): RetryDecision {
  if (attempt >= policy.maxAttempts || !isRetryable(error)) return { retry: false };
  const retryAfter = parseRetryAfter(error.retryAfter, now);
  if (retryAfter !== undefined) {
    return retryAfter > policy.maxRetryAfterMs ? { retry: false } : { retry: true, delayMs: retryAfter };
  }
  return { retry: true, delayMs: backoffDelay(attempt, policy, random) };
}
