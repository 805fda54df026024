/**
 * Thin adapters from the Web-standard handler to frameworks. Hono and the
 * Next.js App Router speak `Request`/`Response` already; Express and Fastify
 * go through `toNodeHandler`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RepairHandler } from './handler.js';
import { toNodeHandler, type NodeHandlerOptions } from './node.js';

/**
 * Express middleware: answers the routes under the handler's base path and
 * passes anything else on. It works mounted before or after `express.json()`
 * (whose parsed JSON it takes back); when another middleware read a body and
 * left nothing usable, it answers a `500` that names the cause.
 *
 * ```js
 * app.use(toExpressMiddleware(handler));
 * ```
 */
export function toExpressMiddleware(handler: RepairHandler, options: NodeHandlerOptions = {}) {
  const node = toNodeHandler(handler, options);
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = new URL(req.originalUrl ?? req.url ?? '/', 'http://x').pathname;
    if (path !== handler.basePath && !path.startsWith(`${handler.basePath}/`)) return next();
    node(req, res).catch(next);
  };
}

/** The part of Fastify's instance the plugin uses. */
interface FastifyLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(type: string, parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void): void;
  all(path: string, handler: (request: { raw: IncomingMessage }, reply: { raw: ServerResponse; hijack(): void }) => Promise<void>): void;
}

/**
 * A Fastify plugin with the handler's routes. Inside the plugin (and only
 * there, by Fastify's encapsulation) bodies are left unparsed, so uploads
 * stream into the handler.
 *
 * ```js
 * await app.register(toFastifyPlugin(handler));
 * ```
 */
export function toFastifyPlugin(handler: RepairHandler, options: NodeHandlerOptions = {}) {
  const node = toNodeHandler(handler, options);
  return async function repairRequestPlugin(fastify: FastifyLike) {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
    fastify.all(`${handler.basePath}/*`, async (request, reply) => {
      reply.hijack();
      await node(request.raw, reply.raw);
    });
  };
}

/**
 * A Hono handler: `app.all('/api/*', toHonoHandler(handler))`. The client's
 * address comes from `@hono/node-server` when it is there.
 */
export function toHonoHandler(handler: RepairHandler) {
  return (c: { req: { raw: Request }; env?: unknown }) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return handler(c.req.raw, { clientAddress: incoming?.socket.remoteAddress });
  };
}

/**
 * The route handlers of a Next.js App Router catch-all route
 * (`app/api/[...path]/route.ts`): `export const { GET, POST, OPTIONS } = toNextRouteHandlers(handler);`.
 * Next passes its own second argument; it is not the handler's context.
 */
export function toNextRouteHandlers(handler: RepairHandler) {
  const route = (request: Request) => handler(request, { clientAddress: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() });
  return { GET: route, POST: route, OPTIONS: route };
}
