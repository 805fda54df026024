/**
 * The idempotency key of a draft: a random UUID, made once when the draft
 * starts and sent with every attempt, reload and resume of that draft, so the
 * endpoint stores one case however often the request arrives. Pure.
 */

/** A random version 4 UUID; `crypto.randomUUID` where the page is a secure context, else built from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
