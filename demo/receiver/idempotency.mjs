// Idempotency: the key a client sends, and the fingerprint that tells whether
// a request sent again with that key is the same request.
import { createHash } from 'node:crypto';
import { HttpProblem } from './http.mjs';

/** JSON with sorted keys: the same request always has the same fingerprint. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The Idempotency-Key header: a token or a quoted string (RFC 8941), 1 to 255 characters. */
export function idempotencyKey(header) {
  if (header === undefined) return undefined;
  let key = String(header).trim();
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(key);
  if (quoted) key = quoted[1].replace(/\\(["\\])/g, '$1');
  const valid = quoted ? /^[\x20-\x7e]{1,255}$/.test(key) : /^[\x21-\x7e]{1,255}$/.test(key) && !/[",]/.test(key);
  if (!valid) throw new HttpProblem(400, 'The Idempotency-Key header must be 1 to 255 printable ASCII characters, sent once.');
  return key;
}

/** The request's identity: its JSON (whatever the key order or spacing) and its files' contents. */
export const fingerprint = (data, files) =>
  createHash('sha256').update(canonical(data)).update(files.map((f) => f.sha256).join(',')).digest('hex');
