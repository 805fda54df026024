import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  back, check, completeDevice, completeMalfunction, completeToSummary, control, fill, heading, homeAddress, isAccessible,
  mount, next, press, select, stepRoot, summaryErrors,
} from './helpers.js';

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
});
