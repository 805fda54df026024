/** createRepairHandler through toNodeHandler: the contract, files, idempotency. */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createPgliteStore, createRepairHandler, PROBLEM_TYPES, type RepairHandlerOptions, type RepairStore } from '../../src/server/index.js';
import { CASE_NUMBER, postJson, postWithFile, problemOf, startServer, STAFF, tempDir, validMessage, validRequest, type TestServer } from './helpers.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const staff = { Authorization: `Bearer ${STAFF}` };
const key = () => crypto.randomUUID();

describe('createRepairHandler', () => {
  let s: TestServer;
  before(async () => { s = await startServer(); });

  describe('a repair request', () => {
    it('stores a valid JSON request and answers 201 with a case number, not cached, not sniffed', async () => {
      const response = await postJson(s.url, validRequest());
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match((await response.json()).caseNumber, CASE_NUMBER);
    });

    it('answers 422 with field errors in the widget’s format, and 400 for unknown fields', async () => {
      const request = validRequest();
      request.malfunction.description = 'Broken';
      const problem = await problemOf(await postJson(s.url, request), 422);
      assert.equal(problem.type, PROBLEM_TYPES.validation);
      assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]), [['malfunction.description', 'description_too_short']]);
      const unknown = await problemOf(await postJson(s.url, { ...validRequest(), coupon: 'FREE' }), 400);
      assert.equal(unknown.type, PROBLEM_TYPES.unknownFields);
    });

    it('refuses a 900,000-character name', async () => {
      const request = validRequest();
      request.address.returnAddress.recipient = 'x'.repeat(900_000);
      const problem = await problemOf(await postJson(s.url, request), 422);
      assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]), [['address.returnAddress.recipient', 'invalid']]);
    });

    it('refuses JSON over 1 MB (413), another type (415) and another method (405)', async () => {
      await problemOf(await postJson(s.url, { ...validRequest(), padding: 'x'.repeat(1024 * 1024) }), 413);
      await problemOf(await fetch(`${s.url}/api/repair-requests`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }), 415);
      await problemOf(await fetch(`${s.url}/api/repair-requests`), 405);
    });
  });

  describe('a file', () => {
    it('is stored as it arrives under a random name, mode 0600, and listed for staff by its detected type', async () => {
      const response = await postWithFile(s.url, PDF, 'receipt.pdf');
      assert.equal(response.status, 201);
      const { caseNumber } = await response.json();
      const stored = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: staff })).json();
      assert.deepEqual(stored.files.map((f: { name: string; type: string; size: number }) => [f.name, f.type, f.size]), [['receipt.pdf', 'application/pdf', PDF.length]]);
      const names = await readdir(s.filesDir);
      assert.ok(names.every((n) => /^[0-9a-f]{32}$/.test(n)), names.join());
      const mine = (await Promise.all(names.map(async (n) => ((await readFile(join(s.filesDir, n), 'latin1')) === PDF ? n : undefined)))).filter(Boolean);
      assert.equal(mine.length, 1);
      assert.equal((await stat(join(s.filesDir, mine[0]!))).mode & 0o777, 0o600);
      const download = await fetch(`${s.url}/api/cases/${caseNumber}/files/${stored.files[0].id}`, { headers: staff });
      assert.equal(await download.text(), PDF);
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment;/);
    });

    // Accepted names whose content is not what they say: `file_content` (a name not accepted is `file_type`).
    const polyglots: [string, Uint8Array<ArrayBuffer>, string][] = [
      ['HTML after a %PDF- header', bytes('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n'), 'receipt.pdf'],
      ['a PNG signature followed by HTML', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], '<html><script>alert(1)</script></html>'), 'receipt.png'],
      ['GIF89a/*…*/alert(1)', bytes('GIF89a/*', 'x'.repeat(200), '*/=1;alert(1);'), 'receipt.gif'],
      ['a 4-byte ZIP header with text', bytes([0x50, 0x4b, 0x03, 0x04], 'This is plain text pretending to be a document.'), 'receipt.docx'],
      ['a PNG named .pdf', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]), 'receipt.pdf'],
    ];
    for (const [what, content, name] of polyglots) {
      it(`refuses ${what} (422 file_content) and keeps nothing of it`, async () => {
        const before = (await readdir(s.filesDir)).length;
        const problem = await problemOf(await postWithFile(s.url, content, name), 422);
        assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]), [['malfunction.proofOfPurchase', 'file_content']]);
        assert.equal((await readdir(s.filesDir)).length, before);
      });
    }

    it('refuses a file over the configured size (413) and keeps nothing of it', async () => {
      const small = await startServer({ limits: { file: 1000 } });
      const big = new Uint8Array(5000);
      big.set(Buffer.from('%PDF-1.4\n'));
      await problemOf(await postWithFile(small.url, big, 'receipt.pdf'), 413);
      assert.deepEqual(await readdir(small.filesDir), []);
    });

    /** Declares 30 MB, sends 64 KB of a file and stops; resolves with the answer. */
    const stalledUpload = (url: string, declared = 30 * 1024 * 1024) => new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1', port: new URL(url).port, path: '/api/repair-requests', method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(declared) },
      }, (res) => { res.resume(); resolve({ status: res.statusCode!, connection: res.headers.connection }); });
      req.on('error', reject);
      req.write(Buffer.concat([Buffer.from('--x\r\nContent-Disposition: form-data; name="proofOfPurchase"; filename="a.pdf"\r\n\r\n'), Buffer.alloc(64 * 1024)]));
    });

    it('cuts a body that stalls (408) after the idle time, closes the connection and keeps nothing', async () => {
      const slow = await startServer({ limits: { idleMs: 300, file: 40 * 1024 * 1024, body: 41 * 1024 * 1024 } });
      const started = performance.now();
      const answer = await stalledUpload(slow.url);
      assert.deepEqual(answer, { status: 408, connection: 'close' });
      assert.ok(performance.now() - started < 5000);
      assert.deepEqual(await readdir(slow.filesDir), []);
    });

    it('answers 413 to a declared body over the limit, closing the connection when the rest does not come', async () => {
      // Over the default body limit: the proof of purchase, the photos' total and 1 MB of JSON.
      assert.deepEqual(await stalledUpload(s.url, 200 * 1024 * 1024), { status: 413, connection: 'close' });
    });
  });

  describe('idempotency (draft-ietf-httpapi-idempotency-key-header)', () => {
    it('answers a retry after completion with the same case (Idempotent-Replayed)', async () => {
      const k = key();
      const first = await (await postJson(s.url, validRequest(), { 'Idempotency-Key': k })).json();
      const again = await postJson(s.url, validRequest(), { 'Idempotency-Key': `"${k}"` });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal((await again.json()).caseNumber, first.caseNumber);
    });

    it('answers a replay without reading the stored case when neither a status page nor a notifier needs it', async () => {
      /** A server whose store notes each case it reads. */
      const serverNotingReads = async (options: Partial<RepairHandlerOptions> = {}) => {
        const inner = await createPgliteStore();
        const read: string[] = [];
        const store: RepairStore = { ...inner, getCase: (caseNumber) => { read.push(caseNumber); return inner.getCase(caseNumber); } };
        return { read, url: (await startServer({ store, ...options })).url };
      };
      const twice = async (url: string) => {
        const k = key();
        await postJson(url, validRequest(), { 'Idempotency-Key': k });
        const again = await postJson(url, validRequest(), { 'Idempotency-Key': k });
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        return again.json();
      };
      const plain = await serverNotingReads();
      const replayed = await twice(plain.url);
      assert.match(replayed.caseNumber, CASE_NUMBER);
      assert.ok(replayed.accessToken, 'the replay still gives the customer an access token');
      assert.deepEqual(plain.read, []);
      // With a status page, the link is in the customer's language: the case is read for it.
      const linked = await serverNotingReads({ status: { pageUrl: 'https://shop.example/status' } });
      assert.match((await twice(linked.url)).statusUrl, /^https:\/\/shop\.example\/status/);
      assert.equal(linked.read.length, 2);
    });

    it('answers 422 (idempotency-key-reused) to the same key with another payload', async () => {
      const k = key();
      await postJson(s.url, validRequest(), { 'Idempotency-Key': k });
      const other = { ...validRequest(), parts: { kind: 'complete' } };
      const problem = await problemOf(await postJson(s.url, other, { 'Idempotency-Key': k }), 422);
      assert.equal(problem.type, PROBLEM_TYPES.idempotencyKeyReused);
    });

    it('answers 409 (in progress, Retry-After) while the first request is being stored; its retry gets the case', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => { release = resolve; });
      const inner = await createPgliteStore();
      const store: RepairStore = { ...inner, createCase: async (input) => { await held; return inner.createCase(input); } };
      const slow = await startServer({ store });
      const k = key();
      const first = postJson(slow.url, validRequest(), { 'Idempotency-Key': k });
      let second: Response;
      for (;;) { // until the first one holds the key
        second = await postJson(slow.url, validRequest(), { 'Idempotency-Key': k });
        if (second.status === 409) break;
      }
      const problem = await problemOf(second, 409);
      assert.equal(problem.type, PROBLEM_TYPES.idempotencyInProgress);
      assert.equal(second.headers.get('retry-after'), '1');
      release();
      const { caseNumber } = await (await first).json();
      const retry = await postJson(slow.url, validRequest(), { 'Idempotency-Key': k });
      assert.equal((await retry.json()).caseNumber, caseNumber);
    });

    it('validates the key’s format (400) and requires one when told to (400)', async () => {
      for (const bad of ['short', 'k'.repeat(256), 'has space in it 123456', 'a,b-0123456789abcdef']) {
        const problem = await problemOf(await postJson(s.url, validRequest(), { 'Idempotency-Key': bad }), 400);
        assert.equal(problem.type, PROBLEM_TYPES.idempotencyKeyInvalid);
      }
      const strict = await startServer({ idempotency: { required: true } });
      await problemOf(await postJson(strict.url, validRequest()), 400);
      assert.equal((await postJson(strict.url, validRequest(), { 'Idempotency-Key': key() })).status, 201);
    });

    it('forgets a key after its expiry: the same key then stores a new case', async () => {
      const short = await startServer({ idempotency: { ttlMs: 1 } });
      const k = key();
      const first = await (await postJson(short.url, validRequest(), { 'Idempotency-Key': k })).json();
      await new Promise((resolve) => setTimeout(resolve, 20)); // past the 1 ms lifetime
      const second = await (await postJson(short.url, { ...validRequest(), parts: { kind: 'complete' } }, { 'Idempotency-Key': k })).json();
      assert.match(second.caseNumber, CASE_NUMBER);
      assert.notEqual(second.caseNumber, first.caseNumber);
    });
  });

  describe('the contact route', () => {
    it('refuses to start without verifyToken', async () => {
      const dir = await tempDir();
      assert.throws(() => createRepairHandler({
        store: createPgliteStore(), files: { dir } as never, contact: {} as never,
      }), /verifyToken/);
    });

    it('stores a message whose token verifies, and refuses one whose token does not (422)', async () => {
      const checked = await startServer({ contact: { verifyToken: (token) => token === 'good-token' } });
      const post = (token?: string) => fetch(`${checked.url}/api/contact`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...validMessage(), verificationToken: token }),
      });
      assert.equal((await post('good-token')).status, 201);
      const problem = await problemOf(await post('forged'), 422);
      assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]), [['verificationToken', 'verification_required']]);
      await problemOf(await post(undefined), 422);
    });

    it('is a 404 when the host does not turn it on', async () => {
      const off = await startServer({ contact: undefined });
      await problemOf(await fetch(`${off.url}/api/contact`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }), 404);
    });
  });
});
