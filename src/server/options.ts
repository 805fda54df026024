/** The options of `createRepairHandler`, and their defaults. */
import type { RepairConfig } from '../config/config-schema.js';
import type { BodyLimits } from './body.js';
import type { FailureLimitOptions } from './failure-limiter.js';
import type { RateLimitOptions, SecurityOptions } from './security.js';
import type { FileStore, RepairStore } from './store/types.js';
import type { Notify, NotifyMessage } from './notify/types.js';
import type { UploadLimitOptions } from './uploads.js';

const MB = 1024 * 1024;
const DAY = 86_400_000;

/** Information an adapter knows about the connection. */
export interface RequestContext {
  /** The client's address (the socket's, or the one a trusted proxy reports). */
  clientAddress?: string | undefined;
}

export interface RepairHandlerOptions extends SecurityOptions {
  /** Where cases are stored: `createPgliteStore(…)` or `createPostgresStore(…)` (or a promise of one). */
  store: RepairStore | Promise<RepairStore>;
  /** Where files are stored: `createFileSystemFileStore({ dir })` (or a promise of one). */
  files: FileStore | Promise<FileStore>;
  /** The path the routes live under (`/api` → `POST /api/repair-requests`). Default `/api`. */
  basePath?: string | undefined;
  /** The widget's configuration, the same as the page's: the schema validates against it. Default: the widget's default. */
  config?: RepairConfig | undefined;
  /** Limits of bodies and files (bytes) and the idle time of a stalled body (ms). Default file: the larger of `config.files.maxBytes` and the photos' `totalBytes`; body: both, plus 1 MB. */
  limits?: Partial<BodyLimits> | undefined;
  /** Idempotency: whether a repair request without an `Idempotency-Key` is a `400` (default false), and how long keys live (ms, default 24 h). */
  idempotency?: { required?: boolean | undefined; ttlMs?: number | undefined; staleMs?: number | undefined } | undefined;
  /**
   * Files sent ahead (`POST {base}/uploads`): how long one waits for a case to
   * claim it before the purge deletes it (`maxAgeMs`, default 24 h), and how
   * many uploads and bytes a client may send per window (`limit`; `false` turns it off).
   */
  uploads?: { maxAgeMs?: number | undefined; limit?: UploadLimitOptions | false | undefined } | undefined;
  /** Requests per client and window on the public POST routes; `false` turns it off. */
  rateLimit?: RateLimitOptions | false | undefined;
  /**
   * The contact route. Without it, `POST {base}/contact` is a `404`; with it,
   * `verifyToken` is required and decides whether the message's
   * `verificationToken` (captcha, signed-in session…) is genuine. `notify` is
   * called with each stored message (the customer's acknowledgement, the
   * workshop's copy); default: the `message` of `notify` when it has one, as
   * `createSmtpNotifier(…)` does.
   */
  contact?: {
    verifyToken: (token: string | undefined, request: Request) => boolean | Promise<boolean>;
    notify?: NotifyMessage | undefined;
  } | undefined;
  /** Bearer token(s) of the staff routes; without one, the staff routes are `404`. */
  staffTokens?: readonly string[] | undefined;
  /** The customer's e-mail for a case (status look-up, notifications, export and erasure); default: the request's `address.email`. */
  customerEmail?: ((request: Request, payload: Record<string, any>) => string | undefined) | undefined;
  /**
   * Retention (GDPR): closed cases and contact messages are deleted after
   * these many days, by a purge every `intervalMs` (default daily; `0` never:
   * call `handler.purge()` yourself).
   */
  retention?: { closedCaseDays?: number | undefined; messageDays?: number | undefined; intervalMs?: number | undefined } | undefined;
  /**
   * What an erasure keeps of each case (dotted paths of the request), besides
   * its number, dates and status events: what the workshop must keep by law
   * (warranty, accounting). Default: the device and the service performed.
   */
  erasureKeeps?: readonly string[] | undefined;
  /**
   * The customer's status routes. `pageUrl`: the page with `<repair-status>`;
   * new cases' answers and notifications then carry a link to it with an
   * access token and the case's language (`{pageUrl}#case=…&token=…&lang=…`).
   * Tokens live `tokenTtlDays` (default 365). `failures`: failed look-ups per client and window before
   * a `429` (default 10 per 15 minutes), and failed e-mail look-ups of one
   * case number from any client (`maxPerCase`, default 20).
   */
  status?: { pageUrl?: string | undefined; tokenTtlDays?: number | undefined; failures?: FailureLimitOptions | undefined } | undefined;
  /**
   * Called after each event that concerns the customer (the case received,
   * each staff event, the quote answered), and awaited before the route
   * answers; a failure is logged and changes nothing stored.
   * `createSmtpNotifier(…)` sends e-mail.
   */
  notify?: (Notify & { message?: NotifyMessage | undefined }) | undefined;
  /** Logs one line per stored case or message, and unexpected errors. Default `console`. */
  logger?: Pick<Console, 'info' | 'error'> | false | undefined;
}

export const DEFAULT_ERASURE_KEEPS = [
  'device.zone', 'device.country', 'device.model', 'device.serial', 'malfunction.serviceType', 'malfunction.issues', 'parts.kind',
];

export function resolveLimits(limits: Partial<BodyLimits> = {}, maxFileBytes: number, photoBytes = 0): BodyLimits {
  return { json: 1 * MB, file: Math.max(maxFileBytes, photoBytes), body: maxFileBytes + photoBytes + 1 * MB, idleMs: 30_000, ...limits };
}

export const DEFAULTS = {
  basePath: '/api',
  idempotencyTtlMs: DAY,
  /** A claim left in progress this long belongs to a process that died. */
  idempotencyStaleMs: 120_000,
  closedCaseDays: 365 * 2,
  messageDays: 365,
  purgeIntervalMs: DAY,
  uploadMaxAgeMs: DAY,
};
