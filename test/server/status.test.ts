/** The customer follows the case: status routes, staff events, quote answers, labels; on PGlite and on PostgreSQL. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EMAIL_HEADER, type CaseNotification } from '../../src/server/index.js';
import { postJson, problemOf, STAFF, startServer, STORES, validRequest, type TestServer } from './helpers.js';

const staffJson = { Authorization: `Bearer ${STAFF}`, 'Content-Type': 'application/json' };
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const QUOTE = { amount: 129.9, currency: 'EUR', covers: 'Gimbal replacement, labour and return shipping' };

for (const kind of STORES) {
  describe(`customer status routes on ${kind.name}`, () => {
    let s: TestServer;
    const told: CaseNotification[] = [];

    before(async () => {
      s = await startServer({
        store: kind.open(), status: { pageUrl: 'https://shop.example/repair-status', failures: { max: 5, windowMs: 60_000 } },
        notify: (n) => { told.push(n); },
      });
    });

    /** A new case of `email`; its number and access token. */
    async function newCase(email = `camille-${crypto.randomUUID()}@example.com`) {
      const request = validRequest();
      request.address.email = email;
      const response = await postJson(s.url, request, { 'Content-Language': 'fr' });
      assert.equal(response.status, 201);
      const body = await response.json();
      return { ...body, email } as { caseNumber: string; accessToken: string; statusUrl: string; email: string };
    }
    const byEmail = (caseNumber: string, email: string, path = '') =>
      fetch(`${s.url}/api/cases/${caseNumber}${path}`, { headers: { [EMAIL_HEADER]: email } });
    const byToken = (caseNumber: string, token: string, path = '') =>
      fetch(`${s.url}/api/cases/${caseNumber}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const staffEvent = (caseNumber: string, body: unknown) =>
      fetch(`${s.url}/api/cases/${caseNumber}/events`, { method: 'POST', headers: staffJson, body: JSON.stringify(body) });
    /** Takes a case from its arrival to a quote waiting for the customer's answer, as the workshop would. */
    const quoteCase = async (caseNumber: string, quote: unknown = QUOTE) => {
      for (const body of [{ status: 'parcel_received' }, { status: 'in_diagnosis' }, { status: 'quote_waiting', quote }]) {
        assert.equal((await staffEvent(caseNumber, body)).status, 201, body.status);
      }
    };
    const answer = (caseNumber: string, token: string, body: unknown, key: string = crypto.randomUUID()) =>
      fetch(`${s.url}/api/cases/${caseNumber}/quote-answer`, {
        method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body),
      });

    it('answers a new case with a long random access token and the status page link carrying it', async () => {
      const c = await newCase();
      assert.match(c.accessToken, /^rrc_[A-Za-z0-9_-]{43}$/);
      assert.equal(c.statusUrl, `https://shop.example/repair-status#case=${c.caseNumber}&token=${c.accessToken}&lang=fr`, 'in the request’s language');
      const other = await newCase();
      assert.notEqual(other.accessToken, c.accessToken);
    });

    it('shows the case to its customer by case number and e-mail (any case), or by access token', async () => {
      const c = await newCase();
      for (const response of [await byEmail(c.caseNumber, c.email.toUpperCase()), await byToken(c.caseNumber, c.accessToken)]) {
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const view = await response.json();
        assert.equal(view.caseNumber, c.caseNumber);
        assert.equal(view.model, 'mavic-mini');
        assert.equal(view.locale, 'fr');
        assert.deepEqual(view.events.map((e: { status: string }) => e.status), ['received']);
        assert.equal(view.pendingQuote, null);
        assert.equal(view.label, null);
        assert.equal(view.email, undefined, 'the view does not echo personal data');
        assert.equal(view.request, undefined);
      }
    });

    it('gives one answer for a wrong e-mail, an unknown case, a forged or another case’s token, and an expired token', async () => {
      const c = await newCase();
      const other = await newCase();
      const forged = `rrc_${'A'.repeat(43)}`;
      const answers = [
        await byEmail(c.caseNumber, 'someone.else@example.com'),
        await byEmail('CAS-0000000-NOSUCH', c.email),
        await byToken(c.caseNumber, forged),
        await byToken(c.caseNumber, other.accessToken),
      ];
      const details = new Set<string>();
      for (const response of answers) {
        const p = await problemOf(response, 404);
        assert.equal(p.type, 'urn:repair-request:problem:case-not-found');
        details.add(p.detail);
      }
      assert.equal(details.size, 1, 'the same message, whichever half is wrong');
    });

    it('refuses an expired access token', async () => {
      const short = await startServer({ store: kind.open(), status: { tokenTtlDays: -1 } });
      const created = await (await postJson(short.url, validRequest())).json();
      const response = await fetch(`${short.url}/api/cases/${created.caseNumber}`, { headers: { Authorization: `Bearer ${created.accessToken}` } });
      assert.equal((await problemOf(response, 404)).type, 'urn:repair-request:problem:case-not-found');
    });

    it('says a malformed case number is malformed, and rate limits failed look-ups (429 with Retry-After)', async () => {
      const limited = await startServer({ store: kind.open(), status: { failures: { max: 3, windowMs: 60_000 } } });
      const c = await (await postJson(limited.url, validRequest())).json();
      const look = (n: string, email: string) => fetch(`${limited.url}/api/cases/${n}`, { headers: { [EMAIL_HEADER]: email } });
      assert.equal((await problemOf(await look('CAS-12', 'camille@example.com'), 400)).type, 'urn:repair-request:problem:case-number-invalid');
      await problemOf(await look(c.caseNumber, 'wrong@example.com'), 404);
      await problemOf(await look(c.caseNumber, 'wrong@example.com'), 404);
      const blocked = await look(c.caseNumber, 'camille@example.com');
      assert.equal((await problemOf(blocked, 429)).type, 'urn:repair-request:problem:rate-limited');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    });

    it('serves the re-issued return label, not the first by name', async () => {
      const c = await newCase();
      const first = PDF.replace('%%EOF', '% first\n%%EOF');
      const second = PDF.replace('%%EOF', '% second\n%%EOF');
      for (const [name, content] of [['label-a.pdf', first], ['label-b.pdf', second]] as const) {
        const posted = await staffEvent(c.caseNumber, { status: 'label_available', label: { name, contentBase64: Buffer.from(content).toString('base64') } });
        assert.equal(posted.status, 201, name);
      }
      const view = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.equal(view.label.name, 'label-b.pdf');
      const file = await byToken(c.caseNumber, c.accessToken, '/label');
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-disposition')!, /label-b\.pdf/);
      assert.equal(await file.text(), second);
    });

    it('lists staff events in order, with what each carries, and tells the customer of each', async () => {
      const c = await newCase();
      const label = await staffEvent(c.caseNumber, { status: 'label_available', note: 'Print it and stick it on the parcel.', label: { name: 'label.pdf', contentBase64: Buffer.from(PDF).toString('base64') } });
      assert.equal(label.status, 201);
      assert.equal((await staffEvent(c.caseNumber, { status: 'parcel_received' })).status, 201);
      assert.equal((await staffEvent(c.caseNumber, { status: 'in_diagnosis', note: 'No fault found.' })).status, 201);
      assert.equal((await staffEvent(c.caseNumber, { status: 'shipped_back', trackingNumber: '1Z999AA10123456784', trackingUrl: 'https://carrier.example/t/1Z999' })).status, 201);
      const view = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.deepEqual(view.events.map((e: { status: string }) => e.status), ['received', 'label_available', 'parcel_received', 'in_diagnosis', 'shipped_back']);
      assert.equal(view.events[1].note, 'Print it and stick it on the parcel.');
      assert.equal(view.events[4].trackingNumber, '1Z999AA10123456784');
      assert.ok(view.events.every((e: { id: number }, i: number, all: { id: number }[]) => i === 0 || e.id > all[i - 1]!.id));
      assert.deepEqual(view.label, { name: 'label.pdf', type: 'application/pdf', url: `/api/cases/${c.caseNumber}/label` });
      const file = await byToken(c.caseNumber, c.accessToken, '/label');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.equal(await file.text(), PDF);
      const mine = told.filter((n) => n.caseNumber === c.caseNumber);
      assert.deepEqual(mine.map((n) => n.event.status), ['received', 'label_available', 'parcel_received', 'in_diagnosis', 'shipped_back']);
      assert.equal(mine[0]!.email, c.email);
      assert.equal(mine[0]!.locale, 'fr');
      assert.match(mine[4]!.statusUrl!, new RegExp(`^https://shop\\.example/repair-status#case=${c.caseNumber}&token=rrc_[A-Za-z0-9_-]{43}&lang=fr$`));
      assert.equal(mine[4]!.event.trackingUrl, 'https://carrier.example/t/1Z999');
      // Each link's token opens the case.
      const token = new URLSearchParams(new URL(mine[4]!.statusUrl!).hash.slice(1)).get('token')!;
      assert.equal((await byToken(c.caseNumber, token)).status, 200);
    });

    it('refuses a bad staff event and changes nothing: unknown status, missing quote, non-https tracking, HTML as a label, closed case', async () => {
      const c = await newCase();
      const type = async (body: unknown, status: number) => (await problemOf(await staffEvent(c.caseNumber, body), status)).type;
      assert.equal(await type({ status: 'teleported' }, 400), 'urn:repair-request:problem:unknown-status');
      assert.equal(await type({ status: 'quote_accepted' }, 400), 'urn:repair-request:problem:unknown-status', 'only the customer answers a quote');
      assert.equal(await type({ status: 'quote_waiting' }, 400), 'urn:repair-request:problem:invalid-event');
      assert.equal(await type({ status: 'quote_waiting', quote: { ...QUOTE, amount: -5 } }, 400), 'urn:repair-request:problem:invalid-event');
      assert.equal(await type({ status: 'shipped_back', trackingNumber: 'X1', trackingUrl: 'javascript:alert(1)' }, 400), 'urn:repair-request:problem:invalid-event');
      assert.equal(await type({ status: 'label_available', label: { name: 'label.pdf', contentBase64: Buffer.from('<html><script>x</script>').toString('base64') } }, 400),
        'urn:repair-request:problem:invalid-event');
      assert.equal((await staffEvent(c.caseNumber, { status: 'cancelled' })).status, 201);
      assert.equal(await type({ status: 'repair_in_progress' }, 409), 'urn:repair-request:problem:case-closed');
      const view = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.deepEqual(view.events.map((e: { status: string }) => e.status), ['received', 'cancelled']);
      assert.equal(view.closed, true);
    });

    it('keeps a case’s order: no quote before the parcel has arrived and been inspected; the refusal names the status and what may follow', async () => {
      const c = await newCase();
      const staffCase = async () => (await fetch(`${s.url}/api/cases/${c.caseNumber}`, { headers: staffJson })).json();
      assert.deepEqual((await staffCase()).next, ['label_available', 'parcel_received', 'refused', 'cancelled']);
      for (const status of ['quote_waiting', 'repair_in_progress', 'shipped_back', 'closed', 'in_diagnosis', 'received']) {
        const body = status === 'quote_waiting' ? { status, quote: QUOTE } : status === 'shipped_back' ? { status, trackingNumber: '1Z9' } : { status };
        const refused = await problemOf(await staffEvent(c.caseNumber, body), 409);
        assert.equal(refused.type, 'urn:repair-request:problem:status-not-allowed', status);
        assert.equal(refused.detail, `The case ${c.caseNumber} is "received": "${status}" cannot follow it; it may be followed by: label_available, parcel_received, refused, cancelled.`);
        assert.equal(refused.currentStatus, 'received');
        assert.deepEqual(refused.allowed, ['label_available', 'parcel_received', 'refused', 'cancelled']);
      }
      assert.equal((await staffEvent(c.caseNumber, { status: 'parcel_received' })).status, 201);
      assert.equal((await problemOf(await staffEvent(c.caseNumber, { status: 'quote_waiting', quote: QUOTE }), 409)).currentStatus, 'parcel_received', 'inspected first');
      assert.equal((await staffEvent(c.caseNumber, { status: 'in_diagnosis' })).status, 201);
      assert.equal((await staffEvent(c.caseNumber, { status: 'quote_waiting', quote: QUOTE })).status, 201);
      const waiting = await problemOf(await staffEvent(c.caseNumber, { status: 'repair_in_progress' }), 409);
      assert.equal(waiting.detail, `The case ${c.caseNumber} is "quote_waiting": "repair_in_progress" cannot follow it; it may be followed by: quote_waiting, cancelled.`,
        'the repair waits for the customer’s answer');
      assert.deepEqual((await staffCase()).next, ['quote_waiting', 'cancelled']);
      assert.equal((await answer(c.caseNumber, c.accessToken, { answer: 'accept' })).status, 201);
      for (const [status, extra] of [['repair_in_progress', {}], ['shipped_back', { trackingNumber: '1Z9' }], ['closed', {}]] as const) {
        assert.equal((await staffEvent(c.caseNumber, { status, ...extra })).status, 201, status);
      }
      assert.deepEqual((await staffCase()).next, [], 'a closed case takes nothing more');
      const view = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.deepEqual(view.events.map((e: { status: string }) => e.status),
        ['received', 'parcel_received', 'in_diagnosis', 'quote_waiting', 'quote_accepted', 'repair_in_progress', 'shipped_back', 'closed']);
      assert.deepEqual(told.filter((n) => n.caseNumber === c.caseNumber).map((n) => n.event.status), view.events.map((e: { status: string }) => e.status),
        'a refused event tells the customer nothing');
    });

    it('takes the customer’s answer to a quote exactly once; declining needs the inspection fee acknowledged', async () => {
      const c = await newCase();
      assert.equal((await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'accept' }), 409)).type, 'urn:repair-request:problem:no-quote-waiting');
      await quoteCase(c.caseNumber);
      const waiting = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.deepEqual({ ...waiting.pendingQuote, eventId: undefined }, { ...QUOTE, eventId: undefined });

      assert.equal((await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'decline' }), 422)).type, 'urn:repair-request:problem:fee-not-acknowledged');
      await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'maybe' }), 400);
      const noKey = await fetch(`${s.url}/api/cases/${c.caseNumber}/quote-answer`, {
        method: 'POST', headers: { Authorization: `Bearer ${c.accessToken}`, 'Content-Type': 'application/json' }, body: '{"answer":"accept"}',
      });
      assert.equal((await problemOf(noKey, 400)).type, 'urn:repair-request:problem:idempotency-key-invalid');

      const key = crypto.randomUUID();
      const [first, again] = await Promise.all([
        answer(c.caseNumber, c.accessToken, { answer: 'accept' }, key), answer(c.caseNumber, c.accessToken, { answer: 'accept' }, key),
      ]);
      assert.deepEqual([first.status, again.status].sort(), [200, 201], 'the same key twice at once: stored once, replayed once');
      assert.equal((await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'accept' }, key.replace(/.$/, 'x') + 'yz'), 409)).type,
        'urn:repair-request:problem:no-quote-waiting', 'a second answer with another key');
      assert.equal((await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'decline', feeAcknowledged: true }, key), 422)).type,
        'urn:repair-request:problem:idempotency-key-reused');
      const view = await (await byEmail(c.caseNumber, c.email)).json();
      const walked = ['received', 'parcel_received', 'in_diagnosis', 'quote_waiting', 'quote_accepted'];
      assert.deepEqual(view.events.map((e: { status: string }) => e.status), walked);
      assert.equal(view.events[4].answers, view.events[3].id);
      assert.equal(view.pendingQuote, null);
      assert.deepEqual(told.filter((n) => n.caseNumber === c.caseNumber).map((n) => n.event.status), walked);
    });

    it('answers only the quote the customer saw: a quote replaced meanwhile is refused, and a retry never lands on the new one', async () => {
      const c = await newCase();
      await quoteCase(c.caseNumber, { ...QUOTE, amount: 89 });
      const seen = (await (await byToken(c.caseNumber, c.accessToken)).json()).pendingQuote;
      assert.equal(seen.amount, 89);
      assert.equal((await staffEvent(c.caseNumber, { status: 'quote_waiting', quote: { ...QUOTE, amount: 289 } })).status, 201, 'a revised quote');
      const key = crypto.randomUUID();
      for (const attempt of ['first', 'retry']) {
        const stale = await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'accept', quoteEventId: seen.eventId }, key), 409);
        assert.equal(stale.type, 'urn:repair-request:problem:no-quote-waiting', attempt);
        assert.match(stale.detail, /replaced/, attempt);
      }
      await problemOf(await answer(c.caseNumber, c.accessToken, { answer: 'accept', quoteEventId: 'x' }), 400);
      const now = (await (await byToken(c.caseNumber, c.accessToken)).json()).pendingQuote;
      assert.equal(now.amount, 289, 'the new quote still waits');
      const accepted = await answer(c.caseNumber, c.accessToken, { answer: 'accept', quoteEventId: now.eventId });
      assert.equal(accepted.status, 201);
      assert.equal((await accepted.json()).answers, now.eventId);
      const again = await answer(c.caseNumber, c.accessToken, { answer: 'accept', quoteEventId: seen.eventId }, key);
      assert.equal((await problemOf(again, 409)).type, 'urn:repair-request:problem:no-quote-waiting', 'the old quote’s retry never answers anything');
    });

    it('records a declined quote with the fee acknowledged', async () => {
      const c = await newCase();
      await quoteCase(c.caseNumber);
      const declined = await answer(c.caseNumber, c.accessToken, { answer: 'decline', feeAcknowledged: true });
      assert.equal(declined.status, 201);
      assert.equal((await declined.json()).status, 'quote_declined');
    });

    it('keeps staff routes for staff: a customer credential never lists cases or adds events', async () => {
      const c = await newCase();
      await problemOf(await fetch(`${s.url}/api/cases`, { headers: { Authorization: `Bearer ${c.accessToken}` } }), 401);
      const posted = await fetch(`${s.url}/api/cases/${c.caseNumber}/events`, {
        method: 'POST', headers: { Authorization: `Bearer ${c.accessToken}`, 'Content-Type': 'application/json' }, body: '{"status":"closed"}',
      });
      assert.ok(posted.status === 401 || posted.status === 404);
      const view = await (await byToken(c.caseNumber, c.accessToken)).json();
      assert.deepEqual(view.events.map((e: { status: string }) => e.status), ['received']);
    });
  });
}
