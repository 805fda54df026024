import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { completeDevice, completeToSummary, heading, homeAddress, mount, speak, stepRoot, type Widget } from './helpers.js';

/**
 * The Previous / Next bar is seen in the order it is read and reached with Tab
 * (WCAG 1.3.2, 2.4.3): Previous first, at every width, left to right and right
 * to left, under the steps and on the Submit step's own bar.
 */
const WIDTHS = [390, 1024];

const shellBar = (el: Widget) => {
  const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
  return { previous: bar.querySelector<HTMLElement>('[part="back-button"]')!, next: bar.querySelector<HTMLElement>('[part="next-button"]')! };
};
const submitBar = (el: Widget) => {
  const bar = stepRoot(el).querySelector<HTMLElement>('[part="actions"]')!;
  return { previous: bar.querySelector<HTMLElement>('[part="back-button"]')!, next: bar.querySelector<HTMLElement>('.submit')! };
};

/** Previous comes first as it is seen: above Next, or beside it on the side a line of the widget's text starts. */
function expectSeenInOrder({ previous, next }: { previous: HTMLElement; next: HTMLElement }, dir: 'ltr' | 'rtl', what: string) {
  expect(previous.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING, `${what}: Previous comes first in the DOM`).to.not.equal(0);
  const p = previous.getBoundingClientRect();
  const n = next.getBoundingClientRect();
  expect(p.width * n.width, `${what}: both are shown`).to.be.above(0);
  if (p.bottom <= n.top) return;
  expect(n.bottom <= p.top, `${what}: Next is above Previous`).to.equal(false);
  if (dir === 'ltr') expect(p.right, `${what}: Previous is left of Next`).to.be.at.most(n.left);
  else expect(p.left, `${what}: Previous is right of Next`).to.be.at.least(n.right);
}

describe('<repair-request> Previous / Next bar order', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      beforeEach(() => setViewport({ width, height: 800 }));

      it('shows Previous before Next under a step, in English and in Arabic, and Tab goes from Previous to Next', async () => {
        const el = await mount();
        // The step change ends with focus on the new step's heading: the customer tabs from there on.
        const changed = oneEvent(el, 'repair-request-step-change');
        await completeDevice(el);
        await changed;
        expect(heading(el)).to.equal('Malfunction');
        expectSeenInOrder(shellBar(el), 'ltr', 'en');
        shellBar(el).previous.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(shellBar(el).next);
        await speak(el, 'ar');
        expectSeenInOrder(shellBar(el), 'rtl', 'ar');
      });

      it('shows Previous before Submit on the Submit step, in English and in Arabic', async () => {
        const el = await mount(html`<repair-request lang="en" .addresses=${[homeAddress]}></repair-request>`);
        await completeToSummary(el);
        expect(heading(el)).to.equal('Check your request');
        expectSeenInOrder(submitBar(el), 'ltr', 'en');
        await speak(el, 'ar');
        expectSeenInOrder(submitBar(el), 'rtl', 'ar');
      });
    });
  }
});
