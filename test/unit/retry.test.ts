import { expect } from '@open-wc/testing';
import {
  DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, nextRetry, normalizeAttempts, normalizeDuration, parseRetryAfter,
  type RetryPolicy,
} from '../../src/submit/retry.js';
import { SubmitError } from '../../src/submit/types.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };
const http = (status: number, retryAfter?: string) => new SubmitError('http', `HTTP ${status}`, status, undefined, retryAfter);
const top = () => 1 - Number.EPSILON;

describe('retry policy (pure)', () => {
  describe('which failures are retried', () => {
    it('retries network failures and timeouts', () => {
      expect(isRetryable(new SubmitError('network', 'down'))).to.equal(true);
      expect(isRetryable(new SubmitError('timeout', 'slow'))).to.equal(true);
    });

    it('retries 408, 409 (the same request still in progress), 429 and every 5xx', () => {
      for (const status of [408, 409, 429, 500, 502, 503, 504, 599]) expect(isRetryable(http(status)), String(status)).to.equal(true);
    });

    it('does not retry other 4xx, field errors, cancellation or configuration', () => {
      for (const status of [400, 401, 403, 404, 413, 415, 422]) expect(isRetryable(http(status)), String(status)).to.equal(false);
      expect(isRetryable(new SubmitError('validation', '422', 422, {}))).to.equal(false);
      expect(isRetryable(new SubmitError('aborted', 'cancelled'))).to.equal(false);
      expect(isRetryable(new SubmitError('configuration', 'no endpoint'))).to.equal(false);
      expect(isRetryable(new SubmitError('http', 'no case number', 201))).to.equal(false);
    });
  });

  describe('Retry-After', () => {
    it('reads delay-seconds', () => {
      expect(parseRetryAfter('0', NOW)).to.equal(0);
      expect(parseRetryAfter(' 7 ', NOW)).to.equal(7000);
    });

    it('reads an HTTP date, relative to now; a past date is now', () => {
      expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', NOW)).to.equal(30_000);
      expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', NOW)).to.equal(0);
    });

    it('ignores what it cannot read', () => {
      for (const value of [undefined, null, '', '-5', '1.5', 'soon', 'Tue, 99 Foo']) expect(parseRetryAfter(value, NOW), String(value)).to.equal(undefined);
    });
  });

  describe('backoff', () => {
    it('doubles the ceiling with each attempt, up to the maximum', () => {
      expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelay(attempt, policy, top)))
        .to.deep.equal([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    });

    it('waits a random part of the ceiling (full jitter)', () => {
      expect(backoffDelay(3, policy, () => 0)).to.equal(0);
      expect(backoffDelay(3, policy, () => 0.25)).to.equal(1000);
      expect(backoffDelay(3, policy, () => 0.5)).to.equal(2000);
    });
  });

  describe('the decision after a failed attempt', () => {
    const decide = (error: SubmitError, attempt: number, random = top) => nextRetry(error, attempt, policy, { now: NOW, random });

    it('retries with the backoff until the last attempt', () => {
      const down = new SubmitError('network', 'down');
      expect(decide(down, 1)).to.deep.equal({ retry: true, delayMs: 1000 });
      expect(decide(down, 3)).to.deep.equal({ retry: true, delayMs: 4000 });
      expect(decide(down, 4)).to.deep.equal({ retry: false });
    });

    it('waits as long as Retry-After says, whatever the backoff', () => {
      expect(decide(http(429, '1'), 1, () => 0)).to.deep.equal({ retry: true, delayMs: 1000 });
      expect(decide(http(503, 'Tue, 24 Nov 2026 12:01:00 GMT'), 2)).to.deep.equal({ retry: true, delayMs: 60_000 });
    });

    it('gives up when Retry-After is longer than it is worth waiting', () => {
      expect(decide(http(503, '3600'), 1)).to.deep.equal({ retry: false });
    });

    it('does not retry what cannot succeed', () => {
      expect(decide(http(400), 1)).to.deep.equal({ retry: false });
    });

    it('never retries with a single attempt allowed', () => {
      expect(nextRetry(new SubmitError('timeout', 'slow'), 1, { ...policy, maxAttempts: 1 }, { now: NOW, random: top }))
        .to.deep.equal({ retry: false });
    });
  });

  describe('host settings', () => {
    it('reads whole attempts, at least one', () => {
      expect([4, 2.7, '3', 1].map((v) => normalizeAttempts(v))).to.deep.equal([4, 2, 3, 1]);
      expect([0, -2, NaN, 'many', undefined].map((v) => normalizeAttempts(v))).to.deep.equal(Array(5).fill(DEFAULT_RETRY_POLICY.maxAttempts));
    });

    it('reads durations that are not negative', () => {
      expect(normalizeDuration(250, 1000)).to.equal(250);
      expect(normalizeDuration(0, 1000)).to.equal(0);
      expect(normalizeDuration(-1, 1000)).to.equal(1000);
      expect(normalizeDuration('x', 1000)).to.equal(1000);
    });
  });
});
