/**
 * The customer's routes: follow a case, answer its quote, download its
 * return label. A customer proves who they are with the case number and the
 * request's e-mail (`X-Repair-Case-Email`), or with an access token issued at
 * creation (`Authorization: Bearer rrc_…`). A wrong pair gets one answer
 * that does not say which half was wrong, and failures are rate limited.
 */
import { Readable } from 'node:stream';
import { readJsonBody, type BodyLimits } from './body.js';
import { BASE_HEADERS, HttpProblem, json, parseJsonObject, PROBLEM_TYPES } from './http.js';
import { idempotencyKey } from './idempotency.js';
import type { CaseNotification, Notify } from './notify/types.js';
import type { FailureLimiter } from './failure-limiter.js';
import { customerEvent } from './status-events.js';
import { caseFormView } from './case-form-view.js';
import type { RepairConfig } from '../config/config-schema.js';
import { ACCESS_TOKEN_PREFIX } from './store/status-sql.js';
import type { FileStore, RepairStore, StatusEvent, StoredCase } from './store/types.js';

/** The header that carries the e-mail of a look-up by case number and e-mail. */
export const EMAIL_HEADER = 'X-Repair-Case-Email';
const CASE = /^CAS-\d{7}-[A-Z0-9]{6}$/;

export interface StatusContext {
  store: RepairStore;
  files: FileStore;
  limits: BodyLimits;
  basePath: string;
  /** Counts a client's failed look-ups; throws a `429` past the limit. */
  failures: FailureLimiter;
  /** Tells the customer about an event (the handler's notify, with a fresh link). */
  tell: (found: StoredCase, event: StatusEvent) => Promise<void>;
  /** The configuration the requests are checked against (the case form's labels). */
  config: RepairConfig;
  /** The status page's link as the case form prints it, without a token; undefined when the server knows no status page. */
  printedLink: (found: StoredCase) => string | undefined;
}

/** Whether a request is the customer's (it carries an e-mail or an access token), not staff's. */
export function isCustomerRequest(request: Request) {
  return request.headers.has(EMAIL_HEADER) || /^Bearer\s+rrc_/i.test(request.headers.get('authorization') ?? '');
}

const notFound = () => new HttpProblem(404, 'No case matches this case number and e-mail address, or this link is not valid (any more).', {
  type: PROBLEM_TYPES.caseNotFound, title: 'Case not found',
});

/** The access token a request carries, if any. */
const tokenOf = (request: Request) =>
  new RegExp(`^Bearer\\s+(${ACCESS_TOKEN_PREFIX}[A-Za-z0-9_-]{43})$`, 'i').exec(request.headers.get('authorization') ?? '')?.[1];

async function authorisedCase(request: Request, caseNumber: string, ctx: StatusContext, client: string) {
  const token = tokenOf(request);
  const email = request.headers.get(EMAIL_HEADER)?.trim();
  const wellFormed = CASE.test(caseNumber);
  // E-mail look-ups also count per case number; a token cannot be guessed, so its look-ups count per client only.
  const lookUp = { client, caseNumber: wellFormed && !token ? caseNumber : undefined };
  ctx.failures.check(lookUp);
  if (!wellFormed) {
    ctx.failures.fail(lookUp);
    throw new HttpProblem(400, 'A case number looks like CAS-1234567-ABC123.', { type: PROBLEM_TYPES.caseNumberInvalid, title: 'Invalid case number' });
  }
  const credential = token ? { token } : email && email.length <= 254 ? { email } : undefined;
  const found = credential && await ctx.store.findCaseForCustomer(caseNumber, credential);
  if (!found || found.erasedAt) {
    ctx.failures.fail(lookUp);
    throw notFound();
  }
  return found;
}

/** The pending quote: the last `quote_waiting` with no answer after it. */
function pendingQuote(events: StatusEvent[]) {
  const last = events.findLastIndex((e) => e.status === 'quote_waiting');
  if (last < 0 || events.slice(last + 1).some((e) => e.status === 'quote_accepted' || e.status === 'quote_declined')) return undefined;
  return events[last];
}

/** The return label: the file of the last `label_available` event (a re-issued label replaces the one before). */
function currentLabel(found: StoredCase) {
  const id = (found.events.findLast((e) => e.status === 'label_available')?.data?.file as { id?: string } | undefined)?.id;
  return id === undefined ? undefined : found.files.find((f) => f.id === id && f.part === 'label');
}

/** The case as its customer sees it; `fee` is the inspection fee a declined quote costs (the configuration's, per hour). */
export function customerView(found: StoredCase, basePath: string, fee: { amount: number; currency: string }) {
  const request = (found.request ?? {}) as { device?: { model?: string; serial?: string } };
  const label = currentLabel(found);
  const quote = pendingQuote(found.events);
  return {
    caseNumber: found.caseNumber,
    receivedAt: found.receivedAt,
    locale: found.locale,
    model: request.device?.model,
    serial: request.device?.serial,
    status: found.status,
    closed: !!found.closedAt,
    events: found.events.filter((e) => e.status !== 'erased').map(customerEvent),
    pendingQuote: quote && !found.closedAt ? { eventId: quote.id, ...(quote.data?.quote as object) } : null,
    label: label ? { name: label.name, type: label.type, url: `${basePath}/cases/${found.caseNumber}/label` } : null,
    inspectionFee: { amount: fee.amount, currency: fee.currency },
  };
}

/**
 * `POST …/quote-answer`: `{ "answer": "accept" | "decline", "feeAcknowledged"?: true, "quoteEventId"?: number }`, with an
 * Idempotency-Key. With `quoteEventId` (the `pendingQuote.eventId` the customer saw) only that quote is answered; without
 * it (older clients) whichever quote is waiting.
 */
async function answerQuote(request: Request, found: StoredCase, ctx: StatusContext) {
  const key = idempotencyKey(request.headers.get('idempotency-key'));
  if (!key) {
    throw new HttpProblem(400, 'Answering a quote needs an Idempotency-Key header.', { type: PROBLEM_TYPES.idempotencyKeyInvalid, title: 'Invalid Idempotency-Key' });
  }
  const body = parseJsonObject(await readJsonBody(request, ctx.limits), 'The answer');
  if (body.answer !== 'accept' && body.answer !== 'decline') throw new HttpProblem(400, '"answer" must be "accept" or "decline".');
  if (body.answer === 'decline' && body.feeAcknowledged !== true) {
    throw new HttpProblem(422, 'Declining the quote needs "feeAcknowledged": true: the inspection fee is due.', {
      type: PROBLEM_TYPES.feeNotAcknowledged, title: 'Inspection fee not acknowledged',
    });
  }
  const quoteEventId = body.quoteEventId;
  if (quoteEventId !== undefined && !(Number.isSafeInteger(quoteEventId) && (quoteEventId as number) > 0)) {
    throw new HttpProblem(400, '"quoteEventId" must be the id of the quote\'s event (pendingQuote.eventId), a positive integer.');
  }
  const status = body.answer === 'accept' ? 'quote_accepted' : 'quote_declined';
  const result = await ctx.store.appendEvent(found.caseNumber, {
    status, idempotencyKey: key, author: 'customer', quoteEventId: quoteEventId as number | undefined,
    data: body.answer === 'decline' ? { feeAcknowledged: true } : undefined,
  });
  if (result.outcome === 'closed') throw new HttpProblem(409, 'The case is closed.', { type: PROBLEM_TYPES.caseClosed, title: 'Case closed' });
  if (result.outcome === 'no-quote' || result.outcome === 'not-allowed') {
    const detail = result.outcome === 'no-quote' && result.replaced
      ? 'This quote was replaced by a new one: read the case again and answer the new quote.'
      : 'No quote is waiting for an answer: it was already answered, or none was sent.';
    throw new HttpProblem(409, detail, { type: PROBLEM_TYPES.noQuoteWaiting, title: 'No quote waiting' });
  }
  if (result.outcome === 'no-case') throw notFound();
  if (result.outcome === 'replayed') {
    if (result.event.status !== status || (quoteEventId !== undefined && result.event.data?.quoteEventId !== quoteEventId)) {
      throw new HttpProblem(422, 'This Idempotency-Key was already used for another answer.', { type: PROBLEM_TYPES.idempotencyKeyReused, title: 'Idempotency key reused' });
    }
    return json(200, customerEvent(result.event), { 'Idempotent-Replayed': 'true' });
  }
  await ctx.tell(found, result.event);
  return json(201, customerEvent(result.event));
}

/** Answers a customer route, or undefined when none matches. */
export async function customerRoute(request: Request, segments: string[], ctx: StatusContext, client: string): Promise<Response | undefined> {
  const [first, caseNumber, sub] = segments;
  if (first !== 'cases' || !caseNumber || segments.length > 3) return undefined;
  const method = sub === 'quote-answer' ? 'POST' : 'GET';
  if (sub !== undefined && sub !== 'quote-answer' && sub !== 'label' && sub !== 'case-form') return undefined;
  if (request.method !== method) throw new HttpProblem(405, `Use ${method}.`, { headers: { Allow: method } });
  const found = await authorisedCase(request, caseNumber, ctx, client);
  if (sub === 'quote-answer') return answerQuote(request, found, ctx);
  if (sub === 'case-form') return json(200, caseFormView(found, ctx.config, ctx.printedLink(found)));
  if (sub === 'label') {
    const label = currentLabel(found);
    if (!label) throw new HttpProblem(404, 'This case has no return label yet.');
    return new Response(Readable.toWeb(ctx.files.read(label.storageKey) as Readable) as ReadableStream<Uint8Array>, {
      headers: {
        ...BASE_HEADERS, 'Content-Type': label.type, 'Content-Length': String(label.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(label.name)}`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  }
  return json(200, customerView(found, ctx.basePath, ctx.config.fee));
}

/** The notification of an event, for `notify`; a quote and its decline carry the inspection fee (`fee`, per hour). */
export function notificationOf(
  found: StoredCase, event: StatusEvent, statusUrl: string | undefined, fee: { amount: number; currency: string },
): CaseNotification | undefined {
  if (!found.email || event.status === 'erased') return undefined;
  const view = customerEvent(event);
  const request = (found.request ?? {}) as { device?: { model?: string; serial?: string } };
  return {
    caseNumber: found.caseNumber, email: found.email, locale: found.locale ?? 'en',
    model: request.device?.model, serial: request.device?.serial,
    event: {
      status: view.status, at: view.at, note: view.note, quote: view.quote as CaseNotification['event']['quote'],
      trackingNumber: view.trackingNumber as string | undefined, trackingUrl: view.trackingUrl as string | undefined, label: view.label,
      ...(view.quote || event.status === 'quote_declined' ? { inspectionFee: { amount: fee.amount, currency: fee.currency } } : {}),
    },
    statusUrl,
  };
}


export type { Notify };
