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


/** The first visible element matching `selector` in any of the widget's shadow roots, once there is one. */
async function find<T extends Element = HTMLElement>(el: Widget, selector: string) {
  let found: T | undefined;
  await waitUntil(() => (found = roots(el.shadowRoot!).map((r) => r.querySelector<T>(selector) ?? undefined).find((e) => e?.checkVisibility())), selector);
  return found!;
}
async function choose(el: Widget, name: string, value: string) {
  const select = await find<HTMLSelectElement>(el, `select[name="${name}"]:has(option[value="${value}"])`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}
async function click(el: Widget, selector: string) {
  (await find(el, selector)).click();
  await settle(el);
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

  /** Opens the widget in Arabic and answers the Device step and the service type, through the DOM (the labels are Arabic). */
  async function toMalfunction(el: Widget) {
    await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('dir') === 'rtl');
    await choose(el, 'device.zone', 'europe');
    await choose(el, 'device.country', 'FR');
    await click(el, 'input[name="device.identifiedBy"][value="model"]');
    await choose(el, 'device.model', 'mavic-mini');
    await click(el, '[part~="next-button"]');
    await click(el, 'input[name="malfunction.serviceType"][value="repair"]');
  }

  it('shows the online support’s phone number on the Malfunction step in its own order', async () => {
    const el = await mount(html`<repair-request lang="ar"></repair-request>`);
    await toMalfunction(el);
    await click(el, 'input[name="malfunction.issues"]');
    await click(el, '[part~="next-button"]');
    await find(el, '.support-links');
    await settle(el);
    expect(drawnLeftToRight(el, '+33 1 76 54 12 34')).to.equal(true);
  });

  it('shows a saved address’s street, postal code and phone number in their order', async () => {
    const el = await mount(html`<repair-request lang="ar" .addresses=${[{
      id: 'home', recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR',
      phone: '+33 6 12 34 56 78',
    }]}></repair-request>`);
    await toMalfunction(el);
    await click(el, 'input[name="malfunction.issues"]');
    await click(el, '[part~="next-button"]');
    const description = await find<HTMLTextAreaElement>(el, 'textarea');
    description.value = 'The gimbal does not move.';
    description.dispatchEvent(new Event('input', { bubbles: true }));
    await click(el, 'input[name="malfunction.supportContacted"]');
    await click(el, '[part~="next-button"]');
    await click(el, '[part~="next-button"]');
    await click(el, '[part~="next-button"]');
    await click(el, 'input[name="parts.kind"][value="complete"]');
    await click(el, '[part~="next-button"]');
    await find(el, 'input[name="address.returnAddress"][value="home"]');
    await settle(el);
    expect(drawnLeftToRight(el, '10 rue de Rivoli'), 'street').to.equal(true);
    expect(drawnLeftToRight(el, '75001 Paris'), 'postal code and town').to.equal(true);
    expect(drawnLeftToRight(el, '+33 6 12 34 56 78'), 'phone').to.equal(true);
  });
});
