import { expect, html, waitUntil } from '@open-wc/testing';
import { mount, settle, type Widget } from './helpers.js';

/** Every shadow root inside the widget, nested ones included. */
const roots = (root: ShadowRoot | Document): (ShadowRoot | Document)[] =>
  [root, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => roots(e.shadowRoot!))];

/**
 * Whether `value` is drawn left to right wherever it shows in the widget: its
 * first character left of its last. Fails when it is not shown at all.
 */
function drawnLeftToRight(el: Widget, value: string) {
  const found: boolean[] = [];
  for (const root of roots(el.shadowRoot!)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(value);
      if (at < 0 || !node.parentElement?.checkVisibility()) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      found.push(box(at).left < box(at + value.length - 1).left);
    }
  }
  expect(found.length, `"${value}" is shown`).to.be.at.least(1);
  return found.every(Boolean);
}


describe('<repair-request> in Arabic, numbers and addresses read left to right', () => {
  it('shows the support phone number and e-mail of the contact form in their own order', async () => {
    const el = await mount(html`<repair-request lang="ar"></repair-request>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('dir') === 'rtl');
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="contact-link"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('.channels'));
    await settle(el);
    expect(drawnLeftToRight(el, '+33 1 76 54 12 34'), 'phone').to.equal(true);
    expect(drawnLeftToRight(el, 'support.eu@dji.com'), 'e-mail').to.equal(true);
  });

  it('shows the online support’s phone number on the Malfunction step in its own order', async () => {
    const el = await mount(html`<repair-request lang="ar"></repair-request>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('dir') === 'rtl');
    const find = async <T extends Element>(selector: string) => {
      let found: T | undefined;
      await waitUntil(() => (found = roots(el.shadowRoot!).map((r) => r.querySelector<T>(selector) ?? undefined).find((e) => e?.checkVisibility())), selector);
      return found!;
    };
    const choose = async (name: string, value: string) => {
      const select = await find<HTMLSelectElement>(`select[name="${name}"]:has(option[value="${value}"])`);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
    };
    await choose('device.zone', 'europe');
    await choose('device.country', 'FR');
    (await find<HTMLInputElement>('input[name="device.identifiedBy"][value="model"]')).click();
    await choose('device.model', 'mavic-mini');
    (await find<HTMLButtonElement>('[part~="next-button"]')).click();
    (await find<HTMLInputElement>('input[name="malfunction.serviceType"][value="repair"]')).click();
    await find('.support-links');
    await settle(el);
    expect(drawnLeftToRight(el, '+33 1 76 54 12 34')).to.equal(true);
  });
});
