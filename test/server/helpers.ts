/**
 * Shared by the back end's tests: the stores to run each test against
 * (PGlite in memory, and the PostgreSQL server of DATABASE_URL; missing, it
 * is a failure, not a skip).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createFileSystemFileStore, createPgliteStore, createPostgresStore, type RepairStore } from '../../src/server/index.js';

export interface StoreKind {
  name: string;
  open(): Promise<RepairStore>;
}

/** A fresh schema per store, so tests on one server never see each other's rows. */
const postgresInFreshSchema = async (): Promise<RepairStore> => createPostgresStore({ connectionString: await freshPostgresSchema(), max: 5 });

export const STORES: StoreKind[] = [
  { name: 'PGlite', open: () => createPgliteStore() },
  { name: 'PostgreSQL', open: postgresInFreshSchema },
];

/** What to undo once the file's tests are done, last first. */
const cleanups: (() => Promise<unknown> | unknown)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A temporary folder removed after the file's tests. */
export async function tempDir(prefix = 'repair-request-test-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A file store in a temporary folder. */
export const tempFileStore = async () => createFileSystemFileStore({ dir: await tempDir() });

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRepairHandler, toNodeHandler, type RepairHandler, type RepairHandlerOptions } from '../../src/server/index.js';

/** A valid repair request as the widget sends it (no file). */
export const validRequest = () => ({
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: {
    serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true,
  } as Record<string, unknown>,
  parts: { kind: 'component' },
  address: {
    returnAddress: {
      recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89',
    } as Record<string, unknown>,
    email: 'camille@example.com',
  },
  submit: { termsAccepted: true },
});

/** A valid contact message. */
export const validMessage = () => ({
  product: 'mavic-mini', name: 'Camille Martin', zone: 'europe', country: 'FR', email: 'camille@example.com',
  subject: 'Gimbal', description: 'The gimbal shakes in flight.', locale: 'fr',
});

export const CASE_NUMBER = /^CAS-\d{7}-[A-Z0-9]{6}$/;
export const STAFF = 'staff-token-for-tests-0123456789';

export interface TestServer {
  url: string;
  handler: RepairHandler;
  filesDir: string;
  server: Server;
}

let shared: Promise<RepairStore> | undefined;
/** One PGlite store for the servers of a test file (opening one takes seconds); closed after the file's tests. */
function sharedPglite(): Promise<RepairStore> {
  if (!shared) {
    const opened = createPgliteStore();
    shared = opened.then((store) => ({ ...store, close: async () => {} }));
    cleanups.unshift(async () => (await opened).close());
  }
  return shared;
}

/** The handler on PGlite (or `store`) behind Node's http, on a free loopback port; closed after the file's tests. */
export async function startServer(options: Partial<RepairHandlerOptions> = {}): Promise<TestServer> {
  const filesDir = await tempDir();
  const handler = createRepairHandler({
    store: sharedPglite(), files: createFileSystemFileStore({ dir: filesDir }), logger: false,
    contact: { verifyToken: () => true }, staffTokens: [STAFF], rateLimit: false, retention: { intervalMs: 0 }, ...options,
  });
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handler.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, handler, filesDir, server };
}

/** POSTs JSON to `{url}/api/repair-requests`. */
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/repair-requests`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** POSTs a request with a file, as the widget does. */
export function postWithFile(url: string, bytes: Uint8Array<ArrayBuffer> | string, name: string, headers: Record<string, string> = {}) {
  const file = new File([bytes], name, { type: 'application/octet-stream' });
  const json = validRequest();
  json.malfunction.proofOfPurchase = { name, size: file.size, type: file.type };
  const form = new FormData();
  form.append('request', JSON.stringify(json));
  form.append('proofOfPurchase', file, name);
  return fetch(`${url}/api/repair-requests`, { method: 'POST', body: form, headers });
}

/** The problem body, after checking status and type. */
export async function problemOf(response: Response, status: number) {
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status}: ${await response.text()}`);
  if (!/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) throw new Error('Not a problem+json answer');
  return (await response.json()) as { type: string; title: string; status: number; detail: string; errors?: { path: string; code: string }[]; currentStatus?: string; allowed?: string[] };
}

import { spawn, type ChildProcess } from 'node:child_process';

/** A fresh schema on the DATABASE_URL server; its connection string. */
export async function freshPostgresSchema(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the PostgreSQL tests need a server (see scripts/postgres.mjs).');
  const { default: postgres } = await import('postgres');
  const schema = `t_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const withSchema = new URL(url);
  withSchema.searchParams.set('search_path', schema);
  return withSchema.toString();
}

/** A back-end process (bench/server-worker.mjs) on this store; stopped after the file's tests. */
export async function startWorker(args: string[]): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['bench/server-worker.mjs', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  cleanups.push(() => new Promise((resolve) => { child.once('exit', resolve); child.stdin!.end(); }));
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /PORT=(\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The worker exited (${code}) before listening.`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}
