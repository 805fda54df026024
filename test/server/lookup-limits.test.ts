/**
 * Failed look-ups of the customer's status routes are limited in the process:
 * per client, and per case number for case number + e-mail pairs. The clock is
 * injected (`status.failures.now`), so the window passes without waiting.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EMAIL_HEADER } from '../../src/server/index.js';
import { problemOf, startServer, validRequest, type TestServer } from './helpers.js';

const MINUTE = 60_000;

describe('limits on failed case look-ups', () => {
  let s: TestServer;
  let clock = Date.parse('2026-12-04T10:00:00Z');
  /** A new case: its number, access token and e-mail. */
  let newCase: () => Promise<{ caseNumber: string; accessToken: string; email: string }>;

  before(async () => {
    s = await startServer({ status: { failures: { max: 3, maxPerCase: 5, windowMs: MINUTE, now: () => clock } } });
    newCase = async () => {
      const request = validRequest();
      request.address.email = `limit-${crypto.randomUUID()}@example.com`;
      const response = await s.handler(new Request('http://localhost/api/repair-requests', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request),
      }), { clientAddress: '192.0.2.250' });
      assert.equal(response.status, 201);
      return { ...(await response.json()), email: request.address.email };
    };
  });

  /** Looks a case up with an e-mail (or a token) from a client. */
  const lookUp = (client: string, caseNumber: string, credential: { email: string } | { token: string }) =>
    s.handler(new Request(`http://localhost/api/cases/${caseNumber}`, {
      headers: 'email' in credential ? { [EMAIL_HEADER]: credential.email } : { Authorization: `Bearer ${credential.token}` },
    }), { clientAddress: client });

  it('refuses a client after N wrong pairs, the right pair too, with Retry-After, until the window has passed', async () => {
    const c = await newCase();
    const client = '192.0.2.1';
    for (let i = 0; i < 3; i++) await problemOf(await lookUp(client, c.caseNumber, { email: 'wrong@example.com' }), 404);

    const blocked = await lookUp(client, c.caseNumber, { email: c.email });
    const problem = await problemOf(blocked, 429);
    assert.equal(problem.type, 'urn:repair-request:problem:rate-limited');
    assert.equal(blocked.headers.get('retry-after'), '60');

    clock += 45_000;
    const later = await lookUp(client, c.caseNumber, { token: c.accessToken });
    await problemOf(later, 429);
    assert.equal(later.headers.get('retry-after'), '15', 'the same window, counting down');
    assert.equal((await lookUp('192.0.2.2', c.caseNumber, { email: c.email })).status, 200, 'another client is not limited');

    clock += 15_000;
    const again = await lookUp(client, c.caseNumber, { email: c.email });
    assert.equal(again.status, 200, 'the window has passed');
    assert.equal((await again.json()).caseNumber, c.caseNumber);
  });

  it('counts malformed case numbers against the client', async () => {
    const client = '192.0.2.3';
    for (let i = 0; i < 3; i++) await problemOf(await lookUp(client, 'CAS-12', { email: 'a@example.com' }), 400);
    await problemOf(await lookUp(client, 'CAS-12', { email: 'a@example.com' }), 429);
    clock += MINUTE;
  });

  it('refuses e-mail look-ups of a case number tried from many clients, and still opens it with its token', async () => {
    const c = await newCase();
    const other = await newCase();
    for (let i = 0; i < 5; i++) await problemOf(await lookUp(`198.51.100.${i}`, c.caseNumber, { email: 'guess@example.com' }), 404);

    const blocked = await lookUp('198.51.100.99', c.caseNumber, { email: c.email });
    await problemOf(blocked, 429);
    assert.equal(blocked.headers.get('retry-after'), '60');
    assert.equal((await lookUp('198.51.100.99', c.caseNumber, { token: c.accessToken })).status, 200, 'a token cannot be guessed');
    assert.equal((await lookUp('198.51.100.99', other.caseNumber, { email: other.email })).status, 200, 'other cases are not limited');

    clock += MINUTE;
    assert.equal((await lookUp('198.51.100.99', c.caseNumber, { email: c.email })).status, 200);
  });
});
