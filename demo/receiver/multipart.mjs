// A small, strict multipart/form-data parser (RFC 7578) for a body already in
// memory (the receiver caps bodies at 26 MB). Parts are named; each name has
// its own size limit, a name not listed is refused, and so is a repeated one.
import { HttpProblem } from './http.mjs';

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

/** `name="value"` parameters of a header, with quoted strings unescaped. */
function headerParams(value) {
  const params = {};
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m; (m = re.exec(value));) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
  }
  return params;
}

/** HTML's form encoding escapes `"`, CR and LF in names as %22, %0D, %0A. */
const unescapeName = (value) => value.replace(/%22/gi, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');

function parseHeaders(block) {
  const headers = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new HttpProblem(400, 'A multipart part has a malformed header.');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * The parts of a multipart body: `{ name, filename?, contentType?, data }`.
 * `limits` maps each accepted part name to `{ max, what }`; a part over its
 * limit is a 413, anything malformed a 400.
 */
export function parseMultipart(body, boundary, limits) {
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter opens the body, or follows a preamble and a line break.
  let pos = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(next);
  if (pos < 0) throw new HttpProblem(400, 'The multipart body has no part with the announced boundary.');
  if (pos > 0) pos += CRLF.length;
  const parts = [];
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // "--": the closing delimiter
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++; // transport padding
    if (!body.subarray(pos, pos + 2).equals(CRLF)) throw new HttpProblem(400, 'The multipart body is malformed.');
    pos += CRLF.length;
    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd < 0 || headerEnd - pos > MAX_HEADER_BYTES) throw new HttpProblem(400, 'A multipart part has no readable headers.');
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const start = headerEnd + HEADER_END.length;
    const end = body.indexOf(next, start);
    if (end < 0) throw new HttpProblem(400, 'The multipart body is truncated: its closing boundary is missing.');
    const disposition = headers['content-disposition'] ?? '';
    if (!/^form-data\s*(;|$)/i.test(disposition)) throw new HttpProblem(400, 'A multipart part is not form-data.');
    const params = headerParams(disposition);
    if (params.name === undefined) throw new HttpProblem(400, 'A multipart part has no name.');
    const name = unescapeName(params.name);
    const limit = Object.hasOwn(limits, name) ? limits[name] : undefined;
    if (!limit) {
      throw new HttpProblem(400, `Unknown multipart part "${name}"; expected ${Object.keys(limits).map((n) => `"${n}"`).join(' and ')}.`);
    }
    if (parts.some((p) => p.name === name)) throw new HttpProblem(400, `The multipart part "${name}" is sent twice.`);
    if (end - start > limit.max) throw new HttpProblem(413, `${limit.what} is larger than ${limit.max} bytes.`);
    if (headers['content-transfer-encoding'] && !/^(binary|8bit|7bit)$/i.test(headers['content-transfer-encoding'])) {
      throw new HttpProblem(400, 'Multipart parts must not be transfer-encoded.');
    }
    const filename = params['filename*']?.match(/^utf-8''(.*)$/i)?.[1];
    parts.push({
      name,
      filename: filename !== undefined ? safeDecode(filename) : params.filename !== undefined ? unescapeName(params.filename) : undefined,
      contentType: headers['content-type'],
      data: body.subarray(start, end),
    });
    pos = end + CRLF.length;
  }
  return parts;
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpProblem(400, 'A multipart file name is not valid percent-encoded UTF-8.');
  }
}
