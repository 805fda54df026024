/**
 * A touch device or a mouse, as the widget asks (`matchMedia('(pointer: coarse)')`):
 * `pointer.set(true)` is a phone, `false` a mouse, and the widget follows the
 * change as it follows the media query. `restore()` gives back the browser's own.
 */
class PointerQuery extends EventTarget {
  matches = false;
  readonly media = '(pointer: coarse)';
  onchange = null;
  addListener() {}
  removeListener() {}
}

export function emulatePointer() {
  const query = new PointerQuery();
  const real = window.matchMedia;
  window.matchMedia = (media: string) => (media === query.media ? (query as unknown as MediaQueryList) : real.call(window, media));
  return {
    set(coarse: boolean) {
      query.matches = coarse;
      query.dispatchEvent(new Event('change'));
    },
    restore() {
      window.matchMedia = real;
    },
  };
}
