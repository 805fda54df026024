/**
 * The transport's defaults and the reading of host-supplied settings: tiny, so
 * the shell can hold them while the client and retry loop load only on Submit.
 */

/** How long an attempt may go without an answer (or, while a file uploads, without progress), unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The `credentials` mode from a host-supplied value; `same-origin` unless it is `omit` or `include`. */
export const normalizeCredentials = (value: unknown): RequestCredentials =>
  value === 'omit' || value === 'include' ? value : 'same-origin';
