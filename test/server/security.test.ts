/** Where requests may come from: Origin, Sec-Fetch-Site, CORS, Host, rate limit. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PROBLEM_TYPES } from '../../src/server/index.js';
import { postJson, problemOf, STAFF, startServer, validRequest, type TestServer } from './helpers.js';

const count = async (s: TestServer) =>
  ((await (await fetch(`${s.url}/api/cases?limit=500`, { headers: { Authorization: `Bearer ${STAFF}` } })).json()).cases as unknown[]).length;

const SHOP = 'https://shop.example';

describe('createRepairHandler, on requests from elsewhere', () => {
  let s: TestServer;
  before(async () => { s = await startServer({ allowedOrigins: [SHOP] }); });

  it('refuses a form POST from another site (403), and creates no case', async () => {
    const before = await count(s);
    const form = await fetch(`${s.url}/api/repair-requests`, {
      method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      body: '--x\r\nContent-Disposition: form-data; name="request"\r\n\r\n{}\r\n--x--\r\n',
    });
    const problem = await problemOf(form, 403);
    assert.equal(problem.type, PROBLEM_TYPES.forbiddenOrigin);
    assert.equal(await count(s), before);
  });

  it('refuses a no-cors fetch from another origin (403)', async () => {
    const before = await count(s);
    const response = await postJson(s.url, validRequest(), { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' });
    await problemOf(response, 403);
    assert.equal(await count(s), before);
  });

  it('refuses a cross-site request that hides its Origin (403)', async () => {
    await problemOf(await postJson(s.url, validRequest(), { 'Sec-Fetch-Site': 'same-site' }), 403);
  });

  it('accepts a same-origin request and a client that is not a browser', async () => {
    assert.equal((await postJson(s.url, validRequest(), { Origin: s.url, 'Sec-Fetch-Site': 'same-origin' })).status, 201);
    const behindTlsProxy = s.url.replace('http:', 'https:');
    assert.equal((await postJson(s.url, validRequest(), { Origin: behindTlsProxy, 'Sec-Fetch-Site': 'same-origin' })).status, 201);
    assert.equal((await postJson(s.url, validRequest())).status, 201);
  });

  it('answers the preflight of an allowed origin, and its request with CORS headers that expose Retry-After and Idempotency-Key', async () => {
    const preflight = await fetch(`${s.url}/api/repair-requests`, {
      method: 'OPTIONS', headers: { Origin: SHOP, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), SHOP);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    const response = await postJson(s.url, validRequest(), { Origin: SHOP, 'Sec-Fetch-Site': 'cross-site', 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After, Idempotency-Key/);
    const refused = await postJson(s.url, { ...validRequest(), coupon: 1 }, { Origin: SHOP });
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('access-control-allow-origin'), SHOP, 'problems are readable by the allowed origin too');
  });

  it('refuses the preflight of another origin', async () => {
    const preflight = await fetch(`${s.url}/api/repair-requests`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  it('refuses an unknown Host when a host list is given (421)', async () => {
    const hosts = await startServer({ allowedHosts: ['repairs.example'] });
    await problemOf(await postJson(hosts.url, validRequest()), 421);
  });

  it('limits each client’s requests (429 with Retry-After)', async () => {
    const limited = await startServer({ rateLimit: { max: 2, windowMs: 60_000 } });
    assert.equal((await postJson(limited.url, validRequest())).status, 201);
    assert.equal((await postJson(limited.url, validRequest())).status, 201);
    const third = await postJson(limited.url, validRequest());
    const problem = await problemOf(third, 429);
    assert.equal(problem.type, PROBLEM_TYPES.rateLimited);
    assert.ok(Number(third.headers.get('retry-after')) >= 1);
  });
});
