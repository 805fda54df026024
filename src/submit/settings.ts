/**
 * The transport's defaults and the reading of host-supplied settings: tiny, so
 * the shell can hold them while the client and retry loop load only on Submit
 * (a module the first step imports is downloaded whole with it).
 */

/** How long an attempt may go without an answer (or, while a file uploads, without progress), unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The `credentials` mode from a host-supplied value; `same-origin` unless it is `omit` or `include`. */
export const normalizeCredentials = (value: unknown): RequestCredentials =>
  value === 'omit' || value === 'include' ? value : 'same-origin';

export interface RetryPolicy {
  /** Attempts in all, the first included (at least 1). */
  maxAttempts: number;
  /** The backoff before the second attempt, in ms; it doubles for each further one. */
  baseDelayMs: number;
  /** The longest backoff, in ms. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this (ms) ends the submission instead of waiting. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Whole attempts from a host-supplied number: at least 1, the default when it is not a number. */
export function normalizeAttempts(value: unknown, fallback = DEFAULT_RETRY_POLICY.maxAttempts) {
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/** A duration from a host-supplied number of milliseconds: not negative, the default when it is not a number. */
export function normalizeDuration(value: unknown, fallback: number) {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
