/**
 * The failure limiter of the customer's look-ups, in this process (a guard
 * against guessing, not a record): failed look-ups count per client and, for
 * case number + e-mail pairs, per case number, so that neither one client
 * trying many cases nor many clients trying one case get far.
 */
import { HttpProblem, PROBLEM_TYPES } from './http.js';
import type { RateLimitOptions } from './security.js';

export interface FailureLimitOptions extends RateLimitOptions {
  /** Failed look-ups per client and window before a `429`. Default 10. */
  max?: number | undefined;
  /** The window, in ms. Default 15 minutes. */
  windowMs?: number | undefined;
  /**
   * Failed e-mail look-ups of one case number per window, from any client,
   * before that case number's e-mail look-ups are a `429` (its access-token
   * links still open it: a token cannot be guessed). Default 20.
   */
  maxPerCase?: number | undefined;
  /** The clock, in ms since the epoch (tests inject one). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** What a look-up is, for the limiter. */
export interface LookUp {
  client: string;
  /** A well-formed case number looked up with an e-mail (not with a token). */
  caseNumber?: string | undefined;
}

export interface FailureLimiter {
  /** Throws a `429` (problem+json, `Retry-After`) while the client, or the case number's e-mail look-ups, are over the limit. */
  check(lookUp: LookUp): void;
  /** Counts one failed look-up. */
  fail(lookUp: LookUp): void;
}

/** A fixed window per key; windows past their end are swept when the map grows large. */
function windows(max: number, windowMs: number) {
  const map = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: number) => {
    const w = map.get(key);
    if (w && now - w.start < windowMs) return w;
    if (map.size > 10_000) for (const [k, v] of map) if (now - v.start >= windowMs) map.delete(k);
    const fresh = { start: now, count: 0 };
    map.set(key, fresh);
    return fresh;
  };
  return {
    /** Seconds until the key may try again, or 0. */
    wait(key: string, now: number) {
      const w = map.get(key);
      if (!w || now - w.start >= windowMs || w.count < max) return 0;
      return Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    },
    count(key: string, now: number) {
      current(key, now).count++;
    },
  };
}

export function createFailureLimiter(options: FailureLimitOptions = {}): FailureLimiter {
  const { max = 10, windowMs = 15 * 60_000, maxPerCase = 20, now = Date.now } = options;
  const clients = windows(max, windowMs);
  const cases = windows(maxPerCase, windowMs);
  return {
    check({ client, caseNumber }) {
      const at = now();
      const seconds = Math.max(clients.wait(client, at), caseNumber ? cases.wait(caseNumber, at) : 0);
      if (!seconds) return;
      throw new HttpProblem(429, `Too many failed look-ups; try again in ${seconds} s.`, {
        type: PROBLEM_TYPES.rateLimited, title: 'Too many requests', headers: { 'Retry-After': String(seconds) },
      });
    },
    fail({ client, caseNumber }) {
      const at = now();
      clients.count(client, at);
      if (caseNumber) cases.count(caseNumber, at);
    },
  };
}
