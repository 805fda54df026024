/**
 * The reference receiver (demo/receiver.mjs), over real HTTP at the test
 * page's origin: web-test-runner.config.mjs mounts it with a fresh data
 * folder and fault injection (`/api/__faults`, `/api/__reset`, `/api/__cases`).
 */
import { expect } from '@open-wc/testing';
import { defaultConfig } from '../src/config/default-config.js';
import { createFlow, localToday } from '../src/flow/flow.js';
import { addressRules } from '../src/schema/address-rules.js';
import type { RepairRequest } from '../src/schema/request.js';
import { submitRequest, toPayload } from '../src/submit/client.js';
import { SubmitError } from '../src/submit/types.js';

const ENDPOINT = '/api/repair-requests';
const CASE_NUMBER = /^CAS-\d{7}-[A-Z0-9]{6}$/;
const MB = 1024 * 1024;

const flow = createFlow(defaultConfig, { today: localToday(), addressRules });

function request(malfunction: Partial<RepairRequest['malfunction']> = {}): RepairRequest {
  const parsed = flow.parse({
    device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
    malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true, ...malfunction },
    parts: { kind: 'component' },
    address: {
      returnAddress: {
        recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89',
      },
      email: 'camille@example.com',
    },
    submit: { termsAccepted: true },
  });
  if (!parsed.ok) throw new Error(`Test request is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.request;
}

/** The JSON the widget sends, as a plain object a test may break. */
const payload = (malfunction: Partial<RepairRequest['malfunction']> = {}) =>
  JSON.parse(JSON.stringify(toPayload(request(malfunction)))) as Record<string, Record<string, unknown>>;

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const receipt = () => new File([PDF], 'receipt.pdf', { type: 'application/pdf' });

const newKey = () => crypto.randomUUID();

function postJson(body: unknown, key?: string) {
  return fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A multipart request as the widget builds it: the JSON with the file's metadata, then the file. */
function postWithFile(file: File, json: unknown = { ...payload(), malfunction: { ...payload().malfunction, proofOfPurchase: { name: file.name, size: file.size, type: file.type } } }) {
  const form = new FormData();
  form.append('request', JSON.stringify(json));
  form.append('proofOfPurchase', file, file.name);
  return fetch(ENDPOINT, { method: 'POST', body: form });
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
}

/** Checks the answer is a problem (RFC 9457) with this status and returns it. */
async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('Content-Type')).to.match(/^application\/problem\+json/);
  const body = (await response.json()) as Problem;
  expect(body.status).to.equal(status);
  expect(body.title).to.be.a('string').and.not.equal('');
  expect(body.type).to.be.a('string').and.not.equal('');
  return body;
}

async function caseNumberOf(response: Response) {
  expect(response.status).to.equal(201);
  expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
  const { caseNumber } = (await response.json()) as { caseNumber: string };
  expect(caseNumber).to.match(CASE_NUMBER);
  return caseNumber;
}

interface StoredCase { caseNumber: string; idempotencyKey: string | null; files: { name: string; size: number; type: string }[] }

async function storedCases() {
  return (await (await fetch('/api/__cases')).json()) as { count: number; cases: StoredCase[]; contactCount: number };
}
const casesWithKey = async (key: string) => (await storedCases()).cases.filter((c) => c.idempotencyKey === key);

async function injectFaults(settings: Record<string, number>) {
  const response = await fetch('/api/__faults', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings),
  });
  expect(response.status).to.equal(200);
}

describe('the reference receiver', () => {
  afterEach(async () => {
    await fetch('/api/__reset', { method: 'POST' });
  });

  describe('when a valid request arrives as JSON', () => {
    it('stores the case and answers 201 with a case number', async () => {
      const before = (await storedCases()).count;
      const caseNumber = await caseNumberOf(await postJson(payload()));
      const after = await storedCases();
      expect(after.count).to.equal(before + 1);
      expect(after.cases.map((c) => c.caseNumber)).to.include(caseNumber);
    });

    it('is what the widget’s submission client understands', async () => {
      const { caseNumber } = await submitRequest(ENDPOINT, request(), { signal: new AbortController().signal });
      expect(caseNumber).to.match(CASE_NUMBER);
    });
  });

  describe('when a valid request arrives with its proof of purchase', () => {
    it('stores the case with the file, typed by its content', async () => {
      const { caseNumber } = await submitRequest(ENDPOINT, request({ proofOfPurchase: receipt() }), { signal: new AbortController().signal });
      expect(caseNumber).to.match(CASE_NUMBER);
      const stored = (await storedCases()).cases.find((c) => c.caseNumber === caseNumber);
      expect(stored?.files).to.deep.equal([{ name: 'receipt.pdf', size: PDF.length, type: 'application/pdf', }]);
    });

    it('refuses a file whose content is not what its name says (422 file_content)', async () => {
      const before = (await storedCases()).count;
      const problem = await problemOf(await postWithFile(new File([PNG], 'receipt.pdf', { type: 'application/pdf' })), 422);
      expect(problem.errors).to.deep.include({ path: 'malfunction.proofOfPurchase', code: 'file_content', message: problem.errors![0].message });
      expect((await storedCases()).count).to.equal(before);
    });

    it('refuses a file over 25 MB (413)', async () => {
      const big = new File([new Uint8Array(25 * MB + 1)], 'receipt.pdf', { type: 'application/pdf' });
      await problemOf(await postWithFile(big), 413);
    });

    it('refuses a body over 26 MB (413)', async () => {
      const form = new FormData();
      form.append('request', JSON.stringify(payload()));
      form.append('proofOfPurchase', new File([new Uint8Array(26 * MB + 1)], 'receipt.pdf'), 'receipt.pdf');
      await problemOf(await fetch(ENDPOINT, { method: 'POST', body: form }), 413);
    });

    it('refuses a multipart body without the request part (400)', async () => {
      const form = new FormData();
      form.append('proofOfPurchase', receipt(), 'receipt.pdf');
      await problemOf(await fetch(ENDPOINT, { method: 'POST', body: form }), 400);
    });

    it('refuses file metadata without the file (400)', async () => {
      const json = payload();
      json.malfunction.proofOfPurchase = { name: 'receipt.pdf', size: PDF.length, type: 'application/pdf' };
      await problemOf(await postJson(json), 400);
    });
  });

  describe('when the same request is sent again with its Idempotency-Key', () => {
    it('answers with the same case and stores it once', async () => {
      const key = newKey();
      const first = await caseNumberOf(await postJson(payload(), key));
      const again = await postJson(payload(), key);
      expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(await caseNumberOf(again)).to.equal(first);
      expect(await casesWithKey(key)).to.have.length(1);
    });

    it('stores one case for five concurrent duplicates', async () => {
      const key = newKey();
      const numbers = await Promise.all(Array.from({ length: 5 }, async () => caseNumberOf(await postJson(payload(), key))));
      expect(new Set(numbers).size).to.equal(1);
      expect(await casesWithKey(key)).to.have.length(1);
    });

    it('refuses the key for a different request (422, idempotency-key-reused)', async () => {
      const key = newKey();
      await caseNumberOf(await postJson(payload(), key));
      const problem = await problemOf(await postJson({ ...payload(), parts: { kind: 'complete' } }, key), 422);
      expect(problem.type).to.equal('urn:repair-request:problem:idempotency-key-reused');
      expect(await casesWithKey(key)).to.have.length(1);
    });
  });

  describe('when the request is malformed', () => {
    it('answers 400 to JSON that does not parse', async () => {
      await problemOf(await postJson('{"device": '), 400);
    });

    it('answers 400 to fields the schema does not know, listing them', async () => {
      const json = payload();
      json.device.colour = 'grey';
      const problem = await problemOf(await postJson({ ...json, coupon: 'FREE' }), 400);
      expect(problem.errors?.map((e) => e.path)).to.have.members(['device.colour', 'coupon']);
    });

    it('answers 415 to another content type', async () => {
      const response = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(payload()) });
      await problemOf(response, 415);
    });

    it('answers 413 to JSON over 1 MB', async () => {
      await problemOf(await postJson({ ...payload(), padding: 'x'.repeat(MB) }), 413);
    });

    it('answers 405 to another method', async () => {
      const response = await fetch(ENDPOINT);
      expect(response.headers.get('Allow')).to.equal('POST');
      await problemOf(response, 405);
    });

    it('answers 400 to an unusable Idempotency-Key', async () => {
      await problemOf(await postJson(payload(), 'k'.repeat(256)), 400);
    });
  });

  describe('when answers are invalid', () => {
    it('answers 422 with a path, a code and English words for each field', async () => {
      const json = payload();
      json.malfunction.description = 'Broken';
      json.submit.termsAccepted = false;
      const problem = await problemOf(await postJson(json), 422);
      expect(problem.errors?.map(({ path, code }) => ({ path, code }))).to.deep.equal([
        { path: 'malfunction.description', code: 'description_too_short' },
        { path: 'submit.termsAccepted', code: 'terms_required' },
      ]);
      for (const error of problem.errors ?? []) expect(error.message).to.match(/^[A-Z].+\.$/);
    });

    it('reports a missing step as required, without failing', async () => {
      const { device: _device, ...rest } = payload();
      const problem = await problemOf(await postJson(rest), 422);
      expect(problem.errors).to.deep.include({ path: 'device', code: 'required', message: 'This field is required.' });
    });

    it('gives the widget its field errors', async () => {
      const invalid = request();
      const broken = { ...invalid, malfunction: { ...invalid.malfunction, description: 'Broken' } };
      try {
        await submitRequest(ENDPOINT, broken, { signal: new AbortController().signal });
        expect.fail('The submission should have failed');
      } catch (error) {
        expect(error).to.be.instanceOf(SubmitError);
        expect((error as SubmitError).fieldErrors).to.deep.equal({ 'malfunction.description': 'description_too_short' });
      }
    });
  });

  describe('with injected faults', () => {
    it('fails the next requests with 503, then stores the case once', async () => {
      const key = newKey();
      await injectFaults({ failNext: 2, status: 503 });
      await problemOf(await postJson(payload(), key), 503);
      await problemOf(await postJson(payload(), key), 503);
      expect(await casesWithKey(key)).to.have.length(0);
      await caseNumberOf(await postJson(payload(), key));
      expect(await casesWithKey(key)).to.have.length(1);
    });

    it('answers 429 with Retry-After', async () => {
      await injectFaults({ failNext: 1, status: 429, retryAfter: 7 });
      const response = await postJson(payload());
      expect(response.headers.get('Retry-After')).to.equal('7');
      await problemOf(response, 429);
    });

    it('delays its answers', async () => {
      await injectFaults({ delayMs: 400 });
      const start = performance.now();
      await caseNumberOf(await postJson(payload()));
      expect(performance.now() - start).to.be.at.least(390);
    });

    it('stores the case and drops the connection; the retry with the same key gets that case', async () => {
      const key = newKey();
      await injectFaults({ dropAfterStore: 1 });
      let failure: unknown;
      try {
        await postJson(payload(), key);
      } catch (error) {
        failure = error;
      }
      expect(failure).to.be.instanceOf(TypeError);
      const stored = await casesWithKey(key);
      expect(stored).to.have.length(1);
      // The network heals; the client retries with the same key.
      await fetch('/api/__reset', { method: 'POST' });
      const retry = await postJson(payload(), key);
      expect(retry.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(await caseNumberOf(retry)).to.equal(stored[0].caseNumber);
      expect(await casesWithKey(key)).to.have.length(1);
    });
  });

  describe('the contact endpoint', () => {
    const message = {
      product: 'mavic-mini', productName: 'Mavic Mini', name: 'Camille Martin', zone: 'europe', country: 'FR',
      email: 'camille@example.com', subject: 'Gimbal', description: 'The gimbal shakes in flight.', locale: 'fr',
    };
    const postMessage = (body: unknown) =>
      fetch('/api/contact', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

    it('stores a valid message and answers 201', async () => {
      const before = (await storedCases()).contactCount;
      const response = await postMessage(message);
      expect(response.status).to.equal(201);
      // The reference the customer quotes; the receiver's SMTP notifier (its test outbox) acknowledged the message.
      const body = await response.json();
      expect(body).to.deep.include({ ok: true, acknowledged: true });
      expect(body.reference).to.match(/^MSG-[0-9A-F]{18}$/);
      expect((await storedCases()).contactCount).to.equal(before + 1);
    });

    it('accepts the message with a file as multipart', async () => {
      const form = new FormData();
      form.append('message', JSON.stringify(message));
      form.append('proofOfPurchase', receipt(), 'receipt.pdf');
      expect((await fetch('/api/contact', { method: 'POST', body: form })).status).to.equal(201);
    });

    it('answers 422 with field errors to an invalid message', async () => {
      const problem = await problemOf(await postMessage({ ...message, email: 'camille' }), 422);
      expect(problem.errors?.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'email', code: 'email_invalid' }]);
    });
  });
});
