/**
 * The in-browser picture pipeline for evidence photos: before anything is
 * sent, every picture is checked by its magic bytes, decoded and written
 * again (see reencode.ts), in a worker where the browser has one with
 * `OffscreenCanvas`, on the page otherwise. What comes out carries the pixels
 * only: no EXIF, no GPS position, no payload appended to the file.
 *
 * Not tied to Lit or to a field: `processImage(file)` takes a `File` and
 * resolves to the file to send, with its size before and after.
 */
import { sniffImageType, SNIFF_BYTES, type SniffedImageType } from './image-type.js';
import { DecodeError, DEFAULT_IMAGE_OPTIONS, reencode, type ImageOptions, type Reencoded } from './reencode.js';
import type { WorkerRequest, WorkerResponse } from './image-worker.js';

/**
 * Why a picture was refused, as a stable code (turned into words at render time):
 * `heic_unsupported` — a HEIC picture this browser cannot decode (the customer can
 * share it as JPEG, "Most Compatible" on an iPhone); `not_an_image` — the file is
 * not a picture format we know, whatever its name; `image_undecodable` — a picture
 * that is damaged or that this browser cannot read.
 */
export type ImageErrorCode = 'heic_unsupported' | 'not_an_image' | 'image_undecodable';

/** A picture the pipeline refused; `code` says why. */
export class ImageError extends Error {
  constructor(readonly code: ImageErrorCode) {
    super(`The picture was refused: ${code}.`);
    this.name = 'ImageError';
  }
}

/** A picture written again, ready to send. */
export interface ProcessedImage {
  /** The new file: WebP or JPEG, named as the original with the new extension. */
  file: File;
  /** What the original was, by its magic bytes. */
  sourceType: SniffedImageType;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  /** The original's size in bytes. */
  bytesBefore: number;
  /** The new file's size in bytes. */
  bytesAfter: number;
  /** Where the work was done: in a worker, or on the page's main thread. */
  via: 'worker' | 'main';
}

export interface ProcessOptions extends Partial<ImageOptions> {
  /** Cancels the work (the promise rejects with an `AbortError`). */
  signal?: AbortSignal;
  /** Use a worker where the browser allows it (default true). */
  worker?: boolean;
}

export { DEFAULT_IMAGE_OPTIONS, fitWithin, type ImageOptions } from './reencode.js';

/** Decodes and writes `file` again, as the options say; rejects with an `ImageError` when it cannot. */
export async function processImage(file: File, options: ProcessOptions = {}): Promise<ProcessedImage> {
  const { signal, worker = true, ...image } = options;
  const settings: ImageOptions = { ...DEFAULT_IMAGE_OPTIONS, ...image };
  signal?.throwIfAborted();
  const sourceType = sniffImageType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (!sourceType) throw new ImageError('not_an_image');
  signal?.throwIfAborted();
  let done: Reencoded;
  let via: ProcessedImage['via'] = 'main';
  try {
    const viaWorker = worker ? await inWorker(file, settings, signal) : undefined;
    if (viaWorker) via = 'worker';
    done = viaWorker ?? await abortable(reencode(file, settings), signal);
  } catch (error) {
    if (error instanceof DecodeError) throw new ImageError(sourceType === 'heic' ? 'heic_unsupported' : 'image_undecodable');
    throw error;
  }
  const extension = done.blob.type === 'image/webp' ? 'webp' : 'jpg';
  const name = `${file.name.replace(/\.[^./\\]*$/, '') || 'photo'}.${extension}`;
  return {
    file: new File([done.blob], name, { type: done.blob.type, lastModified: file.lastModified }),
    sourceType,
    width: done.width,
    height: done.height,
    originalWidth: done.originalWidth,
    originalHeight: done.originalHeight,
    bytesBefore: file.size,
    bytesAfter: done.blob.size,
    via,
  };
}

function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/* The worker: one for the page, started on first use, dropped if it cannot start. */

let shared: Worker | undefined;
let workerUnavailable = false;
let nextId = 0;
const pending = new Map<number, { resolve: (r: Reencoded | undefined) => void; reject: (e: unknown) => void }>();

function startWorker(): Worker | undefined {
  if (shared || workerUnavailable) return shared;
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') {
    workerUnavailable = true;
    return undefined;
  }
  try {
    // The .ts name is the source's: Vite and the test server both serve the worker from it.
    shared = new Worker(new URL('./image-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A page whose CSP refuses workers: work on the page instead.
    workerUnavailable = true;
    return undefined;
  }
  shared.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (!waiting) return;
    if ('result' in data) waiting.resolve(data.result);
    else if (data.error === 'undecodable') waiting.reject(new DecodeError());
    else waiting.resolve(undefined);
  };
  shared.onerror = (event) => {
    // The worker could not load or run: every waiting picture is done on the page.
    event.preventDefault();
    closeImageWorker();
    workerUnavailable = true;
  };
  return shared;
}

/** Resolves to the result from the worker, or undefined when the page must do the work itself. */
function inWorker(blob: Blob, options: ImageOptions, signal: AbortSignal | undefined): Promise<Reencoded | undefined> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(undefined);
  const id = nextId++;
  const answer = new Promise<Reencoded | undefined>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.postMessage({ id, blob, options } satisfies WorkerRequest);
  signal?.addEventListener('abort', () => pending.delete(id), { once: true });
  return abortable(answer, signal);
}

/** Stops the shared worker (a later picture starts a new one). Pictures in progress are done on the page. */
export function closeImageWorker() {
  shared?.terminate();
  shared = undefined;
  for (const waiting of pending.values()) waiting.resolve(undefined);
  pending.clear();
}
