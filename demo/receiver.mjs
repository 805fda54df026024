// A minimal local receiver for the demo (Node, no dependencies). It accepts a
// repair request as JSON or multipart/form-data and answers with a fresh case
// number, as a real endpoint would. It stores nothing. The reference receiver,
// with validation and storage, is separate work.
import { randomInt } from 'node:crypto';

const MAX_BYTES = 30 * 1024 * 1024;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A case number in the guide's format: CAS-, seven digits, a dash, six letters or digits. */
export function newCaseNumber() {
  const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
  const code = Array.from({ length: 6 }, () => LETTERS[randomInt(0, LETTERS.length)]).join('');
  return `CAS-${digits}-${code}`;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const problem = (res, status, title, detail) =>
  send(res, status, 'application/problem+json', { type: 'about:blank', title, status, detail });

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BYTES) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The `request` part of a multipart body (the JSON), found by its part header. */
function multipartRequestPart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return undefined;
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  for (const part of body.toString('latin1').split(delimiter)) {
    const end = part.indexOf('\r\n\r\n');
    if (end < 0) continue;
    if (/content-disposition:[^\r\n]*\bname="request"/i.test(part.slice(0, end))) {
      return Buffer.from(part.slice(end + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
    }
  }
  return undefined;
}

/** `POST /api/repair-requests`: 201 with `{ caseNumber }`, or a problem response. */
export async function handleRepairRequest(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return problem(res, 405, 'Method not allowed', 'Send the repair request with POST.');
  }
  let body;
  try {
    body = await readBody(req);
  } catch (error) {
    return problem(res, error.status ?? 400, 'Unreadable request', 'The request body could not be read.');
  }
  const type = req.headers['content-type'] ?? '';
  const json = type.startsWith('multipart/form-data') ? multipartRequestPart(body, type) : body.toString('utf8');
  let request;
  try {
    request = JSON.parse(json ?? '');
  } catch {
    return problem(res, 400, 'Invalid JSON', 'The repair request is not valid JSON.');
  }
  if (!request || typeof request !== 'object') return problem(res, 400, 'Invalid request', 'The repair request must be a JSON object.');
  const caseNumber = newCaseNumber();
  console.info(`[receiver] repair request ${caseNumber} (${type.split(';')[0] || 'no content type'}, ${body.length} bytes)`);
  send(res, 201, 'application/json', { caseNumber });
}

/**
 * `POST /api/contact`: a stand-in so the demo server runs; it accepts any
 * message. The contact-form work may replace it.
 */
export async function handleContactMessage(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return problem(res, 405, 'Method not allowed', 'Send the message with POST.');
  }
  try {
    await readBody(req);
  } catch (error) {
    return problem(res, error.status ?? 400, 'Unreadable request', 'The message could not be read.');
  }
  send(res, 202, 'application/json', { received: true });
}
