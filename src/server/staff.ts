/**
 * The staff routes, behind a bearer token: list and read cases, download
 * their files, append status events, and the GDPR duties (export and erase
 * what is stored about one e-mail, purge by hand).
 */
import { timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { readJsonBody, type BodyLimits } from './body.js';
import { BASE_HEADERS, HttpProblem, json, parseJsonObject, PROBLEM_TYPES } from './http.js';
import { nextStatuses } from './lifecycle.js';
import { staffEvent } from './status-events.js';
import { STAFF_STATUSES, type FileStore, type RepairStore, type StatusEvent, type StoredCase, type StoredFile } from './store/types.js';

export interface StaffContext {
  store: RepairStore;
  files: FileStore;
  limits: BodyLimits;
  tokens: readonly string[];
  erasureKeeps: readonly string[];
  purge: () => Promise<unknown>;
  /** Tells the customer about an event. */
  tell: (found: StoredCase, event: StatusEvent) => Promise<void>;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A `401` unless the request has one of the staff tokens. */
export function authorise(request: Request, tokens: readonly string[]) {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token || !tokens.some((t) => same(t, token))) {
    throw new HttpProblem(401, 'The staff routes need an Authorization: Bearer token.', { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
}

const CASE = /^CAS-\d{7}-[A-Z0-9]{6}$/;

/** The statuses staff may add after `status` (the customer's quote answers are not theirs); none on a closed case. */
const staffNext = (found: Pick<StoredCase, 'status' | 'closedAt'>) =>
  found.closedAt ? [] : nextStatuses(found.status).filter((s) => (STAFF_STATUSES as readonly string[]).includes(s));

/** The `409` of a status that may not follow the case's current one: its `detail` names both, and what may come next. */
function notAllowed(caseNumber: string, tried: string, current: string, next: readonly string[]) {
  const allowed = next.filter((s) => (STAFF_STATUSES as readonly string[]).includes(s));
  const then = allowed.length ? `it may be followed by: ${allowed.join(', ')}` : 'the workshop adds nothing until the customer answers';
  return new HttpProblem(409, `The case ${caseNumber} is "${current}": "${tried}" cannot follow it; ${then}.`, {
    type: PROBLEM_TYPES.statusNotAllowed, title: 'Status not allowed now', currentStatus: current, allowed,
  });
}

const only = (request: Request, method: string) => {
  if (request.method !== method) throw new HttpProblem(405, `Use ${method}.`, { headers: { Allow: method } });
};

async function emailOf(request: Request, limits: BodyLimits) {
  const body = parseJsonObject(await readJsonBody(request, limits), 'The request body');
  if (typeof body.email !== 'string' || !body.email.includes('@') || body.email.length > 254) throw new HttpProblem(400, 'Send { "email": "…" }.');
  return body.email;
}

/** Files with their bytes in base64; a file missing from the file store is listed with `contentBase64: null`. */
const withContent = async (files: FileStore, list: StoredFile[]) =>
  Promise.all(list.map(async ({ storageKey, ...meta }) => {
    const bytes = await files.readAll(storageKey).catch(() => undefined);
    return { ...meta, contentBase64: bytes ? Buffer.from(bytes).toString('base64') : null };
  }));

/** Answers a staff route (`segments`: the path after the base), or undefined when none matches. */
export async function staffRoute(request: Request, segments: string[], ctx: StaffContext): Promise<Response | undefined> {
  const [first, caseNumber, sub, id] = segments;
  if (first === 'cases' && segments.length === 1) {
    authorise(request, ctx.tokens);
    only(request, 'GET');
    const url = new URL(request.url);
    const list = await ctx.store.listCases({
      status: url.searchParams.get('status') ?? undefined,
      limit: Number(url.searchParams.get('limit')) || 50,
      offset: Number(url.searchParams.get('offset')) || 0,
    });
    return json(200, { cases: list });
  }
  if (first === 'cases' && caseNumber) {
    authorise(request, ctx.tokens);
    if (!CASE.test(caseNumber)) throw new HttpProblem(404, 'No such case.');
    if (segments.length === 2) {
      only(request, 'GET');
      const found = await ctx.store.getCase(caseNumber);
      if (!found) throw new HttpProblem(404, `No case ${caseNumber}.`);
      return json(200, { ...found, files: found.files.map(({ storageKey: _key, ...f }) => f), next: staffNext(found) });
    }
    if (sub === 'events' && segments.length === 3) {
      only(request, 'POST');
      const body = parseJsonObject(await readJsonBody(request, ctx.limits), 'The event');
      const event = await staffEvent(body, ctx.files);
      const result = await ctx.store.appendEvent(caseNumber, event).catch(() => ({ outcome: 'failed' as const }));
      if (result.outcome !== 'added' && event.file) await ctx.files.remove(event.file.storageKey);
      if (result.outcome === 'failed') throw new Error(`The event of ${caseNumber} could not be stored.`);
      if (result.outcome === 'no-case') throw new HttpProblem(404, `No case ${caseNumber}.`);
      if (result.outcome === 'closed') throw new HttpProblem(409, `The case ${caseNumber} is closed; it takes no more events.`, { type: PROBLEM_TYPES.caseClosed, title: 'Case closed' });
      if (result.outcome === 'not-allowed') throw notAllowed(caseNumber, event.status, result.status, result.next);
      if (result.outcome !== 'added') throw new HttpProblem(409, 'Not added.');
      const found = await ctx.store.getCase(caseNumber);
      if (found) await ctx.tell(found, result.event);
      return json(201, result.event);
    }
    if (sub === 'files' && id && segments.length === 4) {
      only(request, 'GET');
      const file = (await ctx.store.getCase(caseNumber))?.files.find((f) => f.id === id);
      if (!file) throw new HttpProblem(404, 'No such file.');
      const body = Readable.toWeb(ctx.files.read(file.storageKey) as Readable) as ReadableStream<Uint8Array>;
      return new Response(body, {
        headers: {
          ...BASE_HEADERS, 'Content-Type': file.type, 'Content-Length': String(file.size),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          'Content-Security-Policy': "default-src 'none'; sandbox",
        },
      });
    }
    return undefined;
  }
  if (first === 'customers' && segments.length === 2 && (caseNumber === 'export' || caseNumber === 'erase')) {
    authorise(request, ctx.tokens);
    only(request, 'POST');
    const email = await emailOf(request, ctx.limits);
    if (caseNumber === 'export') {
      const found = await ctx.store.findByEmail(email);
      const cases = await Promise.all(found.cases.map(async (c) => ({ ...c, files: await withContent(ctx.files, c.files) })));
      const messages = await Promise.all(found.messages.map(async (m) => ({ ...m, files: await withContent(ctx.files, m.files) })));
      return json(200, { email, exportedAt: new Date().toISOString(), cases, messages }, {
        'Content-Disposition': 'attachment; filename="personal-data.json"',
      });
    }
    const erased = await ctx.store.eraseByEmail(email, ctx.erasureKeeps);
    await Promise.all(erased.storageKeys.map((key) => ctx.files.remove(key)));
    return json(200, { cases: erased.cases, messages: erased.messages, files: erased.storageKeys.length, kept: ctx.erasureKeeps });
  }
  if (first === 'purge' && segments.length === 1) {
    authorise(request, ctx.tokens);
    only(request, 'POST');
    return json(200, await ctx.purge());
  }
  return undefined;
}
