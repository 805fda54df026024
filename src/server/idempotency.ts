/**
 * Idempotency (draft-ietf-httpapi-idempotency-key-header): the key's format,
 * and the fingerprint that tells whether a request sent again with a key is
 * the same request.
 */
import { createHash } from 'node:crypto';
import { HttpProblem, PROBLEM_TYPES } from './http.js';

/** JSON with sorted keys: the same request always has the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The published format of a key: 16 to 255 of `A-Z a-z 0-9 - _ . :` (a UUID fits). */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9_.:-]{16,255}$/;

/**
 * The Idempotency-Key header's key: a Structured Field string (`"…"`, as the
 * draft says) or the same characters bare; undefined when absent. A malformed
 * key is a `400`.
 */
export function idempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const key = /^"(.*)"$/.exec(value)?.[1] ?? value;
  if (!IDEMPOTENCY_KEY_FORMAT.test(key)) {
    throw new HttpProblem(400, 'The Idempotency-Key header must be 16 to 255 characters from A-Z, a-z, 0-9, "-", "_", "." and ":" (a UUID), quoted or bare, sent once.', {
      type: PROBLEM_TYPES.idempotencyKeyInvalid, title: 'Invalid Idempotency-Key',
    });
  }
  return key;
}

/** The request's identity: its JSON (whatever the key order or spacing) and its files' contents. */
export const fingerprint = (data: unknown, fileHashes: string[]) =>
  createHash('sha256').update(canonical(data)).update(fileHashes.join(',')).digest('hex');
