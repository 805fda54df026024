/**
 * The submission loop: one attempt after another until the endpoint answers,
 * the retry policy gives up or the caller cancels; waits while the browser is
 * offline. It reports every state change through `onState`. Pure: the clock,
 * randomness, network status and the attempt itself are injectable, so it is
 * unit-tested without a page or a server.
 */
import { submitRequest } from './client.js';
import { nextRetry, type RetryPolicy } from './retry.js';
import { SubmitError, type AttemptInfo, type BusySubmission, type SubmitSuccess } from './types.js';
import type { RepairRequest } from '../schema/request.js';

/** Extra request headers: an object, or a function (may be async) called before each attempt. */
export type RequestHeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Whether the browser is online, and news when that changes. */
export interface NetworkStatus {
  online(): boolean;
  /** Calls `listener` on every change; returns the function that stops listening. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects when `signal` aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** `navigator.onLine` and the window's `online` / `offline` events. */
export const browserNetwork: NetworkStatus = {
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  subscribe(listener) {
    if (typeof addEventListener === 'undefined') return () => undefined;
    const online = () => listener(true);
    const offline = () => listener(false);
    addEventListener('online', online);
    addEventListener('offline', offline);
    return () => {
      removeEventListener('online', online);
      removeEventListener('offline', offline);
    };
  },
};

const aborted = () => new SubmitError('aborted', 'The submission was cancelled.');

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const done = () => { signal.removeEventListener('abort', stop); resolve(); };
    const timer = setTimeout(done, ms);
    const stop = () => { clearTimeout(timer); reject(aborted()); };
    signal.addEventListener('abort', stop, { once: true });
  }),
};

/** A busy state, as reported while the loop runs. */
export type { BusySubmission };

/** An attempt that failed (or could not start: `offline`) and that the loop goes on after. */
export interface AttemptFailure extends AttemptInfo {
  error: SubmitError;
}

export interface SubmitterOptions {
  endpoint: string;
  request: RepairRequest;
  /** The same key for every attempt (and every later submission of the same draft). */
  idempotencyKey: string;
  /** Cancels the whole submission: the attempt in flight, the wait, the backoff. */
  signal: AbortSignal;
  policy: RetryPolicy;
  timeoutMs: number;
  credentials?: RequestCredentials | undefined;
  headers?: RequestHeadersOption | undefined;
  /** Files sent ahead, referenced by id in the JSON. */
  references?: import('./payload.js').UploadReferences | undefined;
  /** The widget's language, sent as `Content-Language` (the server e-mails the customer in it) unless the host's headers set one. */
  language?: string | undefined;
  /** Each new state: sending (with upload progress), retrying, offline. */
  onState: (state: BusySubmission) => void;
  /**
   * Each failed attempt that will be made again, and each wait for the network
   * (reason `offline`). The last failure is not reported here: it is thrown.
   */
  onAttemptFailed?: ((failure: AttemptFailure) => void) | undefined;
  send?: typeof submitRequest;
  clock?: Clock;
  random?: () => number;
  network?: NetworkStatus;
}

/** Resolves when the network is back; rejects when cancelled. */
function whenOnline(network: NetworkStatus, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const finish = (fn: () => void) => { stop(); signal.removeEventListener('abort', cancel); fn(); };
    const cancel = () => finish(() => reject(aborted()));
    const stop = network.subscribe((online) => { if (online) finish(resolve); });
    signal.addEventListener('abort', cancel, { once: true });
    if (network.online()) finish(resolve);
  });
}

async function resolveHeaders(option: RequestHeadersOption | undefined): Promise<HeadersInit | undefined> {
  if (typeof option !== 'function') return option;
  try {
    return await option();
  } catch (error) {
    throw new SubmitError('network', `The request headers could not be prepared: ${String(error)}`);
  }
}

/**
 * Sends the request until it is stored. Resolves with the case; rejects with
 * the `SubmitError` of the last attempt (`aborted` when cancelled).
 */
export async function submitWithRetries(options: SubmitterOptions): Promise<SubmitSuccess> {
  const {
    signal, policy, onState, onAttemptFailed, send = submitRequest, clock = realClock, random = Math.random,
    network = browserNetwork,
  } = options;
  const { maxAttempts } = policy;
  let attempt = 1;
  for (;;) {
    if (signal.aborted) throw aborted();
    if (!network.online()) {
      onAttemptFailed?.({ error: new SubmitError('offline', 'The browser is offline.'), attempt, maxAttempts });
      onState({ status: 'offline', attempt, maxAttempts });
      await whenOnline(network, signal);
    }
    onState({ status: 'sending', attempt, maxAttempts });
    // One attempt, abandoned when the browser goes offline during it.
    const controller = new AbortController();
    const cancel = () => controller.abort();
    signal.addEventListener('abort', cancel, { once: true });
    let wentOffline = false;
    const stopWatching = network.subscribe((online) => {
      if (!online) {
        wentOffline = true;
        controller.abort();
      }
    });
    try {
      return await send(options.endpoint, options.request, {
        signal: controller.signal,
        timeoutMs: options.timeoutMs,
        credentials: options.credentials,
        headers: withLanguage(await resolveHeaders(options.headers), options.language),
        idempotencyKey: options.idempotencyKey,
        references: options.references,
        onProgress: (progress) => onState({ status: 'sending', attempt, maxAttempts, progress }),
      });
    } catch (thrown) {
      if (signal.aborted) throw aborted();
      const error = thrown instanceof SubmitError ? thrown : new SubmitError('network', String(thrown));
      // Offline is not the endpoint's fault: wait for the network and make the same attempt again.
      if (wentOffline || (error.reason === 'network' && !network.online())) continue;
      const decision = nextRetry(error, attempt, policy, { now: clock.now(), random });
      if (!decision.retry) throw error;
      onAttemptFailed?.({ error, attempt, maxAttempts });
      attempt++;
      onState({
        status: 'retrying', attempt, maxAttempts, retryAt: clock.now() + decision.delayMs, delayMs: decision.delayMs,
        reason: error.reason, httpStatus: error.httpStatus,
      });
      await clock.sleep(decision.delayMs, signal);
    } finally {
      stopWatching();
      signal.removeEventListener('abort', cancel);
    }
  }
}

/** The host's headers with `Content-Language` added, when a language is given and the host set none. */
function withLanguage(headers: HeadersInit | undefined, language: string | undefined): HeadersInit | undefined {
  if (!language) return headers;
  const merged = new Headers(headers);
  if (!merged.has('content-language')) merged.set('Content-Language', language);
  return Object.fromEntries(merged);
}
