/** The staff routes and the GDPR duties, on PGlite and on PostgreSQL. */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { DEFAULT_ERASURE_KEEPS } from '../../src/server/index.js';
import { postWithFile, problemOf, STAFF, startServer, STORES, validMessage, validRequest, type TestServer } from './helpers.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const auth = { Authorization: `Bearer ${STAFF}` };
const jsonHeaders = { ...auth, 'Content-Type': 'application/json' };

for (const kind of STORES) {
  describe(`staff routes on ${kind.name}`, () => {
    let s: TestServer;
    const email = `camille-${crypto.randomUUID()}@example.com`;
    /** A case of this customer (flight account = e-mail) with a file. */
    async function customerCase() {
      const response = await postWithFile(s.url, PDF, 'receipt.pdf');
      return (await response.json()).caseNumber as string;
    }
    before(async () => {
      s = await startServer({ store: kind.open(), customerEmail: () => email });
    });

    it('refuses every staff route without the bearer token (401)', async () => {
      for (const path of ['/api/cases', '/api/cases/CAS-0000000-AAAAAA']) {
        const response = await fetch(`${s.url}${path}`);
        await problemOf(response, 401);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer');
      }
      await problemOf(await fetch(`${s.url}/api/cases`, { headers: { Authorization: 'Bearer wrong' } }), 401);
    });

    it('lists and reads cases, and appends status events', async () => {
      const caseNumber = await customerCase();
      const list = await (await fetch(`${s.url}/api/cases`, { headers: auth })).json();
      assert.ok(list.cases.some((c: { caseNumber: string }) => c.caseNumber === caseNumber));
      const event = await fetch(`${s.url}/api/cases/${caseNumber}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ status: 'parcel_received', note: 'Arrived in good condition' }) });
      assert.equal(event.status, 201);
      const read = await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: auth });
      assert.equal(read.headers.get('cache-control'), 'no-store');
      const stored = await read.json();
      assert.deepEqual(stored.events.map((e: { status: string }) => e.status), ['received', 'parcel_received']);
      assert.equal(stored.status, 'parcel_received');
      assert.deepEqual(stored.next, ['in_diagnosis', 'refused', 'cancelled'], 'what the workshop may add next');
      assert.equal(stored.request.address.returnAddress.recipient, 'Camille Martin');
      assert.equal(stored.files[0].storageKey, undefined, 'storage keys stay inside');
      await problemOf(await fetch(`${s.url}/api/cases/${caseNumber}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ status: '<b>' }) }), 400);
      await problemOf(await fetch(`${s.url}/api/cases/CAS-0000000-NOSUCH`, { headers: auth }), 404);
    });

    it('reads a case’s history: every event stored, oldest first, with who recorded it, its note and what it carries (no storage key)', async () => {
      const caseNumber = await customerCase();
      const add = async (body: unknown) => {
        const response = await fetch(`${s.url}/api/cases/${caseNumber}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
        assert.equal(response.status, 201, await response.clone().text());
      };
      await add({ status: 'label_available', author: 'Léa', note: 'Stick it on the parcel.', label: { name: 'label.pdf', contentBase64: Buffer.from(PDF).toString('base64') } });
      await add({ status: 'parcel_received', author: 'Léa' });
      await add({ status: 'in_diagnosis' });
      await add({ status: 'quote_waiting', author: 'Marc', quote: { amount: 89.5, currency: 'EUR', covers: 'Gimbal motor' } });
      const answer = await fetch(`${s.url}/api/cases/${caseNumber}/quote-answer`, {
        method: 'POST', body: JSON.stringify({ answer: 'decline', feeAcknowledged: true }),
        headers: { 'X-Repair-Case-Email': email, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      });
      assert.equal(answer.status, 201, await answer.clone().text());
      await add({ status: 'shipped_back', author: 'Marc', trackingNumber: '1Z999', trackingUrl: 'https://track.example/1Z999' });
      const { events, files } = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: auth })).json();
      const label = files.find((f: { part: string }) => f.part === 'label');
      const quoteId = events[4].id;
      assert.ok(events.every((e: { at: string }) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(e.at)), 'each with its time, ISO 8601');
      assert.deepEqual(events.map(({ id: _id, at: _at, ...e }: { id: number; at: string }) => e), [
        { status: 'received' },
        { status: 'label_available', author: 'Léa', note: 'Stick it on the parcel.', data: { file: { id: label.id, name: 'label.pdf', type: 'application/pdf', size: PDF.length } } },
        { status: 'parcel_received', author: 'Léa' },
        { status: 'in_diagnosis' },
        { status: 'quote_waiting', author: 'Marc', data: { quote: { amount: 89.5, currency: 'EUR', covers: 'Gimbal motor' } } },
        { status: 'quote_declined', author: 'customer', data: { feeAcknowledged: true, quoteEventId: quoteId } },
        { status: 'shipped_back', author: 'Marc', data: { trackingNumber: '1Z999', trackingUrl: 'https://track.example/1Z999' } },
      ]);
      assert.deepEqual(events.map((e: { id: number }) => e.id), [...events.map((e: { id: number }) => e.id)].sort((a, b) => a - b), 'in the order they were added');
      assert.deepEqual(events.map((e: { at: string }) => e.at), [...events.map((e: { at: string }) => e.at)].sort(), 'oldest first');
    });

    it('reads a case as stored: the validated request, its files’ metadata, status, events and what may follow; the customer’s view does not gain them', async () => {
      const caseNumber = await customerCase();
      const read = await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: auth });
      assert.equal(read.status, 200);
      const stored = await read.json();
      assert.deepEqual(Object.keys(stored).sort(), ['caseNumber', 'email', 'events', 'files', 'next', 'receivedAt', 'request', 'status'], 'no locale: the request had no Content-Language');
      const sent = validRequest();
      assert.deepEqual(stored.request.device, sent.device);
      assert.deepEqual(stored.request.parts, sent.parts);
      assert.deepEqual(stored.request.address, sent.address);
      assert.deepEqual({ ...stored.request.malfunction, proofOfPurchase: undefined }, { ...sent.malfunction, proofOfPurchase: undefined });
      assert.deepEqual([stored.request.malfunction.proofOfPurchase.name, stored.request.malfunction.proofOfPurchase.size], ['receipt.pdf', PDF.length]);
      assert.equal(stored.email, email);
      assert.deepEqual(stored.files.map(({ id: _id, sha256: _sha, declaredType: _declared, ...f }: Record<string, unknown>) => f),
        [{ part: 'proofOfPurchase', path: 'malfunction.proofOfPurchase', name: 'receipt.pdf', size: PDF.length, type: 'application/pdf' }], 'the type found in the content');
      assert.deepEqual([stored.status, stored.events.map((e: { status: string }) => e.status), stored.next], ['received', ['received'], ['label_available', 'parcel_received', 'refused', 'cancelled']]);

      const customer = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: { 'X-Repair-Case-Email': email } })).json();
      assert.equal(customer.caseNumber, caseNumber);
      for (const staffOnly of ['request', 'email', 'files', 'next', 'idempotencyKey']) assert.equal(customer[staffOnly], undefined, `${staffOnly} is staff-only`);
      assert.doesNotMatch(JSON.stringify(customer), /Camille Martin|rue de la Paix|gimbal shakes|receipt\.pdf/, 'neither the address, the description nor the files');
      await problemOf(await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: { Authorization: 'Bearer wrong' } }), 401);
      await problemOf(await fetch(`${s.url}/api/cases/${caseNumber}`), 401);
    });

    it('exports everything about one e-mail as JSON with the files', async () => {
      const caseNumber = await customerCase();
      await fetch(`${s.url}/api/contact`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...validMessage(), email }) });
      const response = await fetch(`${s.url}/api/customers/export`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ email }) });
      assert.equal(response.status, 200);
      const data = await response.json();
      assert.ok(data.cases.some((c: { caseNumber: string }) => c.caseNumber === caseNumber));
      const withFile = data.cases.find((c: { caseNumber: string }) => c.caseNumber === caseNumber);
      assert.equal(Buffer.from(withFile.files[0].contentBase64, 'base64').toString('latin1'), PDF);
      assert.equal(data.messages.length, 1);
      assert.equal(data.messages[0].message.email, email);
    });

    it('erases one e-mail’s data, keeping what the law requires, and deletes the files', async () => {
      const caseNumber = await customerCase();
      const filesBefore = (await readdir(s.filesDir)).length;
      const response = await fetch(`${s.url}/api/customers/erase`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ email }) });
      const result = await response.json();
      assert.deepEqual(result.kept, DEFAULT_ERASURE_KEEPS);
      assert.ok(result.cases >= 1);
      assert.ok((await readdir(s.filesDir)).length < filesBefore);
      const kept = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: auth })).json();
      assert.equal(kept.request.address, undefined);
      assert.equal(kept.request.device.model, 'mavic-mini');
      assert.deepEqual(kept.files, []);
      assert.equal(kept.events.at(-1).status, 'erased');
      const again = await (await fetch(`${s.url}/api/customers/export`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ email }) })).json();
      assert.deepEqual([again.cases, again.messages], [[], []]);
    });

    it('purges closed cases past their retention, by hand and on a schedule, keeping open ones', async () => {
      const open = await customerCase();
      const closed = await customerCase();
      await fetch(`${s.url}/api/cases/${closed}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ status: 'cancelled' }) });
      // Retention 0 days: anything closed before now is due.
      const due = await startServer({ store: kind.open(), retention: { closedCaseDays: 0, messageDays: 0, intervalMs: 0 } });
      const b = await (await postWithFile(due.url, PDF, 'receipt.pdf')).json();
      await fetch(`${due.url}/api/cases/${b.caseNumber}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ status: 'cancelled' }) });
      const purged = await (await fetch(`${due.url}/api/purge`, { method: 'POST', headers: auth })).json();
      assert.equal(purged.cases, 1);
      assert.equal(purged.files, 1);
      assert.deepEqual(await readdir(due.filesDir), []);
      await problemOf(await fetch(`${due.url}/api/cases/${b.caseNumber}`, { headers: auth }), 404);
      // The first server's retention is two years: nothing of it goes.
      assert.deepEqual(await s.handler.purge(), { cases: 0, messages: 0, keys: 0, files: 0, uploads: 0 });
      assert.equal((await fetch(`${s.url}/api/cases/${open}`, { headers: auth })).status, 200);
      // A scheduled purge runs by itself.
      const scheduled = await startServer({ store: kind.open(), retention: { closedCaseDays: 0, intervalMs: 50 } });
      const c = await (await postWithFile(scheduled.url, PDF, 'receipt.pdf')).json();
      await fetch(`${scheduled.url}/api/cases/${c.caseNumber}/events`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ status: 'cancelled' }) });
      for (let i = 0; i < 100 && (await fetch(`${scheduled.url}/api/cases/${c.caseNumber}`, { headers: auth })).status !== 404; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await problemOf(await fetch(`${scheduled.url}/api/cases/${c.caseNumber}`, { headers: auth }), 404);
    });
  });
}
