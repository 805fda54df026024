import { expect } from '@open-wc/testing';
import {
  endpointProblem, normalizeCredentials, problemFieldErrors, submitRequest, toPayload, type SubmitInit,
} from '../../src/submit/client.js';
import { newIdempotencyKey } from '../../src/submit/idempotency.js';
import { SubmitError } from '../../src/submit/types.js';
import { validRequest } from './fixtures.js';

const request = validRequest;

const receipt = () => new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' });

interface Call { url: string; init: RequestInit }

/** Stands in for XMLHttpRequest: records what is sent; the test drives progress and the answer. */
class FakeXhr extends EventTarget {
  static sent: FakeXhr[] = [];
  readonly upload = new EventTarget();
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  withCredentials = false;
  aborted = false;
  status = 0;
  statusText = '';
  responseText = '';
  private responseHeaders = '';
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(name: string, value: string) { this.headers[name.toLowerCase()] = value; }
  send(body: unknown) { this.body = body; FakeXhr.sent.push(this); }
  abort() { this.aborted = true; this.dispatchEvent(new ProgressEvent('abort')); }
  getAllResponseHeaders() { return this.responseHeaders; }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }
  uploaded(total: number) {
    this.upload.dispatchEvent(new ProgressEvent('load', { lengthComputable: true, loaded: total, total }));
  }
  respond(status: number, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.responseHeaders = Object.entries(headers).map(([k, v]) => `${k.toLowerCase()}: ${v}\r\n`).join('');
    this.dispatchEvent(new ProgressEvent('load'));
  }
  fail() { this.dispatchEvent(new ProgressEvent('error')); }
}


/**
 * Replaces `setTimeout` and `clearTimeout` with a clock the test moves by hand
 * (`advance(ms)` runs the timers then due), until `restore()`: time passes
 * exactly as the test says, with no real wait.
 */
function manualTimers() {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  window.setTimeout = ((run: () => void, ms = 0) => {
    timers.set(nextId, { at: now + ms, run });
    return nextId++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => { if (id !== undefined) timers.delete(id); }) as typeof window.clearTimeout;
  return {
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort(([, a], [, b]) => a.at - b.at)) {
        if (timer.at > now || !timers.has(id)) continue;
        timers.delete(id);
        timer.run();
      }
    },
    restore() {
      Object.assign(window, real);
    },
  };
}

describe('submission client (pure)', () => {
  const realFetch = window.fetch;
  let calls: Call[];
  let answer: (call: Call) => Promise<Response>;

  beforeEach(() => {
    calls = [];
    answer = async () => Response.json({ caseNumber: 'CAS-1234567-ABCDEF' }, { status: 201 });
    window.fetch = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
      const call = { url: String(url), init };
      calls.push(call);
      return answer(call);
    }) as typeof fetch;
  });

  afterEach(() => {
    window.fetch = realFetch;
  });

  const send = (r = request(), signal = new AbortController().signal, timeoutMs?: number, more: Partial<SubmitInit> = {}) =>
    submitRequest('/api/repair-requests', r, { signal, timeoutMs, ...more });

  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      expect(error).to.be.instanceOf(SubmitError);
      return error as SubmitError;
    }
    throw new Error('Expected the submission to fail');
  };

  describe('toPayload', () => {
    it('keeps a request without a file as it is', () => {
      const r = request();
      expect(toPayload(r)).to.deep.equal(r);
    });

    it('replaces the proof of purchase with its name, size and type', () => {
      const payload = toPayload(request({ proofOfPurchase: receipt() }));
      expect(payload.malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: 16, type: 'application/pdf' });
      expect(JSON.parse(JSON.stringify(payload)).malfunction.proofOfPurchase.name).to.equal('receipt.pdf');
    });
  });

  describe('without a file', () => {
    it('POSTs the request as JSON and resolves with the case number', async () => {
      const result = await send();
      expect(result).to.deep.equal({ caseNumber: 'CAS-1234567-ABCDEF', response: { caseNumber: 'CAS-1234567-ABCDEF' } });
      expect(calls).to.have.length(1);
      const [{ url, init }] = calls;
      expect(url).to.equal('/api/repair-requests');
      expect(init.method).to.equal('POST');
      const headers = new Headers(init.headers);
      expect(headers.get('Content-Type')).to.equal('application/json');
      expect(headers.get('Accept')).to.equal('application/json');
      expect(init.credentials).to.equal('same-origin');
      expect(JSON.parse(init.body as string)).to.deep.equal(toPayload(request()));
      expect(init.signal).to.be.instanceOf(AbortSignal);
    });

    it('accepts 200 as well as 201', async () => {
      answer = async () => Response.json({ caseNumber: 'CAS-7654321-XYZ123', extra: 1 }, { status: 200 });
      const result = await send();
      expect(result.caseNumber).to.equal('CAS-7654321-XYZ123');
      expect(result.response).to.deep.equal({ caseNumber: 'CAS-7654321-XYZ123', extra: 1 });
    });
  });

  describe('headers and credentials', () => {
    it('sends the Idempotency-Key it is given', async () => {
      await send(request(), new AbortController().signal, undefined, { idempotencyKey: 'key-123' });
      expect(new Headers(calls[0].init.headers).get('Idempotency-Key')).to.equal('key-123');
    });

    it('adds the host’s headers, but keeps its own Content-Type and key', async () => {
      await send(request(), new AbortController().signal, undefined, {
        idempotencyKey: 'key-123',
        headers: { 'X-CSRF-Token': 'abc', 'content-type': 'text/plain', 'idempotency-key': 'other' },
      });
      const headers = new Headers(calls[0].init.headers);
      expect(headers.get('X-CSRF-Token')).to.equal('abc');
      expect(headers.get('Content-Type')).to.equal('application/json');
      expect(headers.get('Idempotency-Key')).to.equal('key-123');
    });

    it('passes the credentials mode to fetch', async () => {
      await send(request(), new AbortController().signal, undefined, { credentials: 'include' });
      expect(calls[0].init.credentials).to.equal('include');
    });
  });

  describe('with a proof of purchase', () => {
    const RealXhr = window.XMLHttpRequest;
    beforeEach(() => {
      FakeXhr.sent = [];
      window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    });
    afterEach(() => {
      window.XMLHttpRequest = RealXhr;
    });
    const last = () => FakeXhr.sent[FakeXhr.sent.length - 1]!;

    it('POSTs multipart/form-data with XMLHttpRequest: the request JSON and the file', async () => {
      const file = receipt();
      const pending = send(request({ proofOfPurchase: file }), new AbortController().signal, undefined, { idempotencyKey: 'key-1' });
      const xhr = last();
      expect(calls).to.have.length(0);
      expect(xhr.method).to.equal('POST');
      expect(xhr.url).to.equal('/api/repair-requests');
      // The browser must set the multipart boundary itself.
      expect(xhr.headers).to.deep.equal({ accept: 'application/json', 'idempotency-key': 'key-1' });
      expect(xhr.withCredentials).to.equal(false);
      const form = xhr.body as FormData;
      expect(form).to.be.instanceOf(FormData);
      const json = JSON.parse(form.get('request') as string);
      expect(json.malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: 16, type: 'application/pdf' });
      expect(json.device.model).to.equal('mavic-mini');
      const part = form.get('proofOfPurchase') as File;
      expect(part.name).to.equal('receipt.pdf');
      expect(await part.text()).to.equal('%PDF-1.4 receipt');
      xhr.respond(201, { caseNumber: 'CAS-1234567-ABCDEF' });
      expect((await pending).caseNumber).to.equal('CAS-1234567-ABCDEF');
    });

    it('reports the upload progress, ending at the whole size', async () => {
      const progress: { loaded: number; total: number }[] = [];
      let files: unknown;
      const pending = send(request({ proofOfPurchase: receipt() }), new AbortController().signal, undefined, {
        onProgress: (p) => {
          progress.push({ loaded: p.loaded, total: p.total });
          files = p.files;
        },
      });
      const xhr = last();
      xhr.progress(4, 16);
      xhr.progress(12, 16);
      xhr.uploaded(16);
      xhr.respond(201, { caseNumber: 'CAS-1234567-ABCDEF' });
      await pending;
      expect(progress).to.deep.equal([{ loaded: 4, total: 16 }, { loaded: 12, total: 16 }, { loaded: 16, total: 16 }]);
      // The file's own share, in the body's order: here the body is the file alone.
      expect(files).to.deep.equal([{ name: 'receipt.pdf', loaded: 16, total: 16 }]);
    });

    it('sends cookies cross-origin only with credentials “include”', async () => {
      void send(request({ proofOfPurchase: receipt() }), new AbortController().signal, undefined, { credentials: 'include' }).catch(() => undefined);
      expect(last().withCredentials).to.equal(true);
      last().fail();
    });

    it('uses fetch with credentials “omit”, which XMLHttpRequest cannot honour', async () => {
      await send(request({ proofOfPurchase: receipt() }), new AbortController().signal, undefined, { credentials: 'omit' });
      expect(FakeXhr.sent).to.have.length(0);
      expect(calls[0].init.credentials).to.equal('omit');
      expect(calls[0].init.body).to.be.instanceOf(FormData);
    });

    it('reads failures like fetch: network, status with Retry-After, 422 field errors', async () => {
      let pending = send(request({ proofOfPurchase: receipt() }));
      last().fail();
      expect((await failure(pending)).reason).to.equal('network');

      pending = send(request({ proofOfPurchase: receipt() }));
      last().respond(503, { status: 503 }, { 'Content-Type': 'application/problem+json', 'Retry-After': '7' });
      const busy = await failure(pending);
      expect([busy.reason, busy.httpStatus, busy.retryAfter]).to.deep.equal(['http', 503, '7']);

      pending = send(request({ proofOfPurchase: receipt() }));
      last().respond(422, { errors: [{ path: 'malfunction.proofOfPurchase', code: 'file_type' }] }, { 'Content-Type': 'application/problem+json' });
      expect((await failure(pending)).fieldErrors).to.deep.equal({ 'malfunction.proofOfPurchase': 'file_type' });
    });

    it('aborts the upload when the caller cancels', async () => {
      const controller = new AbortController();
      const pending = send(request({ proofOfPurchase: receipt() }), controller.signal);
      controller.abort();
      expect(last().aborted).to.equal(true);
      expect((await failure(pending)).reason).to.equal('aborted');
    });

    it('times out without progress, but not while the upload moves', async () => {
      const clock = manualTimers();
      try {
        const pending = send(request({ proofOfPurchase: receipt() }), new AbortController().signal, 60);
        const xhr = last();
        for (let i = 1; i <= 4; i++) {
          clock.advance(30);
          xhr.progress(i, 16);
        }
        expect(xhr.aborted).to.equal(false);
        clock.advance(59);
        expect(xhr.aborted).to.equal(false);
        clock.advance(1);
        expect((await failure(pending)).reason).to.equal('timeout');
        expect(xhr.aborted).to.equal(true);
      } finally {
        clock.restore();
      }
    });
  });

  describe('when it fails', () => {
    it('reports a network failure when fetch rejects', async () => {
      answer = async () => { throw new TypeError('Failed to fetch'); };
      const error = await failure(send());
      expect(error.reason).to.equal('network');
      expect(error.httpStatus).to.equal(undefined);
    });

    it('reports an abort when the caller cancels', async () => {
      const controller = new AbortController();
      answer = ({ init }) => new Promise((_, reject) => {
        init.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
      const pending = send(request(), controller.signal);
      controller.abort();
      expect((await failure(pending)).reason).to.equal('aborted');
    });

    it('does not send at all when already cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      expect((await failure(send(request(), controller.signal))).reason).to.equal('aborted');
      expect(calls).to.have.length(0);
    });

    it('reports a timeout when the endpoint does not answer in time', async () => {
      answer = ({ init }) => new Promise((_, reject) => {
        init.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
      expect((await failure(send(request(), new AbortController().signal, 20))).reason).to.equal('timeout');
    });

    it('reports any other status as an http failure, with the status', async () => {
      answer = async () => new Response('Internal error', { status: 500, statusText: 'Internal Server Error' });
      const error = await failure(send());
      expect(error.reason).to.equal('http');
      expect(error.httpStatus).to.equal(500);
    });

    it('reports a success without a case number as an http failure', async () => {
      answer = async () => Response.json({ ok: true }, { status: 201 });
      const error = await failure(send());
      expect(error.reason).to.equal('http');
      expect(error.httpStatus).to.equal(201);
      answer = async () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      expect((await failure(send())).reason).to.equal('http');
    });

    it('turns a 422 problem response into field errors by path, with known codes only', async () => {
      answer = async () => new Response(JSON.stringify({
        type: 'about:blank', title: 'Invalid request', status: 422,
        errors: [
          { path: 'address.returnAddress.postalCode', code: 'postal_code_invalid', message: 'Bad postal code' },
          { path: ['device', 'serial'], code: 'serial_format', message: 'Bad serial' },
          { path: 'malfunction.description', code: 'made_up_code', message: 'Something' },
        ],
      }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
      const error = await failure(send());
      expect(error.reason).to.equal('validation');
      expect(error.httpStatus).to.equal(422);
      expect(error.fieldErrors).to.deep.equal({
        'address.returnAddress.postalCode': 'postal_code_invalid',
        'device.serial': 'serial_format',
        'malfunction.description': 'invalid',
      });
    });

    it('treats a 422 that is not a problem response as an http failure', async () => {
      answer = async () => new Response('nope', { status: 422, headers: { 'Content-Type': 'text/plain' } });
      expect((await failure(send())).reason).to.equal('http');
    });
  });

  describe('problemFieldErrors', () => {
    it('ignores malformed problem bodies', () => {
      expect(problemFieldErrors(undefined)).to.deep.equal({});
      expect(problemFieldErrors({ errors: 'x' })).to.deep.equal({});
      expect(problemFieldErrors({ errors: [{ code: 'required' }, null] })).to.deep.equal({});
    });
  });

  describe('endpointProblem', () => {
    it('accepts https: endpoints, and http: on this machine', () => {
      expect(endpointProblem('https://repairs.example.com/api', 'https://shop.example.com/')).to.equal(undefined);
      expect(endpointProblem('/api/repair-requests', 'https://shop.example.com/')).to.equal(undefined);
      for (const url of ['http://localhost:8000/api', 'http://127.0.0.1/api', 'http://[::1]:3000/api', 'http://shop.localhost/api']) {
        expect(endpointProblem(url, 'http://localhost/'), url).to.equal(undefined);
      }
    });

    it('refuses plain http: elsewhere, saying the request carries personal data', () => {
      expect(endpointProblem('http://repairs.example.com/api', 'https://shop.example.com/')).to.contain('personal data');
      expect(endpointProblem('/api/repair-requests', 'http://shop.example.com/')).to.contain('http://shop.example.com');
      expect(endpointProblem('ftp://repairs.example.com/', 'https://shop.example.com/')).to.contain('https:');
    });
  });

  describe('normalizeCredentials', () => {
    it('keeps the three fetch modes and falls back to same-origin', () => {
      expect(['omit', 'same-origin', 'include', 'all', undefined].map(normalizeCredentials))
        .to.deep.equal(['omit', 'same-origin', 'include', 'same-origin', 'same-origin']);
    });
  });

  describe('newIdempotencyKey', () => {
    it('makes a different version 4 UUID each time', () => {
      const keys = Array.from({ length: 20 }, newIdempotencyKey);
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(keys).size).to.equal(20);
    });

    it('makes one without crypto.randomUUID too (a page that is not a secure context)', () => {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      try {
        expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      } finally {
        delete (crypto as { randomUUID?: unknown }).randomUUID;
      }
      expect(crypto.randomUUID).to.be.a('function');
    });
  });
});
