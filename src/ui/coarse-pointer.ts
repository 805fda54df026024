/**
 * Whether the device's main pointer is a finger (`(pointer: coarse)`): a phone
 * or a tablet, where a file field offers "Take a photo" beside the picker.
 * Follows the media query while the host is connected (a tablet docked to a
 * keyboard and mouse changes it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CoarsePointerController implements ReactiveController {
  /** Whether the main pointer is coarse (a finger). */
  coarse = false;
  private query?: MediaQueryList;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  private onChange = () => {
    this.coarse = !!this.query?.matches;
    this.host.requestUpdate();
  };

  hostConnected() {
    this.query = globalThis.matchMedia?.('(pointer: coarse)');
    this.coarse = !!this.query?.matches;
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected() {
    this.query?.removeEventListener('change', this.onChange);
  }
}
