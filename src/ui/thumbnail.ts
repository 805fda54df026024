/**
 * `${thumbnail(file)}`: a small preview of a picture the customer attached,
 * drawn once per file into a `data:` URL of a few kilobytes (96 px on its
 * shorter side, the 3rem thumbnail at twice the pixels). A `data:` image is
 * what a strict page policy allows (`img-src 'self' data:`, README
 * "Content-Security-Policy"); a `blob:` URL needs `img-src blob:`, which
 * such a page refuses, and would show a broken picture.
 *
 * Where there is no preview (a picture this browser cannot decode, a canvas
 * the browser will not give, such as iOS Safari's past its memory cap, a page
 * whose policy refuses `data:` images too), nothing is drawn: the row keeps
 * the file's name and size. Only when the page's policy refuses an image (a
 * `securitypolicyviolation` for `img-src`) does the integrator read one
 * console line saying which directive the previews need, and no preview is
 * tried again; any other image that fails goes away on its own.
 */
import { html, nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/** The preview's shorter side, in pixels. */
const SIDE = 96;

/** Each file's preview, drawn once; `undefined` where it cannot be drawn. */
const previews = new WeakMap<Blob, Promise<string | undefined>>();
/** The page's policy refused a preview: none is tried again. */
let refused = false;
/** Whether the page's policy violations are listened to (from the first preview shown). */
let watching = false;

/** The preview of `file` as a `data:` URL (WebP where the browser writes it, PNG otherwise, both with transparency). */
export function previewOf(file: Blob): Promise<string | undefined> {
  let preview = previews.get(file);
  if (!preview) {
    // Whatever fails while drawing, there is no preview: the promise kept never rejects.
    preview = draw(file).catch(() => undefined);
    previews.set(file, preview);
  }
  return preview;
}

async function draw(file: Blob): Promise<string | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
  try {
    const scale = Math.min(1, SIDE / Math.min(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    // Null where the browser will not give a canvas (iOS Safari past its canvas memory cap): no preview.
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/webp', 0.8);
  } finally {
    bitmap.close();
  }
}

/** The page's policy refused an image: if it is a `data:` image (a preview), previews stop, and the integrator is told once. */
function onViolation(e: SecurityPolicyViolationEvent) {
  if (refused || e.effectiveDirective !== 'img-src' || !e.blockedURI.startsWith('data')) return;
  refused = true;
  console.warn('<repair-request>: the photo previews are `data:` images, which this page\'s Content-Security-Policy refuses. '
    + 'Add `data:` to `img-src` to show them; the attached files are listed by name and size without them.');
}

class ThumbnailDirective extends AsyncDirective {
  private file?: Blob;
  private url?: string | undefined;

  render(file: Blob) {
    if (file !== this.file) {
      this.file = file;
      this.url = undefined;
      void previewOf(file).then((url) => {
        if (file !== this.file) return;
        this.url = url;
        if (this.isConnected) this.setValue(this.image());
      });
    }
    return this.image();
  }

  private image() {
    if (!this.url || refused) return nothing;
    if (!watching) {
      watching = true;
      document.addEventListener('securitypolicyviolation', onViolation);
    }
    // An image that fails (blocked by the page's policy, or that cannot be shown) fires `error`: it is taken away,
    // not left as a broken picture.
    return html`<img class="thumbnail" src=${this.url} alt="" @error=${() => this.setValue(nothing)} />`;
  }

  protected override reconnected() {
    this.setValue(this.image());
  }
}

/** A picture's preview, or nothing until it is drawn or where it cannot be. */
export const thumbnail = directive(ThumbnailDirective);
