/** Two server processes on one PostgreSQL database share idempotency keys: one case for 50 concurrent duplicates. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_NUMBER, freshPostgresSchema, postJson, startWorker, validRequest } from './helpers.js';

/** Posts until the answer is not a 409 (the same request in progress), as the widget does; at most 200 tries. */
async function postUntilDone(url: string, key: string) {
  for (let attempt = 1; attempt <= 200; attempt++) {
    const response = await postJson(url, validRequest(), { 'Idempotency-Key': key });
    if (response.status !== 409) return { status: response.status, body: await response.json(), attempt };
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20)); // a short backoff, as Retry-After asks
  }
  throw new Error('Still in progress after 200 tries');
}

describe('two server processes on one PostgreSQL database', () => {
  it('store exactly one case for 50 concurrent posts with one key, and every client ends with its number', async () => {
    const connection = await freshPostgresSchema();
    const [a, b] = await Promise.all([startWorker(['--postgres', connection]), startWorker(['--postgres', connection])]);
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => postUntilDone(i % 2 ? a.url : b.url, key)));
    assert.deepEqual(new Set(results.map((r) => r.status)), new Set([201]));
    const numbers = new Set(results.map((r) => r.body.caseNumber));
    assert.equal(numbers.size, 1);
    assert.match([...numbers][0], CASE_NUMBER);
    const list = await (await fetch(`${a.url}/api/cases?limit=500`, { headers: { Authorization: 'Bearer bench-staff-token' } })).json();
    assert.deepEqual(list.cases.map((c: { caseNumber: string }) => c.caseNumber), [...numbers]);
  });
});
