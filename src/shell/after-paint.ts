/**
 * Resolves once the frame being prepared has painted: code the first paint does
 * not need (the checks, the drafts) starts loading then, so its download and
 * compilation never hold that frame back. A hidden page paints no frame: there,
 * after {@link HIDDEN_PAGE_MS}. Without frames (Node), at once.
 */
export const HIDDEN_PAGE_MS = 100;

export const afterPaint = (): Promise<void> => new Promise((resolve) => {
  if (typeof requestAnimationFrame !== 'function') return resolve();
  // rAF runs before the frame paints; a task posted from it runs after.
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, HIDDEN_PAGE_MS);
});
