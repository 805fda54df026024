/**
 * When code the widget loads on demand cannot be downloaded (a flaky network, a
 * deployment that removed an old chunk): what the customer sees, that nothing
 * typed is lost, that nothing is sent twice, and that trying again works once
 * the network is back. Each test runs the widget in a page of its own
 * (test/support/frame.ts), whose downloads the test makes fail.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, SuccessDetail } from '../src/events.js';
import { check, completeToSummary, homeAddress, press, stepRoot, text, type Widget } from './helpers.js';
import { failDownloads, framedWidget, isAccessibleInFrame } from './support/frame.js';

const ENDPOINT = '/api/repair-requests';
let serial = 0;
const newKey = () => `lazy-loading-${Date.now()}-${serial++}`;

/** How many cases the receiver has stored. */
const storedCases = async () => ((await (await fetch('/api/__cases')).json()) as { count: number }).count;

/** The confirmation's words (the full view, or the shell's plain version). */
const confirmationText = (el: Widget) =>
  (el.shadowRoot!.querySelector('repair-request-confirmation')?.shadowRoot ?? el.shadowRoot!).textContent!.replace(/\s+/g, ' ');

/** Every `repair-request-error` the widget fires. */
function errorsOf(el: Widget) {
  const list: ErrorDetail[] = [];
  el.addEventListener('repair-request-error', (e) => list.push((e as CustomEvent<ErrorDetail>).detail));
  return list;
}

/** Whether the frame's page has requested a module whose path contains `path`. */
const requested = (frame: HTMLIFrameElement, path: string) => frame.contentWindow!.performance.getEntriesByType('resource')
  .some((entry) => new URL(entry.name).pathname.includes(path));

const busyText = (el: Widget) => stepRoot(el).querySelector('.busy-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => failDownloads());

describe('<repair-request> when code loaded on demand cannot be downloaded', () => {
  describe('the confirmation, after the request was stored', () => {
    it('still shows the case number and the next steps, stores one case, and shows them again after a reload', async () => {
      const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': newKey(), endpoint: ENDPOINT }, [homeAddress]);
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
      const framed = await framedWidget({ lang: 'en', persist: 'none', endpoint: ENDPOINT, 'retry-delay': '20' }, [homeAddress]);
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
      const framed = await framedWidget({ lang: 'en', persist: 'none', endpoint: ENDPOINT, 'retry-delay': '20' }, [homeAddress]);
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
