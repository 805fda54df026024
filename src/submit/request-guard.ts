/**
 * The abort signal and timeout of one request, and what a failure of it was:
 * the caller cancelled (`aborted`), no answer in time (`timeout`), anything
 * else thrown by `fetch` (`network`). Shared by the request's client and the
 * contact form's. Pure apart from timers: no Lit, no DOM.
 */
import { SubmitError } from './types.js';

export interface RequestGuard {
  /** Aborts when the caller's signal does, or when the time runs out. */
  readonly signal: AbortSignal;
  /** (Re)starts the timeout: once for a plain request, at each upload progress for a file. */
  arm(): void;
  /** The `SubmitError` for what was thrown (a `SubmitError` stays as it is). */
  failure(error: unknown): SubmitError;
  /** Stops the timer and stops listening to the caller's signal. */
  done(): void;
}

/**
 * Guards one request to `endpoint` (named in messages: "the endpoint", "the
 * contact endpoint"), for `signal` and `timeoutMs`; `cancelled` is the message
 * of an abort by the caller.
 */
export function guardRequest(signal: AbortSignal, timeoutMs: number, names: { endpoint: string; cancelled: string }): RequestGuard {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel, { once: true });
  return {
    signal: controller.signal,
    arm() {
      clearTimeout(timer);
      timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
    },
    failure(error) {
      if (error instanceof SubmitError) return error;
      if (signal.aborted) return new SubmitError('aborted', names.cancelled);
      if (timedOut) return new SubmitError('timeout', `The ${names.endpoint} did not answer in time.`);
      return new SubmitError('network', `The ${names.endpoint} could not be reached: ${String(error)}`);
    },
    done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    },
  };
}
