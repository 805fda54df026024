/**
 * `src=${thumbnail(file)}`: an object URL for a picture the customer attached,
 * revoked when the image leaves the page or shows another file.
 */
import { AsyncDirective, directive } from 'lit/async-directive.js';

class ThumbnailDirective extends AsyncDirective {
  private file?: Blob;
  private url?: string;

  render(file: Blob) {
    if (file !== this.file || !this.url) {
      this.release();
      this.file = file;
      this.url = URL.createObjectURL(file);
    }
    return this.url;
  }

  protected override disconnected() {
    this.release();
  }

  protected override reconnected() {
    if (this.file) this.setValue(this.render(this.file));
  }

  private release() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}

export const thumbnail = directive(ThumbnailDirective);
