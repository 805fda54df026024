/**
 * A POST with XMLHttpRequest, the only browser API with upload progress
 * today, answering like fetch: the request to `endpoint` and each file sent
 * ahead (uploads.ts) go through it. Pure apart from XHR: no Lit, no DOM.
 */
import type { UploadProgress } from './types.js';

/** The XHR's answer as a fetch `Response`, so both transports are read the same way. */
function xhrResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const empty = [204, 205, 304].includes(xhr.status);
  return new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers });
}

/**
 * POSTs with XMLHttpRequest, the only browser API with upload progress today.
 * Rejects like fetch: a `TypeError` when the network fails, an `AbortError` when aborted.
 */
export function postWithProgress(
  endpoint: string,
  body: FormData,
  headers: Headers,
  { credentials, signal, onProgress, onActivity }: {
    credentials: RequestCredentials; signal: AbortSignal; onProgress?: ((progress: UploadProgress) => void) | undefined; onActivity: () => void;
  },
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    // XHR sends same-origin cookies always; `include` adds them cross-origin.
    xhr.withCredentials = credentials === 'include';
    headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    const report = (e: ProgressEvent) => {
      onActivity();
      if (e.lengthComputable) onProgress?.({ loaded: e.loaded, total: e.total });
    };
    // Upload listeners must be in place before send(), or the browser may not report.
    xhr.upload.addEventListener('progress', report);
    xhr.upload.addEventListener('load', report);
    const abort = () => xhr.abort();
    const settle = () => signal.removeEventListener('abort', abort);
    xhr.addEventListener('load', () => {
      settle();
      try {
        resolve(xhrResponse(xhr));
      } catch (error) {
        reject(new TypeError(`Unreadable answer: ${String(error)}`));
      }
    });
    xhr.addEventListener('error', () => { settle(); reject(new TypeError('Network request failed')); });
    xhr.addEventListener('abort', () => { settle(); reject(new DOMException('The request was aborted.', 'AbortError')); });
    signal.addEventListener('abort', abort, { once: true });
    xhr.send(body);
  });
}

