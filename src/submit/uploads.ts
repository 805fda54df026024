/**
 * Files sent ahead: with `upload-endpoint`, each file the customer attaches
 * (photos, proof of purchase) is sent on its own at once (`POST
 * {upload-endpoint}`, multipart, one part named after its field's key), with
 * its own progress, cancel and retry, while the customer goes on answering;
 * the request then references each file by the id the server gave
 * (`{ name, size, type, upload }`). What each file's upload is doing is kept
 * here, by file, for the Malfunction step's rows and for Submit. Pure apart
 * from XHR: no Lit, no DOM.
 */
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import { partName } from '../schema/files.js';
import { endpointProblem } from './endpoint.js';
import { guardRequest } from './request-guard.js';
import type { RequestHeadersOption } from './submitter.js';
import type { UploadProgress } from './types.js';
import { postWithProgress } from './xhr.js';
import { sentAheadId, setSentAheadId } from './sent-ahead.js';
import { isSentAheadFile } from './sent-files.js';

/** Where and how files are sent ahead (the element's `upload-endpoint` and transport properties). */
export interface UploadSettings {
  endpoint: string;
  /** The document's base URL, against which a relative endpoint is read. */
  baseURI: string;
  credentials?: RequestCredentials | undefined;
  headers?: RequestHeadersOption | undefined;
  /** Gives up after this long without progress or answer (ms). */
  timeoutMs?: number | undefined;
}

/** Why a file could not be sent: the customer cancelled, the network, no answer in time, the server refused it (`code`) or failed. */
export type UploadFailure = 'cancelled' | 'network' | 'timeout' | 'refused' | 'http' | 'configuration';

/** Where one file's upload stands. */
export type UploadState =
  | ({ status: 'uploading' } & UploadProgress)
  | { status: 'uploaded'; id: string }
  | { status: 'failed'; reason: UploadFailure; code?: ErrorCode | undefined; httpStatus?: number | undefined };

interface Entry {
  state: UploadState;
  field: string;
  settings: UploadSettings;
  abort?: AbortController;
  done?: Promise<UploadState>;
}

const TIMEOUT_MS = 60_000;

/** The code of the first field error of a problem answer, if it is one the widget knows. */
async function refusalCode(response: Response): Promise<ErrorCode | undefined> {
  if (response.status === 413) return 'file_too_large';
  if (response.status === 415) return 'file_type';
  const problem = await response.json().catch(() => undefined) as { errors?: { code?: unknown }[] } | undefined;
  const code = problem?.errors?.[0]?.code;
  return isErrorCode(code) ? code : undefined;
}

/** Each attached file's upload, by file; listeners hear of every change. */
export class Uploads extends EventTarget {
  #entries = new WeakMap<Blob, Entry>();

  /** Where this file's upload stands (sent, when a restored draft kept its id); undefined when it was never sent ahead. */
  get(file: Blob): UploadState | undefined {
    const id = sentAheadId(file);
    return this.#entries.get(file)?.state ?? (id ? { status: 'uploaded', id } : undefined);
  }

  /** Sends the file ahead for `field` (`malfunction.photos`), unless it is being sent or was sent (before a reload too). */
  start(file: File, field: string, settings: UploadSettings) {
    const entry = this.#entries.get(file);
    if (entry ? entry.state.status !== 'failed' : sentAheadId(file)) {
      if (!entry) this.#entries.set(file, { field, settings, state: this.get(file)! });
      return;
    }
    this.#send(file, { field, settings, state: { status: 'uploading', loaded: 0, total: file.size } });
  }

  /** Stops sending the file: it stays attached, and can be sent again (`retry`) or removed. */
  cancel(file: Blob) {
    this.#entries.get(file)?.abort?.abort();
  }

  /** Sends a failed (or cancelled) file again. */
  retry(file: File) {
    const entry = this.#entries.get(file);
    if (entry?.state.status === 'failed') this.#send(file, { ...entry, state: { status: 'uploading', loaded: 0, total: file.size } });
  }

  /** Sends the file again although it was sent (before a reload too): the server no longer knows its id. */
  resend(file: File, field: string, settings: UploadSettings) {
    if (this.#entries.get(file)?.state.status === 'uploading') return;
    setSentAheadId(file, undefined);
    this.#send(file, { field, settings, state: { status: 'uploading', loaded: 0, total: file.size } });
  }

  /** Forgets a removed file: its upload, if under way, stops. */
  forget(file: Blob) {
    this.cancel(file);
    this.#entries.delete(file);
    setSentAheadId(file, undefined);
  }

  /** Resolves when none of these files is uploading any more, with each one's state. */
  async settled(files: readonly Blob[]): Promise<(UploadState | undefined)[]> {
    for (;;) {
      const running = files.map((f) => this.#entries.get(f)).filter((e) => e?.state.status === 'uploading').map((e) => e!.done);
      if (!running.length) return files.map((f) => this.get(f));
      await Promise.all(running);
    }
  }

  /** The bytes sent of these files, and their size, together. */
  progress(files: readonly Blob[]): UploadProgress {
    return files.reduce((sum, f) => {
      const state = this.get(f);
      return { loaded: sum.loaded + (state?.status === 'uploading' ? state.loaded : f.size), total: sum.total + f.size };
    }, { loaded: 0, total: 0 });
  }

  #set(file: Blob, entry: Entry, state: UploadState) {
    if (this.#entries.get(file) !== entry) return;
    entry.state = state;
    setSentAheadId(file, state.status === 'uploaded' ? state.id : undefined);
    this.dispatchEvent(new CustomEvent('change', { detail: file }));
  }

  #send(file: File, entry: Entry) {
    entry.abort?.abort();
    // Kept by its id alone over a reload, its bytes are not here: when the server no longer has it, only the
    // customer can attach it again (a refusal: Remove, no Try again). Nothing is sent in its place.
    const bytesLost = isSentAheadFile(file);
    if (bytesLost) entry.state = { status: 'failed', reason: 'refused', code: 'upload_unknown' };
    const abort = (entry.abort = new AbortController());
    this.#entries.set(file, entry);
    this.dispatchEvent(new CustomEvent('change', { detail: file }));
    if (bytesLost) return;
    entry.done = this.#upload(file, entry, abort.signal).then((state) => {
      this.#set(file, entry, state);
      return state;
    });
  }

  async #upload(file: File, entry: Entry, signal: AbortSignal): Promise<UploadState> {
    const { settings } = entry;
    const problem = endpointProblem(settings.endpoint, settings.baseURI);
    if (problem) {
      console.error(`<repair-request>: upload-endpoint: ${problem}`);
      return { status: 'failed', reason: 'configuration' };
    }
    const guard = guardRequest(signal, settings.timeoutMs ?? TIMEOUT_MS, { endpoint: 'upload endpoint', cancelled: 'The upload was cancelled.' });
    try {
      const headers = new Headers(typeof settings.headers === 'function' ? await settings.headers() : settings.headers);
      headers.set('Accept', 'application/json');
      const body = new FormData();
      body.append(partName(entry.field), file, file.name);
      guard.arm();
      const response = await postWithProgress(new URL(settings.endpoint, settings.baseURI).href, body, headers, {
        credentials: settings.credentials ?? 'same-origin', signal: guard.signal, onActivity: guard.arm,
        onProgress: ({ loaded, total }) => this.#set(file, entry, { status: 'uploading', loaded: Math.min(file.size, loaded * file.size / (total || 1)), total: file.size }),
      });
      if (response.status === 201 || response.status === 200) {
        const id = (await response.json().catch(() => undefined) as { upload?: unknown } | undefined)?.upload;
        if (typeof id === 'string' && id) return { status: 'uploaded', id };
        return { status: 'failed', reason: 'http', httpStatus: response.status };
      }
      const code = [413, 415, 422].includes(response.status) ? await refusalCode(response) : undefined;
      return { status: 'failed', reason: code ? 'refused' : 'http', code, httpStatus: response.status };
    } catch (error) {
      const failure = guard.failure(error);
      return { status: 'failed', reason: failure.reason === 'aborted' ? 'cancelled' : failure.reason === 'timeout' ? 'timeout' : 'network' };
    } finally {
      guard.done();
    }
  }
}

/** The uploads of every widget on the page (each file is one widget's). */
export const uploads = new Uploads();
