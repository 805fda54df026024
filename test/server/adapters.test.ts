/** The adapters: Node http (in the other tests), Express, Fastify, Hono, Next.js route handlers. */
import { serve } from '@hono/node-server';
import express from 'express';
import fastify from 'fastify';
import { Hono } from 'hono';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import {
  createFileSystemFileStore, createPgliteStore, createRepairHandler, toExpressMiddleware, toFastifyPlugin, toHonoHandler, toNextRouteHandlers,
} from '../../src/server/index.js';
import { CASE_NUMBER, postJson, postWithFile, tempDir, validRequest } from './helpers.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

const handler = createRepairHandler({
  store: createPgliteStore(), files: tempDir().then((dir) => createFileSystemFileStore({ dir })), logger: false,
  rateLimit: false, retention: { intervalMs: 0 },
});
after(() => handler.close());

async function listen(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A JSON request and a request with a file both store a case. */
async function storesCases(url: string) {
  const json = await postJson(url, validRequest(), { 'Idempotency-Key': crypto.randomUUID() });
  assert.equal(json.status, 201, await json.clone().text());
  assert.match((await json.json()).caseNumber, CASE_NUMBER);
  const file = await postWithFile(url, PDF, 'receipt.pdf');
  assert.equal(file.status, 201, await file.clone().text());
}

describe('adapters', () => {
  it('Express, mounted before express.json()', async () => {
    const app = express();
    app.use(toExpressMiddleware(handler));
    app.use(express.json());
    app.get('/other', (_req, res) => { res.send('other'); });
    const url = await listen(createServer(app));
    await storesCases(url);
    assert.equal(await (await fetch(`${url}/other`)).text(), 'other', 'other routes pass through');
  });

  it('Express, mounted after express.json(): it takes the parsed JSON back', async () => {
    const app = express();
    app.use(express.json());
    app.use(toExpressMiddleware(handler));
    await storesCases(await listen(createServer(app)));
  });

  it('Express, after a middleware that read the body and kept nothing: a clear 500, never a hang', async () => {
    const app = express();
    app.use((req, _res, next) => { req.resume(); req.on('end', () => next()); });
    app.use(toExpressMiddleware(handler));
    const response = await postJson(await listen(createServer(app)), validRequest());
    assert.equal(response.status, 500);
    assert.match((await response.json()).detail, /already read by another middleware/);
  });

  it('Fastify, as a plugin (its JSON parser left out of the plugin)', async () => {
    const app = fastify();
    await app.register(toFastifyPlugin(handler));
    app.post('/echo', async (request) => request.body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    after(() => app.close());
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await storesCases(url);
    const echo = await fetch(`${url}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    assert.deepEqual(await echo.json(), { a: 1 }, 'the rest of the app keeps its JSON parser');
  });

  it('Hono, on @hono/node-server', async () => {
    const app = new Hono();
    app.all('/api/*', toHonoHandler(handler));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
    after(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }));
    await storesCases(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });

  it('Next.js App Router route handlers: a Web Request in, a Response out, Next’s second argument ignored', async () => {
    const { POST, OPTIONS } = toNextRouteHandlers(handler);
    const request = new Request('https://repairs.example/api/repair-requests', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validRequest()),
    });
    const response = await (POST as (r: Request, ctx: unknown) => Promise<Response>)(request, { params: Promise.resolve({ path: ['repair-requests'] }) });
    assert.equal(response.status, 201);
    assert.equal((await OPTIONS(new Request('https://repairs.example/api/repair-requests', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }))).status, 403);
  });
});
