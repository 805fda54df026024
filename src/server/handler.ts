/**
 * `createRepairHandler`: the back end of `<repair-request>` as a Web-standard
 * handler, `(request) => Promise<Response>`, for any server that speaks
 * `Request`/`Response` (Hono, Next.js, Deno, Bun) and, through `toNodeHandler`,
 * Node's `http`, Express and Fastify.
 */
import { defaultConfig } from '../config/default-config.js';
import { type BodyLimits } from './body.js';
import { photoLimits } from '../schema/photos.js';
import { HttpProblem, problem } from './http.js';
import { messageTeller } from './message-notify.js';
import { receiveContactMessage, receiveRepairRequest, type IntakeContext } from './intake.js';
import { DEFAULT_ERASURE_KEEPS, DEFAULTS, resolveLimits, type RepairHandlerOptions, type RequestContext } from './options.js';
import { checkHost, checkOrigin, corsHeaders, createRateLimiter, preflight } from './security.js';
import { staffRoute, type StaffContext } from './staff.js';
import { createCustomerAccess } from './status-access.js';
import { customerRoute, EMAIL_HEADER, isCustomerRequest } from './status-routes.js';
import { createUploadLimiter, receiveUpload } from './uploads.js';

/** The handler, with its maintenance methods. */
export interface RepairHandler {
  (request: Request, context?: RequestContext): Promise<Response>;
  /** Deletes closed cases and old messages past their retention, with their files, expired idempotency keys and unclaimed uploads past their age. */
  purge(): Promise<{ cases: number; messages: number; keys: number; files: number; uploads: number }>;
  /** Resolves when the store (migrations done) and the file store are ready. */
  ready(): Promise<void>;
  /** Stops the scheduled purge and closes the store. */
  close(): Promise<void>;
  /** The path the routes live under. */
  readonly basePath: string;
}

/** Creates the handler; throws at once when the options cannot make a safe server. */
export function createRepairHandler(options: RepairHandlerOptions): RepairHandler {
  if (!options?.store || !options.files) throw new Error('createRepairHandler needs a `store` and a `files` store.');
  if (options.contact && typeof options.contact.verifyToken !== 'function') {
    throw new Error('The contact route needs `contact.verifyToken(token, request)`: without it, anyone could post messages.');
  }
  const basePath = (options.basePath ?? DEFAULTS.basePath).replace(/\/+$/, '');
  const config = options.config ?? defaultConfig;
  const limits: BodyLimits = resolveLimits(options.limits, config.files.maxBytes, photoLimits(config).totalBytes);
  const logger = options.logger === false ? undefined : (options.logger ?? console);
  const limit = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit);
  const uploadLimit = options.uploads?.limit === false ? undefined : createUploadLimiter(options.uploads?.limit);
  const uploadMaxAgeMs = options.uploads?.maxAgeMs ?? DEFAULTS.uploadMaxAgeMs;
  const retention = {
    closedCaseDays: options.retention?.closedCaseDays ?? DEFAULTS.closedCaseDays,
    messageDays: options.retention?.messageDays ?? DEFAULTS.messageDays,
    intervalMs: options.retention?.intervalMs ?? DEFAULTS.purgeIntervalMs,
  };

  const stores = Promise.all([options.store, options.files]);
  stores.catch((error) => logger?.error('[repair-request] the store could not start:', error));
  const access = createCustomerAccess(options, basePath, limits, logger);
  const tellMessage = messageTeller(options, logger);

  async function purge() {
    const [store, files] = await stores;
    const day = 86_400_000;
    const result = await store.purge({
      closedBefore: new Date(Date.now() - retention.closedCaseDays * day),
      messagesBefore: new Date(Date.now() - retention.messageDays * day),
    });
    const uploads = await store.purgeUploads();
    await Promise.all([...result.storageKeys, ...uploads].map((key) => files.remove(key)));
    return { cases: result.cases, messages: result.messages, keys: result.keys, files: result.storageKeys.length + uploads.length, uploads: uploads.length };
  }
  const timer = retention.intervalMs > 0
    ? setInterval(() => purge().catch((error) => logger?.error('[repair-request] the purge failed:', error)), retention.intervalMs)
    : undefined;
  timer?.unref();

  async function route(request: Request, context: RequestContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) throw new HttpProblem(404, `No route at ${url.pathname}.`);
    const segments = url.pathname.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
    checkHost(request, options.allowedHosts);
    const intake = segments.length === 1 && (segments[0] === 'repair-requests' || segments[0] === 'uploads' || (segments[0] === 'contact' && !!options.contact));
    if (intake && request.method === 'OPTIONS') return preflight(request, options, 'POST');
    if (segments[0] === 'cases' && request.method === 'OPTIONS') {
      return preflight(request, { ...options, allowHeaders: [...(options.allowHeaders ?? []), 'Authorization', EMAIL_HEADER] }, 'GET, POST');
    }
    const origin = checkOrigin(request, options.allowedOrigins);
    const cors = corsHeaders(origin, options);
    const answer = await (async () => {
      const [store, files] = await stores;
      if (intake) {
        if (request.method !== 'POST') throw new HttpProblem(405, 'Use POST.', { headers: { Allow: 'POST' } });
        const client = context.clientAddress ?? 'unknown';
        if (segments[0] === 'uploads') {
          const spend = uploadLimit?.(client) ?? (() => {});
          return receiveUpload(request, {
            store, files, config, limits, maxAgeMs: uploadMaxAgeMs, spend, log: (line) => logger?.info(`[repair-request] ${line}`),
          });
        }
        limit?.(client);
        const ctx: IntakeContext = {
          store, files, config, limits, options,
          idempotency: {
            required: !!options.idempotency?.required,
            ttlMs: options.idempotency?.ttlMs ?? DEFAULTS.idempotencyTtlMs,
            staleMs: options.idempotency?.staleMs ?? DEFAULTS.idempotencyStaleMs,
          },
          log: (line) => logger?.info(`[repair-request] ${line}`),
          afterCase: (caseNumber, created) => access.afterCase(store, caseNumber, created),
          afterMessage: (notification) => tellMessage(notification),
        };
        return segments[0] === 'repair-requests' ? receiveRepairRequest(request, ctx) : receiveContactMessage(request, ctx);
      }
      if (isCustomerRequest(request)) {
        const response = await customerRoute(request, segments, access.context(store, files), context.clientAddress ?? 'unknown');
        if (response) return response;
      }
      if (options.staffTokens?.length) {
        const staff: StaffContext = {
          store, files, limits, tokens: options.staffTokens, erasureKeeps: options.erasureKeeps ?? DEFAULT_ERASURE_KEEPS, purge,
          tell: (found, event) => access.tell(store, found, event),
        };
        const response = await staffRoute(request, segments, staff);
        if (response) return response;
      }
      throw new HttpProblem(404, `No route at ${url.pathname}.`);
    })().catch((error) => { throw Object.assign(error ?? {}, { cors }); });
    for (const [name, value] of Object.entries(cors)) answer.headers.set(name, value);
    return answer;
  }

  const handler = (async (request: Request, context: RequestContext = {}) => {
    try {
      return await route(request, context);
    } catch (error) {
      const cors = (error as { cors?: Record<string, string> } | null)?.cors ?? {};
      if (error instanceof HttpProblem) {
        const response = error.response;
        for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
        return response;
      }
      logger?.error('[repair-request] unexpected error:', error);
      return problem(500, 'The server could not handle the request; the error is in its log.', { headers: cors });
    }
  }) as RepairHandler;
  return Object.assign(handler, {
    purge,
    ready: async () => { await stores; },
    close: async () => {
      clearInterval(timer);
      const [store] = await stores;
      await store.close();
    },
    basePath,
  });
}
