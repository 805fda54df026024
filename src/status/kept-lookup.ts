/**
 * What the customer typed in `<repair-status>`'s look-up form, kept in the tab's `sessionStorage` only while the case
 * view's code could not be downloaded: Chromium keeps a failed `import()` failed for the life of the page
 * (whatwg/html#10327), so the message asks for a reload, and the reload gives it back once. Never `localStorage`: an
 * e-mail address stays no longer than the tab. Web Storage may throw (blocked, private mode, quota), as the widget's
 * drafts allow for: then nothing is kept, and nothing else fails.
 *
 * Only a page the tab came back to (reloaded, or reached with Back or Forward) looks for what was kept: the first
 * read of `sessionStorage` in a page is a synchronous round trip to the browser process (about 1.7 ms at full speed,
 * 6 ms at 4× throttling, far more on a busy machine), which a first visit, the usual case, does not wait for. So if the
 * customer goes elsewhere instead of reloading, what was kept stays in the tab: it is kept with the time it was kept,
 * and a read more than `KEPT_FOR_MS` (10 minutes) later discards it.
 */

/** The look-up form's values. */
export interface LookupValues {
  caseNumber: string;
  email: string;
}

const KEY = 'repair-status:lookup';
/** How long what was typed is given back after it was kept: long enough for a reload, not for a later visit. */
const KEPT_FOR_MS = 10 * 60_000;

/** Keeps `values` for the next page load of this tab, or forgets what was kept (`undefined`). */
export function keepLookup(values?: LookupValues) {
  try {
    if (values) sessionStorage.setItem(KEY, JSON.stringify([values.caseNumber, values.email, Date.now()]));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused: nothing is kept, the customer types again.
  }
}

/** Whether this page load came back to the page (a reload, Back or Forward): only such a load can have something kept for it. */
function cameBack() {
  const type = (globalThis.performance?.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  return type === 'reload' || type === 'back_forward';
}

/**
 * What was kept, if anything, when the page was reloaded (or reached with Back or Forward) within `KEPT_FOR_MS` of
 * keeping it; it is forgotten as it is read, however old.
 */
export function takeLookup(): LookupValues | undefined {
  if (!cameBack()) return undefined;
  try {
    const [caseNumber, email, keptAt] = JSON.parse(sessionStorage.getItem(KEY)!) as unknown[];
    sessionStorage.removeItem(KEY);
    const age = typeof keptAt == 'number' ? Date.now() - keptAt : NaN;
    if (typeof caseNumber == 'string' && typeof email == 'string' && age >= 0 && age <= KEPT_FOR_MS) return { caseNumber, email };
  } catch {
    // Nothing kept (null is not iterable), or storage refused.
  }
  return undefined;
}
