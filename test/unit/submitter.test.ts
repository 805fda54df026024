import { expect, waitUntil } from '@open-wc/testing';
import type { RepairRequest } from '../../src/schema/request.js';
import type { SubmitInit } from '../../src/submit/client.js';
import type { RetryPolicy } from '../../src/submit/retry.js';
import {
  submitWithRetries, type AttemptFailure, type BusySubmission, type Clock, type NetworkStatus, type SubmitterOptions,
} from '../../src/submit/submitter.js';
import { SubmitError, type SubmitSuccess } from '../../src/submit/types.js';
import { validRequest } from './fixtures.js';

const request: RepairRequest = validRequest();

const CASE: SubmitSuccess = { caseNumber: 'CAS-1234567-ABCDEF', response: { caseNumber: 'CAS-1234567-ABCDEF' } };
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };
const down = () => new SubmitError('network', 'down');
const busy = (status: number, retryAfter?: string) => new SubmitError('http', `HTTP ${status}`, status, undefined, retryAfter);
const abortError = () => new SubmitError('aborted', 'The submission was cancelled.');

/** A clock whose sleeps end at once (unless held), recording how long each was. */
function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  let hold: (() => void) | undefined;
  const clock: Clock & { sleeps: number[]; held: boolean; holdNext(): void; release(): void } = {
    sleeps,
    held: false,
    now: () => now,
    sleep(ms, signal) {
      sleeps.push(ms);
      return new Promise((resolve, reject) => {
        const done = () => { now += ms; resolve(); };
        signal.addEventListener('abort', () => reject(abortError()), { once: true });
        if (clock.held) hold = done;
        else queueMicrotask(done);
      });
    },
    holdNext() { clock.held = true; },
    release() { clock.held = false; hold?.(); },
  };
  return clock;
}

/** The browser's online status, switched by the test. */
function fakeNetwork(initially = true) {
  let online = initially;
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkStatus & { set(online: boolean): void; listeners: Set<unknown> } = {
    listeners,
    online: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      for (const l of [...listeners]) l(value);
    },
  };
  return network;
}

type Script = (init: SubmitInit) => Promise<SubmitSuccess>;

/** Answers each attempt with the next scripted outcome; records what each attempt was sent with. */
function fakeSend(...script: Script[]) {
  const calls: SubmitInit[] = [];
  const send = async (_endpoint: string, _request: RepairRequest, init: SubmitInit) => {
    calls.push(init);
    const next = script.shift();
    if (!next) throw new Error('More attempts than scripted');
    return next(init);
  };
  return { send, calls };
}

const ok: Script = async () => CASE;
const fails = (error: SubmitError): Script => async () => { throw error; };
/** An attempt that never answers; it rejects like the client when its signal aborts. */
const hangs: Script = (init) => new Promise((_, reject) => {
  init.signal.addEventListener('abort', () => reject(abortError()), { once: true });
});

function run(send: SubmitterOptions['send'], more: Partial<SubmitterOptions> = {}) {
  const states: BusySubmission[] = [];
  const failures: AttemptFailure[] = [];
  const clock = (more.clock as ReturnType<typeof fakeClock> | undefined) ?? fakeClock();
  const controller = new AbortController();
  const result = submitWithRetries({
    endpoint: '/api/repair-requests', request, idempotencyKey: 'key-1', signal: controller.signal, policy, timeoutMs: 5000,
    credentials: 'include', onState: (s) => states.push(s), onAttemptFailed: (f) => failures.push(f),
    send, clock, random: () => 0.5, network: fakeNetwork(), ...more,
  });
  return { result, states, failures, clock, controller };
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SubmitError);
    return error as SubmitError;
  }
  throw new Error('Expected the submission to fail');
}

/** Lets whatever is pending run, before checking that nothing more happened (to wait for something, use `waitUntil`). */
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('submission loop (pure)', () => {
  it('sends once and resolves with the case when the first attempt succeeds', async () => {
    const { send, calls } = fakeSend(ok);
    const { result, states, failures } = run(send);
    expect(await result).to.equal(CASE);
    expect(states).to.deep.equal([{ status: 'sending', attempt: 1, maxAttempts: 4 }]);
    expect(failures).to.deep.equal([]);
    expect(calls[0]).to.include({ idempotencyKey: 'key-1', timeoutMs: 5000, credentials: 'include' });
  });

  it('retries a 503 with backoff, then resolves, with the same key every time', async () => {
    const { send, calls } = fakeSend(fails(busy(503)), fails(busy(503)), ok);
    const { result, states, failures, clock } = run(send);
    expect(await result).to.equal(CASE);
    expect(calls.map((c) => c.idempotencyKey)).to.deep.equal(['key-1', 'key-1', 'key-1']);
    // random 0.5 of 1 s, then of 2 s.
    expect(clock.sleeps).to.deep.equal([500, 1000]);
    expect(states.map((s) => `${s.status} ${s.attempt}/${s.maxAttempts}`)).to.deep.equal([
      'sending 1/4', 'retrying 2/4', 'sending 2/4', 'retrying 3/4', 'sending 3/4',
    ]);
    expect(states[1]).to.include({ delayMs: 500, reason: 'http', httpStatus: 503 });
    expect((states[1] as { retryAt: number }).retryAt).to.equal(1_000_500);
    expect(failures.map((f) => [f.error.httpStatus, f.attempt])).to.deep.equal([[503, 1], [503, 2]]);
  });

  it('honours Retry-After', async () => {
    const { send } = fakeSend(fails(busy(429, '1')), ok);
    const { result, clock } = run(send);
    await result;
    expect(clock.sleeps).to.deep.equal([1000]);
  });

  it('gives up after the last attempt with its error', async () => {
    const { send, calls } = fakeSend(...Array.from({ length: 4 }, () => fails(new SubmitError('timeout', 'slow'))));
    const { result, failures } = run(send);
    expect((await rejection(result)).reason).to.equal('timeout');
    expect(calls).to.have.length(4);
    // The last failure is thrown, not reported as one the loop goes on after.
    expect(failures).to.have.length(3);
  });

  it('does not retry an answer that cannot change (400, 422)', async () => {
    for (const error of [busy(400), new SubmitError('validation', '422', 422, { 'device.serial': 'serial_format' })]) {
      const { send, calls } = fakeSend(fails(error));
      expect(await rejection(run(send).result)).to.equal(error);
      expect(calls).to.have.length(1);
    }
  });

  it('reports the upload progress of the attempt', async () => {
    const { send } = fakeSend(async (init) => {
      init.onProgress?.({ loaded: 5, total: 10 });
      init.onProgress?.({ loaded: 10, total: 10 });
      return CASE;
    });
    const { result, states } = run(send);
    await result;
    expect(states.slice(1)).to.deep.equal([
      { status: 'sending', attempt: 1, maxAttempts: 4, progress: { loaded: 5, total: 10 } },
      { status: 'sending', attempt: 1, maxAttempts: 4, progress: { loaded: 10, total: 10 } },
    ]);
  });

  describe('host headers', () => {
    it('adds the widget’s language as Content-Language, unless the host sets one', async () => {
      const first = fakeSend(ok);
      await run(first.send, { language: 'fr', headers: { 'X-CSRF-Token': 't' } }).result;
      expect(first.calls[0]!.headers).to.deep.equal({ 'x-csrf-token': 't', 'content-language': 'fr' });
      const second = fakeSend(ok);
      await run(second.send, { language: 'fr', headers: { 'Content-Language': 'de' } }).result;
      expect(second.calls[0]!.headers).to.deep.equal({ 'content-language': 'de' });
    });

    it('asks a headers function again before each attempt', async () => {
      let token = 0;
      const { send, calls } = fakeSend(fails(down()), ok);
      await run(send, { headers: async () => ({ 'X-CSRF-Token': `t${++token}` }) }).result;
      expect(calls.map((c) => c.headers)).to.deep.equal([{ 'X-CSRF-Token': 't1' }, { 'X-CSRF-Token': 't2' }]);
    });

    it('treats a headers function that throws as a failed attempt, and retries', async () => {
      let calls = 0;
      const { send } = fakeSend(ok);
      const { result, failures } = run(send, {
        headers: () => { if (++calls === 1) throw new Error('no token'); return {}; },
      });
      expect(await result).to.equal(CASE);
      expect(failures[0]!.error.reason).to.equal('network');
    });
  });

  describe('when the browser is offline', () => {
    it('waits, says so, and sends when it is back online', async () => {
      const network = fakeNetwork(false);
      const { send, calls } = fakeSend(ok);
      const { result, states, failures } = run(send, { network });
      await waitUntil(() => states.length > 0, 'the loop did not start');
      expect(calls).to.have.length(0);
      expect(states).to.deep.equal([{ status: 'offline', attempt: 1, maxAttempts: 4 }]);
      expect(failures.map((f) => f.error.reason)).to.deep.equal(['offline']);
      network.set(true);
      expect(await result).to.equal(CASE);
      expect(states.at(-1)).to.deep.equal({ status: 'sending', attempt: 1, maxAttempts: 4 });
      expect(network.listeners.size).to.equal(0);
    });

    it('abandons an attempt when the connection drops, and makes it again when back, without using up an attempt', async () => {
      const network = fakeNetwork(true);
      const { send, calls } = fakeSend(hangs, ok);
      const { result, states } = run(send, { network });
      await waitUntil(() => calls.length === 1, 'no attempt was made');
      network.set(false);
      await waitUntil(() => calls[0]!.signal.aborted, 'the attempt was not aborted');
      expect(calls[0]!.signal.aborted).to.equal(true);
      expect(states.at(-1)).to.deep.equal({ status: 'offline', attempt: 1, maxAttempts: 4 });
      network.set(true);
      expect(await result).to.equal(CASE);
      expect(calls).to.have.length(2);
      expect(states.at(-1)).to.deep.equal({ status: 'sending', attempt: 1, maxAttempts: 4 });
    });

    it('waits for the network after a network failure while offline', async () => {
      const network = fakeNetwork(true);
      const { send, calls } = fakeSend(async () => { network.set(false); throw down(); }, ok);
      const { result, states } = run(send, { network });
      await waitUntil(() => states.at(-1)?.status === 'offline', 'the loop did not wait for the network');
      expect(states.at(-1)!.status).to.equal('offline');
      network.set(true);
      await result;
      expect(calls).to.have.length(2);
    });
  });

  describe('when cancelled', () => {
    it('aborts the attempt in flight', async () => {
      const { send, calls } = fakeSend(hangs);
      const { result, controller } = run(send);
      await waitUntil(() => calls.length === 1, 'no attempt was made');
      controller.abort();
      expect((await rejection(result)).reason).to.equal('aborted');
      expect(calls[0]!.signal.aborted).to.equal(true);
    });

    it('stops during the backoff, sending nothing more', async () => {
      const clock = fakeClock();
      clock.holdNext();
      const { send, calls } = fakeSend(fails(down()), ok);
      const { result, controller, states } = run(send, { clock });
      await waitUntil(() => states.at(-1)?.status === 'retrying', 'the loop did not back off');
      expect(states.at(-1)!.status).to.equal('retrying');
      controller.abort();
      expect((await rejection(result)).reason).to.equal('aborted');
      clock.release();
      await tick();
      expect(calls).to.have.length(1);
    });

    it('stops waiting for the network', async () => {
      const network = fakeNetwork(false);
      const { send, calls } = fakeSend(ok);
      const { result, controller } = run(send, { network });
      await waitUntil(() => network.listeners.size === 1, 'the loop did not wait for the network');
      controller.abort();
      expect((await rejection(result)).reason).to.equal('aborted');
      network.set(true);
      await tick();
      expect(calls).to.have.length(0);
      expect(network.listeners.size).to.equal(0);
    });
  });
});
