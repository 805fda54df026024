import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defaultConfig } from '../src/config/default-config.js';
import type { RepairRequestErrorEvent } from '../src/events.js';
import {
  attachFile, back, check, completeDevice, completeMalfunction, completeToSummary, control, dateValue, describeProblem, fieldError, fill, fillDate, groupError, heading, homeAddress,
  hasGroup, isAccessible, mount, next, press, screenPosition, select, settle, stepRoot, summaryErrors, text, toPurchase, type Widget,
} from './helpers.js';

import { DRAFT_PREFIX as PREFIX, localDraft } from './support/stored-drafts.js';
let serial = 0;
/** A draft key of its own for each test, so no test sees another's draft. */
const newKey = () => `drafts-test-${Date.now()}-${serial++}`;

/** The draft saved in the tab's session storage, as stored (`null` if it is not JSON). */
function sessionDraft(key: string) {
  const json = sessionStorage.getItem(PREFIX + key);
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

const widget = (key: string, persist = 'session') =>
  mount(html`<repair-request lang="en" draft-key=${key} persist=${persist} endpoint="/api/repair-requests"
    .addresses=${[homeAddress]}></repair-request>`);

/** Removes the widget, as a reload would, and shows a new one with the same draft key once it has looked for a draft. */
async function reload(el: Widget, persist = 'session') {
  const key = el.getAttribute('draft-key')!;
  el.remove();
  const again = await widget(key, persist);
  await settle(again);
  return again;
}

/** The confirmation's words (in its own shadow root, or the shell's plain version). */
const confirmationText = (el: Widget) =>
  (el.shadowRoot!.querySelector('repair-request-confirmation, repair-request-confirmation-fallback')?.shadowRoot ?? el.shadowRoot!).textContent!.replace(/\s+/g, ' ');
const banner = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part="resume-banner"]');
const selected = (el: Widget, label: string) => control<HTMLSelectElement>(el, label).selectedOptions[0]?.textContent?.trim();
const focusedHeading = (el: Widget) => stepRoot(el).activeElement?.localName === 'h2';

/** Answers the Device step and part of the Malfunction step, then waits until the draft is saved. */
async function startRequest(el: Widget) {
  await completeDevice(el);
  await check(el, 'Repair');
  await check(el, 'Gimbal and camera malfunction');
  await next(el);
  await fill(el, 'Describe your problem', 'The gimbal shakes after a firmware update.');
  await check(el, 'I contacted online support');
  await toPurchase(el);
  await select(el, 'Purchase channel', 'Authorised retailer');
  await fillDate(el, 'Date of receipt', '2024-05-10');
  const key = el.getAttribute('draft-key')!;
  await waitUntil(() => sessionDraft(key)?.draft?.malfunction?.receivedOn === '2024-05-10', 'the draft is saved');
}

/** Records console warnings for one test. */
function recordWarnings() {
  const real = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => { warnings.push(args); };
  return { warnings, restore: () => { console.warn = real; } };
}

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

describe('<repair-request> drafts', () => {
  describe('while the customer types', () => {
    it('saves every answer, the step and the idempotency key in the tab, after a pause', async () => {
      const key = newKey();
      const el = await widget(key);
      await startRequest(el);
      const saved = sessionDraft(key);
      expect(saved.step).to.equal('malfunction');
      expect(saved.draft.device).to.include({ zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' });
      expect(saved.draft.malfunction).to.deep.include({
        serviceType: 'repair', description: 'The gimbal shakes after a firmware update.', purchaseChannel: 'authorised-retailer',
      });
      expect(saved.idempotencyKey).to.equal(el.idempotencyKey);
      expect(saved.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    });

    it('saves nothing for a form nobody touched', async () => {
      const key = newKey();
      const el = await widget(key);
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      await settle(el);
      expect(sessionDraft(key)).to.equal(undefined);
    });

    it('saves at once when the page is hidden', async () => {
      const key = newKey();
      const el = await widget(key);
      await select(el, 'Zone', 'Europe');
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(() => sessionDraft(key)?.draft?.device?.zone === 'europe', 'saved without waiting for the pause');
    });
  });

  describe('after a reload', () => {
    it('offers to resume the request or start over, saying when it was saved', async () => {
      const key = newKey();
      const first = await widget(key);
      await startRequest(first);
      const el = await reload(first);
      const region = banner(el)!;
      expect(region).to.exist;
      expect(region.localName).to.equal('section');
      expect(region.querySelector('h2')!.textContent!.trim()).to.equal('Unfinished repair request');
      const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(sessionDraft(key).savedAt);
      expect(text(el)).to.include(`You have an unfinished repair request from ${when}.`);
      expect([...region.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Resume your request', 'Start over']);
      // The form waits for the choice, and the saved draft is not overwritten meanwhile.
      expect(el.shadowRoot!.querySelector('[part="steps"]')).to.equal(null);
      await isAccessible(el);
    });

    it('offers the choice in the widget\'s language, with the date written for it', async () => {
      const key = newKey();
      const first = await widget(key);
      await startRequest(first);
      first.remove();
      const el = await mount(html`<repair-request lang="fr" draft-key=${key}></repair-request>`);
      const when = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short' }).format(sessionDraft(key).savedAt);
      await waitUntil(() => text(el).includes(`enregistrée le ${when}`), 'the choice shows in French');
      expect([...banner(el)!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Reprendre votre demande', 'Recommencer']);
      await isAccessible(el);
    });

    it('Resume restores every answer and the step exactly, and focuses the step heading', async () => {
      const key = newKey();
      const first = await widget(key);
      await startRequest(first);
      const el = await reload(first);
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction', 'the Malfunction step shows');
      expect(focusedHeading(el)).to.equal(true);
      // The screen the customer was answering: the proof of purchase.
      expect(screenPosition(el)).to.equal('Part 4 of 5');
      expect(selected(el, 'Purchase channel')).to.equal('Authorised retailer');
      expect(dateValue(el, 'Date of receipt')).to.equal('2024-05-10');
      await back(el);
      expect(hasGroup(el, 'Photos of the damage'), 'the photos of the damage').to.equal(true);
      await back(el);
      expect(control(el, 'Describe your problem').value).to.equal('The gimbal shakes after a firmware update.');
      await back(el);
      expect(control(el, 'Repair').checked).to.equal(true);
      expect(control(el, 'Gimbal and camera malfunction').checked).to.equal(true);
      await back(el);
      expect(heading(el)).to.equal('Your device');
      expect(selected(el, 'Zone')).to.equal('Europe');
      expect(selected(el, 'Country/region')).to.equal('France');
      expect(control(el, 'Choose the product model').checked).to.equal(true);
      expect(selected(el, 'Product model')).to.equal('Mavic Mini - The Everyday FlyCam');
      await isAccessible(el);
    });

    it('Resume brings back the errors shown and the idempotency key', async () => {
      const key = newKey();
      const first = await widget(key);
      await completeDevice(first);
      await check(first, 'Repair');
      await next(first); // Next with missing answers: every error of the step shows
      const errors = summaryErrors(first);
      expect(errors).not.to.be.empty;
      const idempotencyKey = first.idempotencyKey;
      await waitUntil(() => sessionDraft(key)?.attempted?.includes('malfunction'), 'the draft is saved');
      const el = await reload(first);
      expect(el.idempotencyKey).not.to.equal(idempotencyKey);
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction');
      expect(summaryErrors(el)).to.deep.equal(errors);
      expect(groupError(el, 'Hardware problem')).not.to.equal('');
      expect(el.idempotencyKey).to.equal(idempotencyKey);
      await isAccessible(el);
    });

    it('Start over forgets the draft and shows the first step, empty and focused', async () => {
      const key = newKey();
      const first = await widget(key);
      await startRequest(first);
      const el = await reload(first);
      const idempotencyKey = sessionDraft(key).idempotencyKey;
      await press(el, 'Start over');
      await waitUntil(() => sessionDraft(key) === undefined, 'the draft is forgotten');
      expect(heading(el)).to.equal('Your device');
      expect(focusedHeading(el)).to.equal(true);
      expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('');
      expect(el.idempotencyKey).not.to.equal(idempotencyKey);
      // A new draft starts with the next answer.
      await select(el, 'Zone', 'Europe');
      await waitUntil(() => sessionDraft(key)?.draft?.device?.zone === 'europe');
      expect(sessionDraft(key).draft.malfunction).to.equal(undefined);
    });

    it('forgets a draft older than 30 days without a word', async () => {
      const key = newKey();
      const first = await widget(key);
      await startRequest(first);
      const saved = sessionDraft(key);
      sessionStorage.setItem(PREFIX + key, JSON.stringify({ ...saved, savedAt: Date.now() - 31 * 24 * 3600 * 1000 }));
      const logged = recordWarnings();
      restore.push(logged.restore);
      const el = await reload(first);
      expect(banner(el)).to.equal(null);
      expect(heading(el)).to.equal('Your device');
      await waitUntil(() => sessionDraft(key) === undefined, 'the old draft is removed');
      expect(logged.warnings).to.be.empty;
    });
  });

  describe('with an attached file', () => {
    const invoice = () => new File([new Uint8Array(2048)], 'invoice.pdf', { type: 'application/pdf' });

    it('keeps the file across a browser restart with persist="local" (IndexedDB)', async () => {
      const key = newKey();
      const first = await widget(key, 'local');
      await completeDevice(first);
      await describeProblem(first);
      await toPurchase(first);
      await attachFile(first, 'Upload a proof of purchase', invoice());
      await waitUntil(async () => (await localDraft(key))?.draft?.malfunction?.proofOfPurchase instanceof File, 'the draft is saved');
      expect(sessionDraft(key)).to.equal(undefined);
      const el = await reload(first, 'local');
      expect(banner(el)).to.exist;
      expect(text(el)).not.to.include('could not be kept');
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction');
      expect(text(el)).to.include('Attached: invoice.pdf (2 kB)');
      await el.reset();
      await waitUntil(async () => (await localDraft(key)) === undefined, 'the draft is forgotten');
    });

    it('asks for the file again when the draft is kept in the tab only', async () => {
      const key = newKey();
      const first = await widget(key);
      await completeDevice(first);
      await describeProblem(first);
      await toPurchase(first);
      await attachFile(first, 'Upload a proof of purchase', invoice());
      await waitUntil(() => sessionDraft(key)?.draft?.malfunction?.serviceType === 'repair', 'the draft is saved');
      expect(sessionDraft(key).draft.malfunction.proofOfPurchase).to.equal(undefined);
      const el = await reload(first);
      expect(text(el)).to.include('The attached file “invoice.pdf” could not be kept: please attach it again.');
      await isAccessible(el);
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction');
      expect(text(el)).not.to.include('Attached: invoice.pdf');
      // Resume opens the screen where the file is to be attached again, which names it beside the field.
      expect(screenPosition(el)).to.match(/^Part 4 of/);
      expect(text(el)).to.include('The attached file “invoice.pdf” could not be kept: please attach it again.');
      await isAccessible(el);
      while (!screenPosition(el).startsWith('Part 1 of')) await back(el);
      expect(control(el, 'Repair').checked).to.equal(true);
    });
  });

  describe('with two widgets on one page', () => {
    it('keeps each draft under its own draft-key', async () => {
      const [a, b] = [newKey(), newKey()];
      const page = await fixture<HTMLElement>(html`<div>
        <repair-request lang="en" draft-key=${a}></repair-request>
        <repair-request lang="en" draft-key=${b}></repair-request>
      </div>`);
      const [first, second] = page.querySelectorAll('repair-request');
      await settle(first!);
      await select(first!, 'Zone', 'Europe');
      await select(second!, 'Zone', 'North America');
      await waitUntil(() => sessionDraft(a)?.draft?.device?.zone === 'europe' && sessionDraft(b)?.draft?.device?.zone === 'north-america');
      first!.remove();
      second!.remove();
      for (const [key, zone] of [[a, 'Europe'], [b, 'North America']] as const) {
        const el = await widget(key);
        await waitUntil(() => banner(el), 'the draft is offered');
        await press(el, 'Resume your request');
        expect(selected(el, 'Zone')).to.equal(zone);
      }
    });
  });

  describe('when storage fails', () => {
    it('carries on without a draft when session storage is full, with one console warning', async () => {
      const setItem = Storage.prototype.setItem;
      let calls = 0;
      Storage.prototype.setItem = function () {
        calls++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      restore.push(() => { Storage.prototype.setItem = setItem; });
      const logged = recordWarnings();
      restore.push(logged.restore);
      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      restore.push(() => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onError); });

      const el = await widget(newKey());
      await select(el, 'Zone', 'Europe');
      await waitUntil(() => logged.warnings.length === 1, 'a warning');
      expect(String(logged.warnings[0]![0])).to.include('the draft cannot be saved');
      expect(calls).to.equal(1);
      await select(el, 'Country/region', 'France');
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'Mavic Mini - The Everyday FlyCam');
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      window.dispatchEvent(new Event('pagehide'));
      await settle(el);
      expect(calls).to.equal(1);
      expect(logged.warnings).to.have.length(1);
      expect(thrown).to.be.empty;
    });

    it('carries on without a draft when IndexedDB cannot be opened', async () => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      restore.push(() => { IDBFactory.prototype.open = open; });
      const logged = recordWarnings();
      restore.push(logged.restore);
      const el = await widget(newKey(), 'local');
      await waitUntil(() => logged.warnings.length === 1, 'a warning');
      await completeDevice(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(logged.warnings).to.have.length(1);
    });

    for (const [what, stored] of [
      ['corrupted', '{"version":1,"step":"dev'],
      ['from another version', JSON.stringify({ version: 99, savedAt: Date.now(), step: 'device', draft: {} })],
    ] as const) {
      it(`ignores a ${what} draft with a warning`, async () => {
        const key = newKey();
        sessionStorage.setItem(PREFIX + key, stored);
        const logged = recordWarnings();
        restore.push(logged.restore);
        const el = await widget(key);
        await waitUntil(() => logged.warnings.length === 1, 'a warning');
        expect(String(logged.warnings[0]![0])).to.include('a saved draft was ignored');
        await settle(el);
        expect(banner(el)).to.equal(null);
        await completeDevice(el);
        expect(heading(el)).to.equal('Malfunction');
        await waitUntil(() => sessionDraft(key)?.step === 'malfunction', 'a new draft replaces it');
      });
    }
  });

  describe('on the Address step', () => {
    for (const persist of ['session', 'local']) {
      it(`keeps the new address being typed across a reload (persist="${persist}")`, async () => {
        const key = newKey();
        const first = await mount(html`<repair-request lang="en" draft-key=${key} persist=${persist}></repair-request>`);
        await completeDevice(first);
        await completeMalfunction(first);
        await check(first, 'Defective component');
        await next(first);
        expect(heading(first)).to.equal('Confirm your return address');
        await fill(first, 'Recipient’s full name', 'Camille Martin');
        await fill(first, 'Address line 1', '12 rue de la Paix');
        await fill(first, 'Address line 2', 'Bâtiment B');
        await fill(first, 'Postal code', '7500');
        await fill(first, 'City', 'Paris');
        await fill(first, 'Phone number', '+33 1 23 45 67 89');
        await press(first, 'Save address');
        expect(fieldError(first, 'Postal code'), 'Save shows the error').not.to.equal('');
        const stored = () => (persist === 'local' ? localDraft(key) : Promise.resolve(sessionDraft(key)));
        await waitUntil(async () => (await stored())?.addressForm?.values?.phone === '+33 1 23 45 67 89', 'the draft is saved');

        first.remove();
        const el = await mount(html`<repair-request lang="en" draft-key=${key} persist=${persist}></repair-request>`);
        await settle(el);
        await press(el, 'Resume your request');
        await waitUntil(() => heading(el) === 'Confirm your return address', 'the Address step');
        expect(control(el, 'Recipient’s full name').value).to.equal('Camille Martin');
        expect(control(el, 'Address line 1').value).to.equal('12 rue de la Paix');
        expect(control(el, 'Address line 2').value).to.equal('Bâtiment B');
        expect(control(el, 'Postal code').value).to.equal('7500');
        expect(control(el, 'City').value).to.equal('Paris');
        expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
        expect(control(el, 'Phone number').value).to.equal('+33 1 23 45 67 89');
        expect(fieldError(el, 'Postal code'), 'the error shown before the reload').not.to.equal('');
        await fill(el, 'Postal code', '75002');
        await press(el, 'Save address');
        expect(text(el)).to.contain('The address was saved and selected.');
        await el.reset();
      });
    }
  });

  describe('when the request is submitted', () => {
    for (const persist of ['session', 'local']) {
      it(`shows the confirmation again after a reload (persist="${persist}"), until the customer starts a new request`, async () => {
        const key = newKey();
        const first = await widget(key, persist);
        await completeToSummary(first);
        await check(first, 'I have read and accept');
        const stored = oneEvent(first, 'repair-request-success');
        await press(first, 'Submit');
        const { caseNumber } = (await stored).detail as { caseNumber: string };
        expect(confirmationText(first)).to.contain(caseNumber);

        const el = await reload(first, persist);
        expect(banner(el)).to.equal(null);
        expect(confirmationText(el)).to.contain('Request sent!');
        expect(confirmationText(el)).to.contain(caseNumber);
        expect(confirmationText(el)).to.contain('Send your product in time');
        await isAccessible(el);

        await press(el, 'Start a new request');
        expect(heading(el)).to.equal('Your device');
        expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('');
        expect(stepRoot(el).activeElement?.localName).to.equal('h2');
        const fresh = await reload(el, persist);
        expect(banner(fresh)).to.equal(null);
        expect(heading(fresh)).to.equal('Your device');
        expect(persist === 'local' ? await localDraft(key) : sessionDraft(key)).to.equal(undefined);
      });
    }

    it('keeps the status link with its access token across a reload, and forgets it with the draft', async () => {
      const key = newKey();
      const config = { links: { ...defaultConfig.links, statusPage: '/demo/status.html' } };
      const open = () => mount(html`<repair-request lang="en" draft-key=${key} endpoint="/api/repair-requests"
        .config=${config} .addresses=${[homeAddress]}></repair-request>`);
      const statusLink = (el: Widget) => el.shadowRoot!.querySelector('repair-request-confirmation')?.shadowRoot
        ?.querySelector<HTMLAnchorElement>('.follow a')?.getAttribute('href');
      const first = await open();
      await completeToSummary(first);
      await check(first, 'I have read and accept');
      const stored = oneEvent(first, 'repair-request-success');
      await press(first, 'Submit');
      const { caseNumber, response } = (await stored).detail as { caseNumber: string; response: { accessToken: string } };
      await waitUntil(() => statusLink(first), 'the confirmation links to the status page');
      const link = `/demo/status.html#case=${caseNumber}&token=${response.accessToken}&lang=en`;
      expect(statusLink(first)).to.equal(link);

      first.remove();
      const el = await open();
      await settle(el);
      await waitUntil(() => statusLink(el), 'the confirmation shows again with its status link');
      expect(statusLink(el)).to.equal(link);
      expect(confirmationText(el)).to.contain(`/demo/status.html#case=${caseNumber}&lang=en`, 'the printed case form carries it too, without the token');
      expect(confirmationText(el)).not.to.contain(response.accessToken);

      await press(el, 'Start a new request');
      expect(JSON.stringify(sessionDraft(key) ?? null)).not.to.contain(response.accessToken);
    });

    it('keeps the draft when the submission fails', async () => {
      const real = window.fetch;
      window.fetch = async () => new Response('Down for maintenance', { status: 500 });
      restore.push(() => { window.fetch = real; });
      const key = newKey();
      const first = await widget(key);
      first.setAttribute('max-attempts', '1');
      await completeToSummary(first);
      await check(first, 'I have read and accept');
      await waitUntil(() => sessionDraft(key)?.draft?.submit?.termsAccepted === true, 'the draft is saved');
      const failed = oneEvent(first, 'repair-request-error') as Promise<RepairRequestErrorEvent>;
      await press(first, 'Submit');
      await failed;
      await settle(first);
      expect(sessionDraft(key)?.draft?.submit?.termsAccepted).to.equal(true);
      const el = await reload(first);
      await press(el, 'Resume your request');
      await waitUntil(() => stepRoot(el).querySelector('button.submit'), 'the summary shows');
      expect(control(el, 'I have read and accept').checked).to.equal(true);
    });
  });

  describe('reset()', () => {
    it('empties the form, forgets the draft, clears errors and returns to the first step', async () => {
      const key = newKey();
      const el = await widget(key);
      await startRequest(el);
      await back(el); // the photos
      await back(el);
      await fill(el, 'Describe your problem', '');
      await next(el);
      expect(summaryErrors(el)).not.to.be.empty;
      const steps: string[] = [];
      el.addEventListener('repair-request-step-change', (e) => steps.push(e.detail.step));
      await el.reset();
      expect(heading(el)).to.equal('Your device');
      expect(summaryErrors(el)).to.be.empty;
      expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('');
      expect(steps).to.deep.equal(['device']);
      await waitUntil(() => sessionDraft(key) === undefined, 'the draft is forgotten');
      const again = await reload(el);
      expect(banner(again)).to.equal(null);
      await isAccessible(again);
    });
  });
});
