// The demo's back end: `repair-request/server` (loaded from its source) with
// PGlite and files in a data folder outside the project, plus, for the tests
// only, fault injection and test endpoints (`/api/__faults`, `/api/__reset`,
// `/api/__cases`). `npm start` mounts it next to the demo pages
// (demo/server.mjs); the test runner mounts its own (web-test-runner.config.mjs).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { demoDataDir } from './data-dir.mjs';
import { createFaults } from './receiver/faults.mjs';
import { loadServer } from './receiver/load.mjs';
import { startOutbox } from './receiver/outbox.mjs';

const API = '/api';
const TEST_PREFIX = '/api/__';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });

/**
 * A back end for the demo or the tests.
 * - `dataDir`: the database (`db/`) and files (`files/`); default: in memory, files in a temporary folder.
 * - `testing`: fault injection, the `/api/__*` endpoints, no rate limit, staff token `test-staff-token`.
 * - `log`: one line per stored case or message.
 * - `outbox`: e-mail the customer of each event through a local SMTP sink, read at `GET /api/__outbox`.
 * - `statusPage`: the `<repair-status>` page the 201 answers and e-mails link to.
 */
export function createReceiver({ dataDir, testing = false, log = true, outbox = testing, statusPage = '/demo/status.html' } = {}) {
  const faults = testing ? createFaults() : undefined;
  let starting;
  const ready = () => (starting ??= start());
  async function start() {
    const server = await loadServer();
    const { mkdir, mkdtemp } = await import('node:fs/promises');
    if (dataDir) await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const { tmpdir } = await import('node:os');
    const filesDir = dataDir ? join(dataDir, 'files') : await mkdtemp(join(tmpdir(), 'repair-request-files-'));
    if (!dataDir) process.on('exit', () => rmSync(filesDir, { recursive: true, force: true }));
    const store = await server.createPgliteStore({ dataDir: dataDir ? join(dataDir, 'db') : undefined });
    const sink = outbox ? await startOutbox() : undefined;
    const notify = sink && server.createSmtpNotifier({
      transport: { host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true }, from: '"Repair workshop (demo)" <repairs@demo.invalid>', brand: 'Demo',
    });
    const handler = server.createRepairHandler({
      store: faults ? faults.wrapStore(store) : store,
      files: server.createFileSystemFileStore({ dir: filesDir }),
      basePath: API,
      // The demo has no captcha: it accepts every message. A site checks its token here.
      contact: { verifyToken: () => true },
      rateLimit: testing ? false : undefined,
      staffTokens: testing ? ['test-staff-token'] : [process.env.REPAIR_REQUEST_STAFF_TOKEN || 'demo-staff-token'],
      logger: log ? console : false,
      notify,
      status: { pageUrl: new URL(statusPage, 'http://127.0.0.1:' + (process.env.PORT || 5173)).href },
    });
    return { server, store, handler, sink };
  }
  ready().catch((error) => console.error('[demo back end] could not start:', error));

  /** The handler with injected failures, delays and dropped answers. */
  async function faulty(request, context, drop) {
    const { handler } = await ready();
    const failure = faults?.takeFailure();
    if (failure) {
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Injected failure', status: failure.status, detail: 'Injected failure (test fault injection).' }), {
        status: failure.status, headers: { 'Content-Type': 'application/problem+json', ...failure.headers },
      });
    }
    const response = await handler(faults ? faults.slowBody(request) : request, context);
    const delay = faults?.delayMs();
    if (delay) await sleep(delay);
    if (faults && response.status === 201 && new URL(request.url).pathname === `${API}/repair-requests`
      && faults.drops(request.headers.get('idempotency-key'), response.headers.get('Idempotent-Replayed') === 'true')) {
      drop();
    }
    return response;
  }

  async function testApi(request) {
    const { pathname } = new URL(request.url);
    const { store, sink } = await ready();
    if (pathname === '/api/__outbox' && request.method === 'GET' && sink) return json(200, { mails: sink.mails });
    if (pathname === '/api/__faults' && request.method === 'POST') {
      try {
        return json(200, { faults: faults.set(await request.json()) });
      } catch (error) {
        return json(400, { detail: error.message });
      }
    }
    // `mark`: the time of the reset, for `GET /api/__cases?since=<mark>` (the cases a test stored).
    if (pathname === '/api/__reset' && request.method === 'POST') return json(200, { faults: faults.reset(), mark: new Date().toISOString() });
    if (pathname === '/api/__cases' && request.method === 'GET') {
      // Each case listed is read whole (one more query each), and one receiver serves a whole test run, whose
      // cases pile up: with `since`, only the cases received since then are read (a test's own, O(1) per call).
      const since = Date.parse(new URL(request.url).searchParams.get('since') ?? '');
      const listed = (await store.listCases({ limit: 500 })).filter((c) => Number.isNaN(since) || Date.parse(c.receivedAt) >= since);
      const cases = await Promise.all(listed.map(async ({ caseNumber }) => {
        const c = await store.getCase(caseNumber);
        return { caseNumber, idempotencyKey: c.idempotencyKey ?? null, receivedAt: c.receivedAt, files: c.files.map(({ name, size, type }) => ({ name, size, type })) };
      }));
      return json(200, { count: cases.length, cases, contactCount: (await store.listMessages({ limit: 500 })).length });
    }
    return json(404, { detail: `No test endpoint at ${request.method} ${pathname}.` });
  }

  return {
    /** Whether `handle` answers this path. */
    handles: (pathname) => pathname.startsWith(`${API}/`),
    /** Answers a Node request; resolves when answered. */
    async handle(req, res) {
      const { server } = await ready();
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if ((testing || (outbox && pathname === '/api/__outbox')) && pathname.startsWith(TEST_PREFIX)) return server.toNodeHandler((request) => testApi(request))(req, res);
      if (!testing && pathname.startsWith(TEST_PREFIX)) return server.toNodeHandler(async () => json(404, { detail: 'Not found.' }))(req, res);
      return server.toNodeHandler((request, context) => faulty(request, context, () => res.destroy()))(req, res);
    },
    /** Resolves when the store is open. */
    ready: async () => { await (await ready()).handler.ready(); },
    /** Closes the store. */
    close: async () => {
      const { handler, sink } = await ready();
      await handler.close();
      await sink?.close();
    },
  };
}

let shared;
/** The back end of `npm start`: data in `demoDataDir()`, faults with RECEIVER_FAULTS=1. */
export function defaultReceiver() {
  shared ??= createReceiver({ dataDir: demoDataDir(), testing: process.env.RECEIVER_FAULTS === '1', outbox: true });
  return shared;
}
