/**
 * Resolves once the frame being prepared has painted: code the first paint does
 * not need (the checks, the drafts) starts loading then, so its download and
 * compilation never hold that frame back. A hidden page paints no frame: there,
 * after {@link HIDDEN_PAGE_MS}. Without frames (Node), at once.
 *
 * Every caller waiting for the same frame shares one wait: one animation frame
 * callback in the frame that paints (the widget's first paint has three users:
 * the checks, the drafts and the form value), one task after it, one timer.
 */
export const HIDDEN_PAGE_MS = 100;

let waiting: Promise<void> | undefined;

export const afterPaint = (): Promise<void> => (waiting ??= new Promise<void>((resolve) => {
  if (typeof requestAnimationFrame !== 'function') return resolve();
  // rAF runs before the frame paints; a task posted from it runs after.
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, HIDDEN_PAGE_MS);
}).then(() => {
  // The next caller waits for a later frame.
  waiting = undefined;
}));
