/**
 * `POST {base}/cases/{caseNumber}/events` (staff): a status event, checked
 * before anything is stored. Each status carries what it needs: a quote
 * (`quote_waiting`), a label file (`label_available`), a tracking number
 * (`shipped_back`). Events are only added, in order, never edited; a closed
 * case takes none.
 */
import { createHash } from 'node:crypto';
import { checkFile } from './files.js';
import { HttpProblem, PROBLEM_TYPES } from './http.js';
import type { FileStore, NewFile, NewStatusEvent, StatusEvent } from './store/types.js';
import { STAFF_STATUSES } from './store/types.js';

/** Label files the workshop may attach. */
const LABEL_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];
const LABEL_MAX_BYTES = 5 * 1024 * 1024;

const bad = (detail: string) => new HttpProblem(400, detail, { type: PROBLEM_TYPES.invalidEvent, title: 'Invalid status event' });
const text = (value: unknown, max: number) => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

function quoteOf(body: Record<string, unknown>) {
  const q = body.quote as Record<string, unknown> | undefined;
  if (!q || typeof q !== 'object') throw bad('A "quote_waiting" event needs "quote": { "amount", "currency", "covers" }.');
  if (typeof q.amount !== 'number' || !Number.isFinite(q.amount) || q.amount <= 0 || q.amount > 1_000_000) throw bad('"quote.amount" must be a positive number.');
  if (typeof q.currency !== 'string' || !/^[A-Z]{3}$/.test(q.currency)) throw bad('"quote.currency" must be an ISO 4217 code (EUR).');
  if (!text(q.covers, 2000)) throw bad('"quote.covers" must say what the quote covers (at most 2,000 characters).');
  return { amount: Math.round(q.amount * 100) / 100, currency: q.currency, covers: (q.covers as string).trim() };
}

function trackingOf(body: Record<string, unknown>) {
  if (!text(body.trackingNumber, 100)) throw bad('A "shipped_back" event needs "trackingNumber" (at most 100 characters).');
  const url = body.trackingUrl;
  if (url !== undefined && (typeof url !== 'string' || url.length > 2000 || !URL.canParse(url) || new URL(url).protocol !== 'https:')) {
    throw bad('"trackingUrl" must be an https: URL.');
  }
  return { trackingNumber: (body.trackingNumber as string).trim(), ...(url ? { trackingUrl: url } : {}) };
}

/** Stores the label's bytes (checked by content) and describes it; the caller deletes it if the event is not added. */
async function labelOf(body: Record<string, unknown>, files: FileStore): Promise<NewFile> {
  const label = body.label as Record<string, unknown> | undefined;
  if (!label || typeof label !== 'object' || !text(label.name, 200) || typeof label.contentBase64 !== 'string') {
    throw bad('A "label_available" event needs "label": { "name", "contentBase64" } (a PDF, PNG or JPEG).');
  }
  const bytes = Buffer.from(label.contentBase64, 'base64');
  if (!bytes.length || bytes.length > LABEL_MAX_BYTES) throw bad('The label must be between 1 byte and 5 MB.');
  const name = (label.name as string).trim();
  const check = await checkFile({ name, head: bytes.subarray(0, 4100) }, LABEL_EXTENSIONS);
  if (!check.ok) throw bad(`The label was refused: ${check.reason}.`);
  const target = await files.create();
  await new Promise<void>((resolve, reject) => {
    target.stream.on('error', reject);
    target.stream.end(bytes, () => resolve());
  });
  return { part: 'label', name, size: bytes.length, type: check.type, sha256: createHash('sha256').update(bytes).digest('hex'), storageKey: target.key };
}

/** The event a staff body describes; a label is already in the file store. */
export async function staffEvent(body: Record<string, unknown>, files: FileStore): Promise<NewStatusEvent> {
  const status = body.status;
  if (typeof status !== 'string' || !(STAFF_STATUSES as readonly string[]).includes(status)) {
    throw new HttpProblem(400, `"status" must be one of: ${STAFF_STATUSES.join(', ')}.`, { type: PROBLEM_TYPES.unknownStatus, title: 'Unknown status' });
  }
  if (body.note !== undefined && (typeof body.note !== 'string' || body.note.length > 2000)) throw bad('"note" must be text of at most 2,000 characters.');
  const base = { status, note: body.note as string | undefined, author: typeof body.author === 'string' ? body.author.slice(0, 100) : undefined };
  if (status === 'quote_waiting') return { ...base, data: { quote: quoteOf(body) } };
  if (status === 'shipped_back') return { ...base, data: trackingOf(body) };
  if (status === 'label_available') return { ...base, file: await labelOf(body, files) };
  return base;
}

/** What the customer sees of an event: no author, no internal ids of files. */
export function customerEvent(e: StatusEvent) {
  const data = e.data ?? {};
  return {
    id: e.id, status: e.status, at: e.at,
    ...(e.note ? { note: e.note } : {}),
    ...(data.quote ? { quote: data.quote } : {}),
    ...(data.trackingNumber ? { trackingNumber: data.trackingNumber, trackingUrl: data.trackingUrl } : {}),
    ...(data.file ? { label: { name: (data.file as { name: string }).name } } : {}),
    ...(data.quoteEventId ? { answers: data.quoteEventId } : {}),
  };
}
