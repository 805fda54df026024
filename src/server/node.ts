/**
 * `toNodeHandler`: the Web-standard handler on Node's `http` (and on anything
 * built on it: Express, Fastify, Koa). The body streams into the handler with
 * backpressure; an answer given before the body was read to its end (a `413`)
 * is sent after the rest is read and dropped, so the client reads it, up to a
 * bound past which the connection is closed; a stalled body (`408`) closes it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closesConnection, problem } from './http.js';
import type { RequestContext } from './options.js';

type WebHandler = (request: Request, context?: RequestContext) => Promise<Response>;

export interface NodeHandlerOptions {
  /** Trust `X-Forwarded-Proto` and `X-Forwarded-For` from a reverse proxy. Default false. */
  trustProxy?: boolean | undefined;
  /** How long to wait for more of a body the handler did not read before answering and closing (ms). Default 5,000. */
  drainIdleMs?: number | undefined;
}

/** What is read and dropped of a body the handler did not read, before closing instead. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/** A request a middleware already read (Express's `express.json()`): its parsed body, if any. */
type ReadRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/** The body a middleware left: bytes again, or undefined when there is nothing usable. */
function alreadyRead(req: ReadRequest): Uint8Array | undefined {
  const body = req.body;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body && typeof body === 'object' && Object.keys(body).length) return Buffer.from(JSON.stringify(body));
  return undefined;
}

/** The request's body as a Web stream with backpressure; after a cancel it is drained (bounded). */
function bodyStream(req: IncomingMessage, released: { cancelled: boolean }) {
  const state = released;
  let dropped = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (state.cancelled) {
          dropped += chunk.length;
          if (dropped > DRAIN_LIMIT) req.destroy();
          return;
        }
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => { if (!state.cancelled) controller.close(); });
      req.once('error', (error) => { if (!state.cancelled) controller.error(error); });
      req.once('close', () => { if (!state.cancelled && !req.complete) controller.error(new Error('The client went away.')); });
      req.pause();
    },
    pull() { req.resume(); },
    cancel() { state.cancelled = true; req.resume(); },
  }, { highWaterMark: 8 });
  return stream;
}

/** Waits until the request's body has arrived (false when it did not, within bounds: size and idle time). */
function drained(req: IncomingMessage, idleMs: number): Promise<boolean> {
  if (req.complete || req.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    let size = 0;
    let timer = setTimeout(() => finish(false), idleMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      clearTimeout(timer);
      timer = setTimeout(() => finish(false), idleMs);
      if (size > DRAIN_LIMIT) finish(false);
    };
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      req.off('data', onData); req.off('end', onEnd); req.off('close', onClose);
      resolve(ok);
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(req.complete);
    req.on('data', onData).once('end', onEnd).once('close', onClose);
    req.resume();
  });
}

/** Writes a Web `Response` to a Node response, streaming its body. */
export async function writeResponse(res: ServerResponse, response: Response, { close = false } = {}) {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => { headers[name] = value; });
  if (close) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/** The Web `Request` of a Node request. */
export function toWebRequest(req: ReadRequest, { trustProxy = false }: NodeHandlerOptions = {}): {
  request: Request; context: RequestContext; consumed: boolean; release: () => void;
} {
  const released = { cancelled: false };
  const forwardedProto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() : '';
  const protocol = forwardedProto || ((req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const consumed = hasBody && (req.readableEnded || (req as { _body?: boolean })._body === true);
  let body: BodyInit | undefined;
  if (hasBody) {
    if (consumed) {
      const bytes = alreadyRead(req);
      body = bytes as BodyInit | undefined;
      if (bytes) headers.set('content-length', String(bytes.byteLength));
    } else {
      body = bodyStream(req, released);
    }
  }
  const forwardedFor = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  const request = new Request(url, { method: req.method, headers, body, duplex: 'half' } as RequestInit);
  return {
    request, context: { clientAddress: forwardedFor || req.socket.remoteAddress }, consumed: consumed && !body,
    /** Stops feeding the Web stream: what is left of the body is drained. */
    release: () => { released.cancelled = true; },
  };
}

/** Node's `(req, res)` for a Web-standard handler. */
export function toNodeHandler(handler: WebHandler, options: NodeHandlerOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    req.on('error', () => {});
    res.on('error', () => {});
    let response: Response;
    let release = () => {};
    try {
      const web = toWebRequest(req, options);
      release = web.release;
      const { request, context, consumed } = web;
      response = consumed
        ? problem(500, 'The request body was already read by another middleware (such as express.json()), which left nothing usable: mount the repair-request handler before it.')
        : await handler(request, context);
    } catch (error) {
      console.error('[repair-request] could not handle a request:', error);
      response = problem(500, 'The server could not handle the request; the error is in its log.');
    }
    try {
      release();
      let close = closesConnection.has(response);
      if (!close && !req.complete) close = !(await drained(req, options.drainIdleMs ?? 5000));
      await writeResponse(res, response, { close });
      if (close) res.once('finish', () => req.socket.destroySoon?.());
    } catch (error) {
      console.error('[repair-request] could not answer:', error);
      res.destroy();
    }
  };
}
