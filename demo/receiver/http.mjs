// HTTP plumbing of the receiver: problem responses (RFC 9457), body reading
// with limits, content types. Node only, no dependencies.

/** Problem types; identifiers to compare, not pages to fetch. */
export const PROBLEM = {
  validation: 'urn:repair-request:problem:validation',
  unknownFields: 'urn:repair-request:problem:unknown-fields',
  idempotencyConflict: 'urn:repair-request:problem:idempotency-key-reused',
};

const TITLES = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** An answer, built by a handler and written by `respond`. */
export const json = (status, body, headers = {}) => ({ status, body, headers, type: 'application/json' });

export function problem(status, detail, { type = 'about:blank', title = TITLES[status] ?? 'Error', headers = {}, ...extra } = {}) {
  return { status, body: { type, title, status, detail, ...extra }, headers, type: 'application/problem+json' };
}

/** Thrown anywhere in a handler; becomes a problem response. */
export class HttpProblem extends Error {
  constructor(status, detail, options = {}) {
    super(detail);
    this.response = problem(status, detail, options);
  }
}

/** Writes an answer; a socket the client already closed is left alone. */
export function respond(res, answer, { close = false } = {}) {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(JSON.stringify(answer.body));
  res.writeHead(answer.status, {
    'Content-Type': answer.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
    ...answer.headers,
  });
  res.end(body);
}

/** `json` or `multipart` (with its boundary), from the Content-Type; anything else is a 415. */
export function bodyKind(contentType = '') {
  const [essence, ...params] = contentType.split(';').map((s) => s.trim());
  const type = essence.toLowerCase();
  const param = (name) => {
    for (const p of params) {
      const eq = p.indexOf('=');
      if (eq > 0 && p.slice(0, eq).trim().toLowerCase() === name) return p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
    return undefined;
  };
  const accept = { 'Accept-Post': 'application/json, multipart/form-data' };
  if (type === 'application/json') {
    const charset = param('charset');
    if (charset && charset.toLowerCase() !== 'utf-8') {
      throw new HttpProblem(415, `JSON must be UTF-8, not ${charset}.`, { headers: accept });
    }
    return { kind: 'json' };
  }
  if (type === 'multipart/form-data') {
    const boundary = param('boundary');
    if (!boundary || !/^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$/.test(boundary)) {
      throw new HttpProblem(400, 'The multipart/form-data Content-Type has no valid boundary.');
    }
    return { kind: 'multipart', boundary };
  }
  throw new HttpProblem(415, `Send application/json or multipart/form-data${type ? `, not ${type}` : ''}.`, { headers: accept });
}

/** What the receiver reads of a body it refuses before the connection is closed instead. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the whole body, up to `limit` bytes. Past the limit it keeps reading
 * without storing (so the client gets to read the `413`), up to a bound past
 * which the connection is closed.
 */
export function readBody(req, limit, what = 'The request') {
  const tooLarge = (close) => Object.assign(
    new HttpProblem(413, `${what} is larger than ${limit} bytes.`), { close },
  );
  const declared = Number(req.headers['content-length']);
  if (req.headers['content-encoding'] && req.headers['content-encoding'] !== 'identity') {
    return drain(req).then((drained) => {
      throw Object.assign(new HttpProblem(415, 'Compressed request bodies are not accepted.'), { close: !drained });
    });
  }
  if (declared > limit) return drain(req).then((drained) => { throw tooLarge(!drained); });
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    const done = (fn, value) => {
      req.off('data', onData); req.off('end', onEnd); req.off('error', onError); req.off('close', onClose);
      fn(value);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (!over && size > limit) {
        over = true;
        chunks.length = 0;
      }
      if (!over) chunks.push(chunk);
      else if (size > limit + DRAIN_LIMIT) done(reject, tooLarge(true));
    };
    const onEnd = () => done(over ? reject : resolve, over ? tooLarge(false) : Buffer.concat(chunks, size));
    const onError = (error) => done(reject, Object.assign(error, { clientGone: true }));
    const onClose = () => { if (!req.complete) done(reject, Object.assign(new Error('The client went away.'), { clientGone: true })); };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** Reads and forgets what is left of a body; false when it was too much (close the connection then). */
export function drain(req) {
  return new Promise((resolve) => {
    if (req.complete || req.readableEnded || req.destroyed) return resolve(true);
    let size = 0;
    const finish = (ok) => {
      req.off('data', onData); req.off('end', onEnd); req.off('close', onClose);
      resolve(ok);
    };
    const onData = (chunk) => { size += chunk.length; if (size > DRAIN_LIMIT) finish(false); };
    const onEnd = () => finish(true);
    const onClose = () => finish(req.complete);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.resume();
  });
}

/** The JSON of a body or part: a 400 unless it is an object. */
export function parseJsonObject(buffer, what) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new HttpProblem(400, `${what} is not valid UTF-8.`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(400, `${what} is not valid JSON: ${error.message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new HttpProblem(400, `${what} must be a JSON object.`);
  }
  return data;
}
