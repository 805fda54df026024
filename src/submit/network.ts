/**
 * Whether the browser is online, and waiting until it is. Small and free of the
 * transport, so the shell can wait for the network before it downloads the code
 * that sends (which would fail while offline).
 */
import { SubmitError } from './types.js';

/** The error of a submission cancelled (by Cancel, `reset()` or removal) while it waited. */
export const aborted = () => new SubmitError('aborted', 'The submission was cancelled.');

/** Whether the browser is online, and news when that changes. */
export interface NetworkStatus {
  online(): boolean;
  /** Calls `listener` on every change; returns the function that stops listening. */
  subscribe(listener: (online: boolean) => void): () => void;
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

/** Resolves when the network is back (at once if it is); rejects with an `aborted` error when cancelled. */
export function whenOnline(network: NetworkStatus, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const finish = (fn: () => void) => { stop(); signal.removeEventListener('abort', cancel); fn(); };
    const cancel = () => finish(() => reject(aborted()));
    const stop = network.subscribe((online) => { if (online) finish(resolve); });
    signal.addEventListener('abort', cancel, { once: true });
    if (network.online()) finish(resolve);
  });
}
