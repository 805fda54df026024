/**
 * A widget in a page of its own (a same-origin iframe): its own module map, so a
 * test can make lazily loaded code fail to download that no other test has
 * loaded, and reload the page as a customer would (the tab's session storage
 * and IndexedDB are shared with the test page, as after a real reload).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Widget } from '../helpers.js';

/** Makes requests for paths starting with one of `paths` fail (503) until called again; see chunk-faults.mjs. */
export async function failDownloads(...paths: string[]): Promise<string[]> {
  const response = await fetch('/api/__chunk-faults', { method: 'POST', body: JSON.stringify({ paths }) });
  if (!response.ok) throw new Error(`chunk faults: ${response.status}`);
  return ((await response.json()) as { refused: string[] }).refused;
}

export interface Framed {
  frame: HTMLIFrameElement;
  /** The widget in the frame (a new one after `reload()`). */
  el: Widget;
  /** Reloads the frame's page and returns its new widget, once it has looked for a saved draft. */
  reload(): Promise<Widget>;
  /** Makes the frame's browser offline or online, as far as the widget can tell. */
  setOnline(online: boolean): void;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/**
 * Opens a page with `<repair-request>` with these attributes and properties
 * (set again after each reload, as a host page would). Resolves once the
 * widget has rendered.
 */
export async function framedWidget(attributes: Record<string, string>, properties: Partial<Widget> = {}): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frames.push(frame);
  const open = async () => {
    await waitUntil(() => frame.contentWindow?.customElements?.get('repair-request'), 'the frame defines <repair-request>', { timeout: 10_000 });
    const doc = frame.contentDocument!;
    const el = doc.createElement('repair-request') as Widget;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    Object.assign(el, properties);
    doc.body.append(el);
    await el.updateComplete;
    return el;
  };
  const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const first = loaded();
  frame.src = '/test/support/frame.html';
  document.body.append(frame);
  await first;
  const framed: Framed = {
    frame,
    el: await open(),
    async reload() {
      const again = loaded();
      frame.contentWindow!.location.reload();
      await again;
      framed.el = await open();
      return framed.el;
    },
    setOnline(online) {
      const win = frame.contentWindow!;
      Object.defineProperty(win.navigator, 'onLine', { configurable: true, get: () => online });
      win.dispatchEvent(new Event(online ? 'online' : 'offline'));
    },
  };
  return framed;
}

/** The axe check of the frame's widget, or of another element of ours (axe runs in the frame's own page). */
export async function isAccessibleInFrame(framed: { frame: HTMLIFrameElement; el: Element & { updateComplete: Promise<unknown> } }) {
  const win = framed.frame.contentWindow as Window & { axe?: { run(el: Element): Promise<{ violations: { id: string; help: string }[] }> } };
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => { script.onload = resolve; script.onerror = reject; });
    win.document.head.append(script);
    await loaded;
  }
  await framed.el.updateComplete;
  const { violations } = await win.axe!.run(framed.el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

/**
 * Makes downloads of paths starting with one of `paths` slow: they wait, unanswered, until the next call
 * here or to `failDownloads()` (`holdDownloads()` lets them through); see chunk-faults.mjs.
 */
export async function holdDownloads(...paths: string[]): Promise<void> {
  const response = await fetch('/api/__chunk-faults', { method: 'POST', body: JSON.stringify({ hold: paths }) });
  if (!response.ok) throw new Error(`chunk faults: ${response.status}`);
}
