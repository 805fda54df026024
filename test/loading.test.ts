/**
 * What a page downloads, and when: the first step shows without the code that
 * only later steps or optional host inputs need. Runs in a page of its own, so
 * the browser's resource list shows what this file's widgets asked for.
 * (The production sizes are checked by `npm run size`.)
 */
import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { check, completeDevice, completeMalfunction, heading, isAccessible, mount, next, stepRoot, text } from './helpers.js';
import { acme } from './vendor.js';

// The dev server serves every module of the dependencies as a file of its own
// (libphonenumber-js and jsvat alone are hundreds): keep every entry, not the
// browser's default 250.
performance.setResourceTimingBufferSize(10_000);

/** Whether the page has requested a module whose URL contains `path`. */
const requested = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(path));

describe('<repair-request> loading on demand', () => {
  it('shows the first step without the configuration check, the address rules or the IndexedDB drafts', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Your device');
    expect(requested('/src/steps/device-step.')).to.be.true;
    expect(requested('/src/config/validate-config.')).to.be.false;
    expect(requested('/src/schema/address-rules.')).to.be.false;
    expect(requested('/src/schema/postal.')).to.be.false;
    expect(requested('/src/submit/indexeddb-drafts.')).to.be.false;
    expect(requested('/src/submit/client.')).to.be.false;
  });

  it('checks a host configuration before showing the form with it', async () => {
    const el = await mount(html`<repair-request lang="en" .config=${acme}></repair-request>`);
    expect(requested('/src/config/validate-config.')).to.be.true;
    expect(heading(el)).to.equal('Your device');
    await completeDevice(el);
    expect(text(el)).to.contain('Acme Care');
  });

  it('loads the address rules by the time the Address step opens, and checks the saved addresses with them', async () => {
    const saved = [
      { id: 'home', recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' },
      { id: 'bad', recipient: 'Nobody', line1: '1 rue', postalCode: '123', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' },
    ];
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); };
    try {
      const el = await mount(html`<repair-request lang="en" .addresses=${saved}></repair-request>`);
      await completeDevice(el);
      await completeMalfunction(el);
      await check(el, 'Complete product set');
      await next(el);
      expect(requested('/src/schema/address-rules.')).to.be.true;
      expect(heading(el)).to.equal('Confirm your return address');
      expect(text(el)).to.contain('Jeanne Martin');
      expect(text(el)).not.to.contain('Nobody');
      expect(errors.join('\n')).to.contain('addresses.1.postalCode');
    } finally {
      console.error = original;
    }
  });

  it('builds the next step ahead, hidden, and shows that same element on Next', async () => {
    const el = await mount();
    const malfunction = () => el.shadowRoot!.querySelector('repair-request-malfunction-step');
    await waitUntil(malfunction, 'the Malfunction step is built while the customer is on the Device step', { timeout: 5000 });
    const ahead = malfunction()!;
    const panel = ahead.closest<HTMLElement>('[hidden]')!;
    expect(panel, 'hidden while built ahead').to.exist;
    expect(panel.inert, 'out of reach of keyboard and screen readers').to.equal(true);
    expect(getComputedStyle(panel).visibility).to.equal('hidden');
    expect(panel.getBoundingClientRect().height, 'takes no room on the page').to.equal(0);
    const bottom = el.getBoundingClientRect().bottom + window.scrollY;
    expect(document.documentElement.scrollHeight, 'adds nothing to scroll to').to.be.at.most(Math.ceil(bottom) + 16);
    const before = el.getBoundingClientRect().height;
    expect(heading(el)).to.equal('Your device');
    await isAccessible(el);
    await completeDevice(el);
    expect(heading(el)).to.equal('Malfunction');
    expect(malfunction()).to.equal(ahead);
    expect(ahead.closest('[hidden]')).to.equal(null);
    expect(el.getBoundingClientRect().height, 'the longer step now takes its room').to.be.greaterThan(before);
    expect(el.shadowRoot!.querySelector('repair-request-device-step')!.closest('[hidden]'), 'the Device step waits, hidden').to.exist;
  });

  describe('a step built ahead, hidden', () => {
    /** The element that has focus, through the shadow roots. */
    const focused = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    /** Every accessible name in Chromium's accessibility tree of the page, as assistive technology reads it. */
    const accessibleNames = async () =>
      ((await executeServerCommand('accessibility-tree')) as { name: string }[]).map((node) => node.name);

    it('is out of the tab order, out of reach of focus and out of the accessibility tree, until Next shows it', async () => {
      const el = await mount();
      const malfunction = () => el.shadowRoot!.querySelector('repair-request-malfunction-step');
      await waitUntil(malfunction, 'the Malfunction step is built while the customer is on the Device step', { timeout: 5000 });
      // Laid out while hidden, then kept so (content-visibility): both states are out of reach.
      for (let i = 0; i < 3; i++) await nextFrame();
      const hidden = malfunction()!;
      const inHidden = () => { const f = focused(); return !!f && (f === hidden || hidden.shadowRoot!.contains(f)); };

      hidden.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      expect(inHidden(), 'a script cannot focus into it').to.equal(false);

      stepRoot(el).querySelector<HTMLElement>('h2')!.focus();
      const seen = new Set<Element>();
      for (let i = 0; i < 40 && el.matches(':focus-within'); i++) {
        await sendKeys({ press: 'Tab' });
        expect(inHidden(), 'Tab never goes into it').to.equal(false);
        seen.add(focused()!);
      }
      expect(seen.size, 'Tab went through the Device step and out of the widget').to.be.greaterThan(5);

      const question = 'Which service do you need?';
      expect(await accessibleNames(), 'screen readers do not find it').not.to.include(question);
      await completeDevice(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(await accessibleNames(), 'shown, it is there').to.include(question);
    });
  });
});
