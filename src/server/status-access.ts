/**
 * The customer's access to a case, as the handler wires it: tokens issued
 * when a case is stored (and in each notification's link), the failure
 * limiter of the look-ups, and `notify` called after each event.
 */
import { defaultConfig } from '../config/default-config.js';
import type { BodyLimits } from './body.js';
import type { RepairHandlerOptions } from './options.js';
import { createFailureLimiter } from './failure-limiter.js';
import { statusLink } from '../status/status-link.js';
import { notificationOf, type StatusContext } from './status-routes.js';
import type { FileStore, RepairStore, StatusEvent, StoredCase } from './store/types.js';

const DAY = 86_400_000;

/** The status page's URL from the options: http(s) only, without a fragment. */
function pageUrlOf(value: string | undefined) {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error(`status.pageUrl must be an http(s) URL, not "${value}".`);
  url.hash = '';
  return url.href;
}

export function createCustomerAccess(options: RepairHandlerOptions, basePath: string, limits: BodyLimits, logger: Pick<Console, 'error'> | undefined) {
  const pageUrl = pageUrlOf(options.status?.pageUrl);
  const ttlMs = (options.status?.tokenTtlDays ?? 365) * DAY;
  const failures = createFailureLimiter(options.status?.failures);
  const config = options.config ?? defaultConfig;
  const fee = config.fee;

  /** Notifies the customer, with a link holding `token` (a new one when not given). */
  async function tell(store: RepairStore, found: StoredCase, event: StatusEvent, token?: string) {
    if (!options.notify) return;
    try {
      const link = pageUrl ? statusLink(pageUrl, found.caseNumber, token ?? await store.issueAccessToken(found.caseNumber, ttlMs), found.locale) : undefined;
      const notification = notificationOf(found, event, link, fee);
      if (notification) await options.notify(notification);
    } catch (error) {
      logger?.error(`[repair-request] the notification of ${found.caseNumber} (${event.status}) failed:`, error);
    }
  }

  return {
    tell,
    /**
     * The answer's access fields for a stored case; a new case is told to the customer. The case is read only
     * for what needs it: the status link's language, the notification of a new case (not of a replay).
     */
    async afterCase(store: RepairStore, caseNumber: string, created: boolean): Promise<Record<string, string>> {
      const accessToken = await store.issueAccessToken(caseNumber, ttlMs);
      const found = pageUrl || (created && options.notify) ? await store.getCase(caseNumber) : undefined;
      if (created && found?.events[0]) await tell(store, found, found.events[0], accessToken);
      return { accessToken, ...(pageUrl ? { statusUrl: statusLink(pageUrl, caseNumber, accessToken, found?.locale) } : {}) };
    },
    context: (store: RepairStore, files: FileStore): StatusContext => ({
      store, files, limits, basePath, failures, config, tell: (found, event) => tell(store, found, event),
      // Printed, the link travels in the parcel: no token (the status page then asks for the e-mail).
      printedLink: (found) => (pageUrl ? statusLink(pageUrl, found.caseNumber, undefined, found.locale) : undefined),
    }),
  };
}
