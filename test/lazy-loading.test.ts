/**
 * When code the widget loads on demand cannot be downloaded (a flaky network, a
 * deployment that removed an old chunk): what the customer sees, that nothing
 * typed is lost, that nothing is sent twice, and that trying again works once
 * the network is back. Each test runs the widget in a page of its own
 * (test/support/frame.ts), whose downloads the test makes fail.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, SuccessDetail } from '../src/events.js';
import {
  check, completeDevice, completeMalfunction, completeToSummary, control, heading, homeAddress, press, select, stepRoot, text,
  type Widget,
} from './helpers.js';
import { failDownloads, framedWidget, isAccessibleInFrame } from './support/frame.js';
import { acme } from './vendor.js';

const ENDPOINT = '/api/repair-requests';
let serial = 0;
const newKey = () => `lazy-loading-${Date.now()}-${serial++}`;

/** How many cases the receiver has stored. */
const storedCases = async () => ((await (await fetch('/api/__cases')).json()) as { count: number }).count;

/** The confirmation's words (the full view, or the shell's plain version). */
const confirmationText = (el: Widget) =>
  (el.shadowRoot!.querySelector('repair-request-confirmation, repair-request-confirmation-fallback')?.shadowRoot ?? el.shadowRoot!).textContent!.replace(/\s+/g, ' ');

/** Every `repair-request-error` the widget fires. */
function errorsOf(el: Widget) {
  const list: ErrorDetail[] = [];
  el.addEventListener('repair-request-error', (e) => list.push((e as CustomEvent<ErrorDetail>).detail));
  return list;
}

/** Whether the frame's page has requested a module whose path contains `path`. */
const requested = (frame: HTMLIFrameElement, path: string) => frame.contentWindow!.performance.getEntriesByType('resource')
  .some((entry) => new URL(entry.name).pathname.includes(path));

/** The widget's "could not be loaded" alert, or ''. */
const loadError = (el: Widget) => el.shadowRoot!.querySelector('.load-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const PART_FAILED = 'This part of the form could not be loaded. Check your connection and try again. If it still does not load, reload the page.';

const busyText = (el: Widget) => stepRoot(el).querySelector('.busy-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => failDownloads());

describe('<repair-request> when code loaded on demand cannot be downloaded', () => {
  // Chromium keeps a failed import() failed for the life of the page (whatwg/html#10327 is not in it yet), so
  // "try again" may take a reload there: the draft brings back what was typed.
  describe('a step, or what it needs to open', () => {
    const cases = [
      {
        what: 'the step itself', fail: '/src/steps/malfunction-step', lang: 'en', next: 'Next', resume: 'Resume your request',
        answer: (el: Widget) => completeDevice(el), message: PART_FAILED,
      },
      {
        what: 'its part of the language', fail: '/src/generated/locales/fr/malfunction', lang: 'fr', next: 'Suivant',
        resume: 'Reprendre votre demande', message: 'Cette partie du formulaire n’a pas pu être chargée. Vérifiez votre connexion '
          + 'et réessayez. Si elle ne se charge toujours pas, rechargez la page.',
        answer: async (el: Widget) => {
          await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'fr', 'renders in French');
          await select(el, 'Zone', 'Europe');
          await select(el, 'Pays/région', 'France');
          await check(el, 'Choisir le modèle du produit');
          await select(el, 'Modèle du produit', 'Mavic Mini - The Everyday FlyCam');
          await press(el, 'Suivant');
        },
      },
      {
        // Loaded right after the first paint: Next waits for it, and says so when it cannot come.
        what: 'the checking code (the schema and zod)', fail: '/src/flow/flow.', lang: 'en', next: 'Next', resume: 'Resume your request',
        answer: (el: Widget) => completeDevice(el), message: PART_FAILED,
      },
      {
        // The first step paints with the default's Device part; the rest comes with the checking code.
        what: 'the default configuration’s later parts', fail: '/src/config/default-config', lang: 'en', next: 'Next',
        resume: 'Resume your request', answer: (el: Widget) => completeDevice(el), message: PART_FAILED,
      },
      {
        what: 'the address rules', fail: '/src/schema/address-rules', lang: 'en', next: 'Next', resume: 'Resume your request',
        answer: async (el: Widget) => {
          await completeDevice(el);
          await completeMalfunction(el);
          await check(el, 'Defective component');
          await press(el, 'Next');
        },
        message: PART_FAILED,
      },
    ];
    for (const c of cases) {
      it(`says so when ${c.what} cannot be downloaded, keeps the answers, and opens it once the network is back`, async () => {
        await failDownloads(c.fail);
        const framed = await framedWidget({ lang: c.lang, persist: 'session', 'draft-key': newKey() }, { addresses: [homeAddress] });
        let el = framed.el;
        await c.answer(el);
        const stuck = heading(el);
        expect(loadError(el)).to.equal(c.message);
        expect(el.shadowRoot!.querySelector('.load-error')!.getAttribute('role')).to.equal('alert');
        await isAccessibleInFrame(framed);

        await failDownloads();
        el = await framed.reload();
        await press(el, c.resume);
        await waitUntil(() => heading(el) === stuck, 'back where the customer was');
        await press(el, c.next);
        await waitUntil(() => heading(el) !== stuck, 'the next step opens');
        expect(loadError(el)).to.equal('');
      });
    }
  });

  describe('the contact form', () => {
    it('says so, stays on the request, and opens once the network is back', async () => {
      await failDownloads('/src/contact/contact-form');
      const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': newKey() });
      let el = framed.el;
      await select(el, 'Zone', 'Europe');
      await press(el, 'Can’t complete the request online? Contact support');
      expect(loadError(el)).to.equal(PART_FAILED);
      expect(heading(el)).to.equal('Your device');
      expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('europe');

      await failDownloads();
      el = await framed.reload();
      await press(el, 'Resume your request');
      await press(el, 'Can’t complete the request online? Contact support');
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form'), 'the contact form opens');
    });
  });

  describe('the configuration check', () => {
    it('says the form could not be loaded (not that it is misconfigured), and shows it once the network is back', async () => {
      await failDownloads('/src/config/validate-config');
      const framed = await framedWidget({ lang: 'en' }, { config: acme });
      let el = framed.el;
      await waitUntil(() => text(el).includes('could not be loaded'), 'the problem shows');
      expect(text(el)).to.contain('This form could not be loaded. Check your connection, then reload the page.');
      expect(text(el)).not.to.contain('not configured correctly');
      await isAccessibleInFrame(framed);

      await failDownloads();
      el = await framed.reload();
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-device-step'), 'the form shows');
      expect(heading(el)).to.equal('Your device');
    });
  });

  describe('the storage of drafts kept across browser restarts (persist="local")', () => {
    it('keeps the draft in the tab meanwhile, so a reload loses nothing', async () => {
      await failDownloads('/src/submit/indexeddb-drafts');
      const key = newKey();
      const framed = await framedWidget({ lang: 'en', persist: 'local', 'draft-key': key });
      let el = framed.el;
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await waitUntil(() => sessionStorage.getItem(`repair-request:draft:${key}`)?.includes('"FR"'), 'kept in the tab');

      el = await framed.reload();
      await press(el, 'Resume your request');
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');

      // Once the code loads, the draft moves to IndexedDB, across browser restarts.
      await failDownloads();
      el = await framed.reload();
      await press(el, 'Resume your request');
      await select(el, 'Country/region', 'Germany');
      await waitUntil(() => sessionStorage.getItem(`repair-request:draft:${key}`) === null, 'moved out of the tab');
      el = await framed.reload();
      await press(el, 'Resume your request');
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('DE');
      await el.reset();
    });
  });

  describe('the Resume choice, loaded with the drafts code after the first paint', () => {
    it('is not needed to fill the form in, and the saved draft is offered once the network is back', async () => {
      const key = newKey();
      const stored = () => sessionStorage.getItem(`repair-request:draft:${key}`) ?? '';
      const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': key });
      let el = framed.el;
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await waitUntil(() => stored().includes('"FR"'), 'the draft is saved');

      await failDownloads('/src/ui/resume-banner.ts', '/src/ui/resume-banner.js');
      el = await framed.reload();
      await waitUntil(() => requested(framed.frame, '/src/ui/resume-banner'), 'the drafts code is asked for after the first paint');
      // Without it the form works, and what is typed does not replace the draft saved before.
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'Germany');
      expect(heading(el)).to.equal('Your device');
      expect(el.shadowRoot!.querySelector('[part="resume-banner"]')).to.equal(null);
      expect(loadError(el)).to.equal('');
      expect(stored()).to.include('"FR"');

      await failDownloads();
      el = await framed.reload();
      await press(el, 'Resume your request');
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
      await el.reset();
    });
  });

  describe('the code that gives a page\'s form the request', () => {
    it('keeps the form from being sent without it, and gives the request once the network is back', async () => {
      await failDownloads('/src/submit/form-value');
      const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': newKey(), name: 'repair', form: 'page-form' },
        { addresses: [homeAddress] });
      // The page's form, which the widget names by its id.
      const pageForm = () => {
        const form = framed.frame.contentDocument!.createElement('form');
        form.id = 'page-form';
        framed.frame.contentDocument!.body.append(form);
        return form;
      };
      let el = framed.el;
      let form = pageForm();
      await completeToSummary(el);
      await check(el, 'I have read and accept');
      await waitUntil(() => requested(framed.frame, '/src/submit/form-value'), 'the code is asked for');
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).get('repair')).to.equal(null);

      await failDownloads();
      el = await framed.reload();
      form = pageForm();
      await press(el, 'Resume your request');
      await waitUntil(() => form.checkValidity(), 'the complete request is the form\'s value');
      expect(JSON.parse(new FormData(form).get('repair') as string).submit.termsAccepted).to.equal(true);
      await el.reset();
    });
  });

  describe('the confirmation, after the request was stored', () => {
    it('still shows the case number and the next steps, stores one case, and shows them again after a reload', async () => {
      const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': newKey(), endpoint: ENDPOINT }, { addresses: [homeAddress] });
      // From the start, the confirmation's code cannot be downloaded (a deployment removed it).
      await failDownloads('/src/confirmation/confirmation-view');
      let el = framed.el;
      await completeToSummary(el);
      await check(el, 'I have read and accept');
      const before = await storedCases();
      const errors = errorsOf(el);
      const stored = oneEvent(el, 'repair-request-success');
      await press(el, 'Submit');
      const { caseNumber } = (await stored).detail as SuccessDetail;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(confirmationText(el)).to.contain('Request sent!');
      expect(confirmationText(el)).to.contain(caseNumber);
      expect(confirmationText(el)).to.contain('Send your product in time');
      expect(text(el)).not.to.contain('not sent');
      expect(await storedCases()).to.equal(before + 1);
      await isAccessibleInFrame(framed);

      el = await framed.reload();
      expect(confirmationText(el)).to.contain(caseNumber);
      expect(el.shadowRoot!.querySelector('repair-request-confirmation'), 'still the plain version').to.equal(null);

      // Once the code can be downloaded again, a reload shows the full confirmation with its case form.
      await failDownloads();
      el = await framed.reload();
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation'), 'the full confirmation');
      await el.shadowRoot!.querySelector('repair-request-confirmation')!.updateComplete;
      expect(confirmationText(el)).to.contain(caseNumber);
      expect(confirmationText(el)).to.contain('Your case form');
      expect(await storedCases()).to.equal(before + 1);
    });
  });

  describe('the code that sends the request', () => {
    it('is not needed to wait while offline: Submit offline, then online, sends exactly one request', async () => {
      const framed = await framedWidget({ lang: 'en', persist: 'none', endpoint: ENDPOINT, 'retry-delay': '20' }, { addresses: [homeAddress] });
      // Offline: nothing can be downloaded.
      framed.setOnline(false);
      await failDownloads('/src/submit/client', '/src/submit/submitter', '/src/confirmation/confirmation-view');
      const { el } = framed;
      await completeToSummary(el);
      await check(el, 'I have read and accept');
      const before = await storedCases();
      const errors = errorsOf(el);
      await press(el, 'Submit');
      expect(busyText(el)).to.equal('You are offline. Your request will be sent when your connection is back.');
      expect(errors.map((e) => [e.reason, e.willRetry])).to.deep.equal([['offline', true]]);

      const stored = oneEvent(el, 'repair-request-success');
      await failDownloads();
      framed.setOnline(true);
      const { caseNumber } = (await stored).detail as SuccessDetail;
      await el.updateComplete;
      expect(confirmationText(el)).to.contain(caseNumber);
      expect(await storedCases()).to.equal(before + 1);
    });

    it('is downloaded on the Submit step, so Submit works after the connection drops', async () => {
      const framed = await framedWidget({ lang: 'en', persist: 'none', endpoint: ENDPOINT, 'retry-delay': '20' }, { addresses: [homeAddress] });
      const { el, frame } = framed;
      await completeToSummary(el);
      await check(el, 'I have read and accept');
      await waitUntil(() => requested(frame, '/src/submit/client.') && requested(frame, '/src/submit/submitter.')
        && frame.contentWindow!.customElements.get('repair-request-confirmation'), 'the code that sends and confirms is fetched on the Submit step');
      // The connection drops: from now on nothing can be downloaded until it is back.
      framed.setOnline(false);
      await failDownloads('/src/');
      const before = await storedCases();
      await press(el, 'Submit');
      expect(busyText(el)).to.contain('You are offline.');
      const stored = oneEvent(el, 'repair-request-success');
      await failDownloads();
      framed.setOnline(true);
      const { caseNumber } = (await stored).detail as SuccessDetail;
      expect(await storedCases()).to.equal(before + 1);
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation'), 'the full confirmation');
      await el.shadowRoot!.querySelector('repair-request-confirmation')!.updateComplete;
      expect(confirmationText(el)).to.contain(caseNumber);
    });
  });
});
