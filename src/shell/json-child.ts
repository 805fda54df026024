/**
 * The configuration given as a `<script type="application/json">` child:
 * read when the widget connects and again whenever the child changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class JsonChildController implements ReactiveController {
  /** The child's JSON, parsed, or `invalid`; undefined without a child. */
  value?: { value: unknown } | 'invalid';
  #source?: string;
  #changed = false;
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.#read();
    if (typeof MutationObserver === 'undefined') return;
    this.#observer = new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected() {
    this.#observer?.disconnect();
  }

  /** Whether the value changed since the last call. */
  takeChange() {
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  #read() {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      if (this.value !== undefined) this.#set(undefined);
      return;
    }
    const source = script.textContent ?? '';
    if (source === this.#source) return;
    this.#source = source;
    try {
      this.#set({ value: JSON.parse(source) as unknown });
    } catch {
      this.#set('invalid');
    }
  }

  #set(value: JsonChildController['value']) {
    this.value = value;
    this.#changed = true;
    this.host.requestUpdate();
  }
}
