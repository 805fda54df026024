import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import type { RepairDraft, RepairRequest } from '../../src/schema/request.js';
import { problemFieldErrors, submitRequest, toPayload } from '../../src/submit/client.js';
import { SubmitError } from '../../src/submit/types.js';

const flow = createFlow(defaultConfig, { today: '2026-11-24' });
const draft: RepairDraft = {
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'nothing works at all', supportContacted: true },
  parts: { kind: 'component' },
  address: {
    returnAddress: {
      recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89',
    },
  },
  submit: { termsAccepted: true },
};

function request(extra: Partial<RepairRequest['malfunction']> = {}): RepairRequest {
  const parsed = flow.parse({ ...draft, malfunction: { ...draft.malfunction, ...extra } });
  if (!parsed.ok) throw new Error(`Test request is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.request;
}

const receipt = () => new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' });

interface Call { url: string; init: RequestInit }

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

  const send = (r = request(), signal = new AbortController().signal, timeoutMs?: number) =>
    submitRequest('/api/repair-requests', r, { signal, timeoutMs });

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
      expect(init.headers).to.deep.equal({ 'Content-Type': 'application/json', Accept: 'application/json' });
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

  describe('with a proof of purchase', () => {
    it('POSTs multipart/form-data with the request JSON and the file', async () => {
      const file = receipt();
      await send(request({ proofOfPurchase: file }));
      const { init } = calls[0];
      expect(init.body).to.be.instanceOf(FormData);
      // The browser must set the multipart boundary itself.
      expect(init.headers).to.deep.equal({ Accept: 'application/json' });
      const form = init.body as FormData;
      const json = JSON.parse(form.get('request') as string);
      expect(json.malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: 16, type: 'application/pdf' });
      expect(json.device.model).to.equal('mavic-mini');
      const part = form.get('proofOfPurchase') as File;
      expect(part.name).to.equal('receipt.pdf');
      expect(await part.text()).to.equal('%PDF-1.4 receipt');
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
});
