/**
 * The `server` entry point (`repair-request/server`, Node 20+): a back end for
 * `<repair-request>` as a Web-standard handler, with storage on PostgreSQL
 * (embedded PGlite or a server) and adapters for Node's `http`, Express,
 * Fastify, Hono and Next.js.
 *
 * ```ts
 * import { createRepairHandler, createPgliteStore, toNodeHandler } from 'repair-request/server';
 * const handler = createRepairHandler({ store: createPgliteStore({ dataDir: '/var/lib/repairs/db' }), filesDir: '/var/lib/repairs/files', ... });
 * http.createServer(toNodeHandler(handler)).listen(8080);
 * ```
 */
export { createPgliteStore, type PgliteStoreOptions } from './store/pglite.js';
export { createPostgresStore, type PostgresStoreOptions } from './store/postgres.js';
export { createFileSystemFileStore } from './store/file-store.js';
export { newCaseNumber } from './store/sql-store.js';
export { MIGRATIONS } from './store/migrations.js';
export {
  CLOSING_STATUSES, STAFF_STATUSES, QUOTE_ANSWERS,
  type NewStatusEvent, type AppendOutcome,
  type RepairStore, type FileStore, type StoredCase, type StoredFile, type NewFile, type StoredMessage, type StatusEvent, type KeyClaim,
} from './store/types.js';
export { NEXT_STATUSES } from './lifecycle.js';
export { createRepairHandler, type RepairHandler } from './handler.js';
export { DEFAULT_ERASURE_KEEPS, type RepairHandlerOptions, type RequestContext } from './options.js';
export { PROBLEM_TYPES } from './http.js';
export { IDEMPOTENCY_KEY_FORMAT } from './idempotency.js';
export type { BodyLimits } from './body.js';
export type { SecurityOptions, RateLimitOptions } from './security.js';
export type { FailureLimitOptions } from './failure-limiter.js';
export type { UploadLimitOptions } from './uploads.js';
export { toNodeHandler, toWebRequest, writeResponse, type NodeHandlerOptions } from './node.js';
export { EMAIL_HEADER } from './status-routes.js';
export type { CaseNotification, MessageNotification, Notify, NotifyMessage } from './notify/types.js';
export { createSmtpNotifier, composeEmail, type SmtpNotifierOptions } from './notify/smtp.js';
export { composeAcknowledgement, composeWorkshopCopy } from './notify/message-email.js';
export { toExpressMiddleware, toFastifyPlugin, toHonoHandler, toNextRouteHandlers } from './adapters.js';
