/**
 * Focus that does not lay the page out at once. `focus()` scrolls the element
 * into view, which needs the layout of everything just rendered (a whole new
 * step) before the frame that shows it; here the element is focused without
 * scrolling, and brought into view, if it is not, once that frame has painted.
 */
import { afterPaint } from '../shell/after-paint.js';

export function focusThenScroll(target: HTMLElement | null | undefined) {
  if (!target) return;
  target.focus({ preventScroll: true });
  void afterPaint().then(() => {
    // Focus may have moved on meanwhile (a quick Next): then the newer target scrolls, not this one.
    if ((target.getRootNode() as Document | ShadowRoot).activeElement !== target) return;
    // As `focus()` does: centred, and only when it is not in view already.
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) target.scrollIntoView({ block: 'center' });
  });
}
