/**
 * The worker that writes pictures again off the page's main thread: it
 * receives `{ id, blob, options }` and answers `{ id, result }` or
 * `{ id, error: 'undecodable' | 'failed' }`.
 */
import { DecodeError, reencode, type ImageOptions, type Reencoded } from './reencode.js';

export interface WorkerRequest { id: number; blob: Blob; options: ImageOptions }
export type WorkerResponse = { id: number; result: Reencoded } | { id: number; error: 'undecodable' | 'failed' };

// The DOM library types `self` as a window; a dedicated worker's scope is smaller.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

scope.onmessage = async ({ data: { id, blob, options } }) => {
  try {
    scope.postMessage({ id, result: await reencode(blob, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof DecodeError ? 'undecodable' : 'failed' });
  }
};
