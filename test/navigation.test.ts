import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  back, check, completeDevice, completeMalfunction, completeToSummary, control, describeProblem, fill, heading, homeAddress, isAccessible,
  mount, next, partsToSummary, press, screenPosition, select, stepElement, stepRoot, summaryErrors, toPurchase,
} from './helpers.js';
import { framedWidget, holdDownloads } from './support/frame.js';

/** The label of the shell's Next button. */
const nextLabel = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="next-button"]')!.textContent!.trim();

const steps = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<repair-request> navigation', () => {
  it('marks finished steps with a tick and says so to screen readers, not by colour alone', async () => {
    const el = await mount();
    await completeDevice(el);
    expect(steps(el)).to.deep.equal([
      '✓ Step 1 of 5: Device, completed', '2 Step 2 of 5: Malfunction', '3 Step 3 of 5: Parts', '4 Step 4 of 5: Address', '5 Step 5 of 5: Submit',
    ]);
    await isAccessible(el);
  });

  it('focuses the new step’s heading and brings it into view, though the widget starts below the fold', async () => {
    const page = await fixture<HTMLElement>(html`<div><div style="block-size: 300vh"></div><repair-request lang="en"></repair-request></div>`);
    const el = page.querySelector('repair-request')!;
    await el.updateComplete;
    window.scrollTo(0, 0);
    await completeDevice(el);
    const title = stepRoot(el).querySelector('h2')!;
    expect(heading(el)).to.equal('Malfunction');
    expect(stepRoot(el).activeElement).to.equal(title);
    await waitUntil(() => {
      const box = title.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, 'the heading is scrolled into view');
    page.remove();
    window.scrollTo(0, 0);
  });

  it('keeps the live region in every view, so step changes are always announced', async () => {
    const el = await mount();
    await press(el, 'Can’t complete the request online? Contact support');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')).to.exist;
  });

  it('keeps a half-typed new address when the customer goes back a step and returns', async () => {
    const el = await mount();
    await completeDevice(el);
    await completeMalfunction(el);
    await check(el, 'Defective component');
    await next(el);
    await fill(el, 'Recipient', 'Camille Martin');
    await fill(el, 'City', 'Lyon');
    await back(el);
    await next(el);
    expect(control(el, 'Recipient').value).to.equal('Camille Martin');
    expect(control(el, 'City').value).to.equal('Lyon');
    // A reset forgets it, with everything else.
    await el.reset();
    await completeDevice(el);
    await completeMalfunction(el);
    await check(el, 'Defective component');
    await next(el);
    expect(control(el, 'Recipient').value).to.equal('');
  });

  it('offers no Previous on the first step, even where the page styles the back-button part, and offers it after', async () => {
    const page = await fixture<HTMLElement>(html`<div><style>repair-request::part(back-button) { display: inline-block; }</style>
      <repair-request lang="en"></repair-request></div>`);
    const el = page.querySelector('repair-request')!;
    await el.updateComplete;
    const previous = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]');
    expect(previous?.checkVisibility() ?? false, 'no Previous on the first step').to.equal(false);
    await isAccessible(el);
    await completeDevice(el);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.checkVisibility(), 'Previous on the second step').to.equal(true);
    await back(el);
    expect(heading(el)).to.equal('Your device');
    page.remove();
  });

  it('builds the next step ahead without showing it, moving focus or scrolling the page', async () => {
    const page = await fixture<HTMLElement>(html`<div><repair-request lang="en"></repair-request><div style="block-size: 300vh"></div></div>`);
    const el = page.querySelector('repair-request')!;
    await el.updateComplete;
    const serial = control(el, 'Choose the product model');
    serial.focus();
    window.scrollTo(0, document.documentElement.scrollHeight);
    const built = () => el.shadowRoot!.querySelector('repair-request-malfunction-step');
    await waitUntil(built, 'the Malfunction step is built ahead');
    const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    await frames();
    const scrolled = window.scrollY;
    let scrolls = 0;
    const onScroll = () => scrolls++;
    window.addEventListener('scroll', onScroll);
    const sizes: number[] = [];
    const resized = new ResizeObserver((entries) => sizes.push(...entries.map((e) => e.contentRect.height)));
    resized.observe(el);
    // Once built, it is laid out (hidden) when the browser is idle: wait for two idle periods and frames after them.
    for (let i = 0; i < 2; i++) await new Promise((ok) => requestIdleCallback(ok));
    await frames();
    resized.disconnect();
    window.removeEventListener('scroll', onScroll);
    expect(built()!.checkVisibility(), 'the step built ahead is not shown').to.equal(false);
    expect(built()!.closest('[inert]'), 'nor reachable').to.exist;
    expect(sizes.length, 'the widget keeps its size').to.equal(1);
    expect(stepRoot(el).activeElement, 'focus stays').to.equal(serial);
    expect([window.scrollY, scrolls], 'the page does not scroll').to.deep.equal([scrolled, 0]);
    page.remove();
    window.scrollTo(0, 0);
  });

  describe('when a step is opened from the summary', () => {
    it('forgets the way back to the summary once the customer goes back a step instead', async () => {
      const el = await mount(html`<repair-request lang="en" .addresses=${[homeAddress]}></repair-request>`);
      await completeToSummary(el);
      await press(el, 'Change What you send');
      expect(el.shadowRoot!.querySelector('[part="next-button"]')!.textContent!.trim()).to.equal('Save and return to summary');
      await back(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(el.shadowRoot!.querySelector('[part="next-button"]')!.textContent!.trim()).to.equal('Next');
    });

    it('says Next as soon as an answer adds screens after the one shown, and "Save and return to summary" once it takes them away', async () => {
      const el = await mount(html`<repair-request lang="en" .addresses=${[homeAddress]}></repair-request>`);
      await completeDevice(el);
      await describeProblem(el, 'Crash damage');
      await toPurchase(el);
      await next(el);
      await next(el);
      await check(el, 'Product-related problem');
      await check(el, 'No, thanks');
      await next(el);
      await partsToSummary(el);
      await press(el, 'Change Data analysis');
      expect([screenPosition(el), nextLabel(el)]).to.deep.equal(['Part 6 of 6', 'Save and return to summary']);
      // Right after the change has rendered, not once the browser is idle.
      control(el, 'Request data analysis').click();
      await el.updateComplete;
      expect([screenPosition(el), nextLabel(el)], 'two screens follow: Next opens them').to.deep.equal(['Part 6 of 8', 'Next']);
      control(el, 'No, thanks').click();
      await el.updateComplete;
      expect([screenPosition(el), nextLabel(el)]).to.deep.equal(['Part 6 of 6', 'Save and return to summary']);
    });

    it('leads to a later step the edit made invalid before returning to the summary', async () => {
      const el = await mount(html`<repair-request lang="en" .addresses=${[homeAddress]}></repair-request>`);
      await completeToSummary(el);
      await press(el, 'Change Model');
      await select(el, 'Zone', 'North America');
      await select(el, 'Country/region', 'United States');
      await press(el, 'Save and return to summary');
      expect(heading(el)).to.equal('Confirm your return address');
      expect(summaryErrors(el).length).to.be.greaterThan(0);
    });
  });

  describe('when the next step’s code is slow to come', () => {
    afterEach(() => holdDownloads());

    it('says "Loading…", then shows the step with its heading focused, and Next (the tests’ helper) returns only then', async () => {
      // A page of its own: the Malfunction step's code is downloaded there for the first time, and held.
      await holdDownloads('/src/steps/malfunction');
      const { el } = await framedWidget({ lang: 'en' });
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'Mavic Mini - The Everyday FlyCam');
      const pressed = next(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.loading')?.textContent === 'Loading…', 'the form says it is loading', { timeout: 5000 });
      expect(heading(el)).to.equal('Your device');
      await holdDownloads(); // The step's code comes.
      await pressed;
      expect(heading(el)).to.equal('Malfunction');
      expect(el.shadowRoot!.activeElement, 'focus is in the new step').to.equal(stepElement(el));
      expect(stepRoot(el).activeElement, 'on its heading').to.equal(stepRoot(el).querySelector('h2'));
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
    });
  });
});
