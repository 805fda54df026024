/**
 * HTTP plumbing of the handler: problem responses (RFC 9457), JSON answers,
 * and the problem types a client can compare.
 */

/** Problem types: identifiers to compare, not pages to fetch. */
export const PROBLEM_TYPES = {
  /** `422`: some answers are invalid; `errors` lists them by path. */
  validation: 'urn:repair-request:problem:validation',
  /** `400`: fields the schema does not know, in `errors` with the code `unknown_field`. */
  unknownFields: 'urn:repair-request:problem:unknown-fields',
  /** `422`: the Idempotency-Key was already used for a different request. */
  idempotencyKeyReused: 'urn:repair-request:problem:idempotency-key-reused',
  /** `409`: a request with this Idempotency-Key is still being processed; retry shortly. */
  idempotencyInProgress: 'urn:repair-request:problem:idempotency-in-progress',
  /** `400`: the Idempotency-Key header is missing where required, or malformed. */
  idempotencyKeyInvalid: 'urn:repair-request:problem:idempotency-key-invalid',
  /** `403`: the request comes from an origin or site that is not allowed. */
  forbiddenOrigin: 'urn:repair-request:problem:forbidden-origin',
  /** `429`: too many requests from this client; see `Retry-After`. */
  rateLimited: 'urn:repair-request:problem:rate-limited',
  /** `404`: no case matches this case number with this e-mail or access token (which half is wrong is not said). */
  caseNotFound: 'urn:repair-request:problem:case-not-found',
  /** `400`: the path's case number is not in the format `CAS-1234567-ABC123`. */
  caseNumberInvalid: 'urn:repair-request:problem:case-number-invalid',
  /** `400`: a staff event's status is not one of `STAFF_STATUSES`. */
  unknownStatus: 'urn:repair-request:problem:unknown-status',
  /** `400`: a staff event lacks what its status needs (quote, label, tracking number) or has a malformed field. */
  invalidEvent: 'urn:repair-request:problem:invalid-event',
  /** `409`: the case is closed; it takes no more events. */
  caseClosed: 'urn:repair-request:problem:case-closed',
  /** `409`: this status may not follow the case's current one; `currentStatus` is the current one, `allowed` those that may follow. */
  statusNotAllowed: 'urn:repair-request:problem:status-not-allowed',
  /** `409`: no quote is waiting for an answer (none was sent, or it was already answered), or the quote answered was replaced. */
  noQuoteWaiting: 'urn:repair-request:problem:no-quote-waiting',
  /** `422`: declining a quote needs `feeAcknowledged: true` (the inspection fee is due). */
  feeNotAcknowledged: 'urn:repair-request:problem:fee-not-acknowledged',
} as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  421: 'Misdirected Request', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Headers on every answer: no sniffing, no caching of case data. */
export const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** Answers after which the connection is closed (the body was not read to its end). */
export const closesConnection = new WeakSet<Response>();

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, 'Content-Type': 'application/json', ...headers } });
}

export interface ProblemOptions {
  type?: string;
  title?: string;
  headers?: Record<string, string>;
  /** Close the connection after answering. */
  close?: boolean;
  [extra: string]: unknown;
}

export function problem(status: number, detail: string, { type = 'about:blank', title = TITLES[status] ?? 'Error', headers = {}, close = false, ...extra }: ProblemOptions = {}) {
  const response = new Response(JSON.stringify({ type, title, status, detail, ...extra }), {
    status, headers: { ...BASE_HEADERS, 'Content-Type': 'application/problem+json', ...headers },
  });
  if (close) closesConnection.add(response);
  return response;
}

/** Thrown anywhere in a handler; becomes a problem response. */
export class HttpProblem extends Error {
  constructor(readonly status: number, detail: string, readonly options: ProblemOptions = {}) {
    super(detail);
  }
  get response() {
    return problem(this.status, this.message, this.options);
  }
}

/** `json` or `multipart` (with its boundary), from the Content-Type; anything else is a 415. */
export function bodyKind(contentType: string | null): { kind: 'json' } | { kind: 'multipart'; boundary: string } {
  const [essence = '', ...params] = (contentType ?? '').split(';').map((s) => s.trim());
  const type = essence.toLowerCase();
  const param = (name: string) => {
    for (const p of params) {
      const eq = p.indexOf('=');
      if (eq > 0 && p.slice(0, eq).trim().toLowerCase() === name) return p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
    return undefined;
  };
  const accept = { 'Accept-Post': 'application/json, multipart/form-data' };
  if (type === 'application/json') {
    const charset = param('charset');
    if (charset && charset.toLowerCase() !== 'utf-8') throw new HttpProblem(415, `JSON must be UTF-8, not ${charset}.`, { headers: accept });
    return { kind: 'json' };
  }
  if (type === 'multipart/form-data') {
    const boundary = param('boundary');
    if (!boundary || !/^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$/.test(boundary)) throw new HttpProblem(400, 'The multipart/form-data Content-Type has no valid boundary.');
    return { kind: 'multipart', boundary };
  }
  throw new HttpProblem(415, `Send application/json or multipart/form-data${type ? `, not ${type}` : ''}.`, { headers: accept });
}

/** The JSON of a body or part: a 400 unless it is an object. */
export function parseJsonObject(bytes: Uint8Array, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, `${what} is not valid UTF-8.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(400, `${what} is not valid JSON: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new HttpProblem(400, `${what} must be a JSON object.`);
  return data as Record<string, unknown>;
}
