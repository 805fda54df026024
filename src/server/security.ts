/**
 * Where a request may come from: the Host allow-list, the Origin and
 * Sec-Fetch-Site checks (a form or no-cors POST from another site must not
 * create a case), CORS for the allowed origins, and a per-client rate limit.
 */
import { HttpProblem, PROBLEM_TYPES } from './http.js';

export interface SecurityOptions {
  /** Origins (`https://shop.example`) allowed to post from another origin, and to read the answers (CORS). */
  allowedOrigins?: readonly string[] | undefined;
  /** Host names (with port when not the default) the handler answers; any other Host is a `421`. Unset: any. */
  allowedHosts?: readonly string[] | undefined;
  /** Whether cross-origin requests may carry cookies (`Access-Control-Allow-Credentials`). Default false. */
  allowCredentials?: boolean | undefined;
  /** Extra request headers a cross-origin page may send (CSRF tokens…). */
  allowHeaders?: readonly string[] | undefined;
}

/** Refuses an unknown Host (when a list is given). */
export function checkHost(request: Request, allowedHosts: readonly string[] | undefined) {
  if (!allowedHosts?.length) return;
  const host = (request.headers.get('host') ?? new URL(request.url).host).toLowerCase();
  if (!allowedHosts.some((h) => h.toLowerCase() === host)) throw new HttpProblem(421, `This server does not answer for the host "${host}".`);
}

/** The request's Origin when it is another origin that is allowed; undefined for same-origin and non-browser clients. */
export function checkOrigin(request: Request, allowedOrigins: readonly string[] = []): string | undefined {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  // The host decides, not the scheme: behind a proxy that ends TLS the server sees http:, the browser https:.
  const own = new URL(request.url).host;
  const sameOrigin = origin !== null
    ? origin !== 'null' && URL.canParse(origin) && new URL(origin).host === own
    : site === null || site === 'same-origin' || site === 'none';
  if (sameOrigin) return undefined;
  if (origin && origin !== 'null' && allowedOrigins.includes(origin)) return origin;
  throw new HttpProblem(403, `Requests from ${origin ?? `another site (Sec-Fetch-Site: ${site})`} are not accepted here.`, {
    type: PROBLEM_TYPES.forbiddenOrigin, title: 'Origin not allowed',
  });
}

/** The CORS headers of an answer to an allowed cross-origin request. */
export function corsHeaders(origin: string | undefined, options: SecurityOptions): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After, Idempotency-Key, Idempotent-Replayed',
    Vary: 'Origin',
    ...(options.allowCredentials ? { 'Access-Control-Allow-Credentials': 'true' } : {}),
  };
}

/** The answer to a CORS preflight (`OPTIONS`). */
export function preflight(request: Request, options: SecurityOptions, methods: string): Response {
  const origin = request.headers.get('origin');
  if (!origin || !options.allowedOrigins?.includes(origin)) {
    return new Response(null, { status: 403, headers: { Vary: 'Origin', 'Cache-Control': 'no-store' } });
  }
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin, options),
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': ['Content-Type', 'Accept', 'Idempotency-Key', ...(options.allowHeaders ?? [])].join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
}

export interface RateLimitOptions {
  /** Requests per window and client. Default 30. */
  max?: number | undefined;
  /** The window, in ms. Default 60,000. */
  windowMs?: number | undefined;
}

/**
 * A fixed-window counter per client (in this process: a limit is a guard
 * against floods, not a record). Over the limit: `429` with `Retry-After`.
 */
export function createRateLimiter({ max = 30, windowMs = 60_000 }: RateLimitOptions = {}) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = Date.now();
  return (client: string, now = Date.now()) => {
    if (now - lastSweep > windowMs) {
      for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
      lastSweep = now;
    }
    let w = windows.get(client);
    if (!w || now - w.start >= windowMs) windows.set(client, (w = { start: now, count: 0 }));
    if (++w.count > max) {
      const seconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
      throw new HttpProblem(429, `Too many requests; try again in ${seconds} s.`, {
        type: PROBLEM_TYPES.rateLimited, title: 'Too many requests', headers: { 'Retry-After': String(seconds) },
      });
    }
  };
}
