/**
 * Sending the request, through <repair-request> and the real reference
 * receiver (mounted by web-test-runner.config.mjs at the test page's origin,
 * with fault injection: /api/__faults, /api/__reset, /api/__cases).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ErrorDetail, SubmitDetail, SuccessDetail } from '../src/events.js';
import {
  attachFile, check, completeDevice, completeMalfunction, control, fieldError, heading, homeAddress, isAccessible, mount, next, press,
  stepRoot, summaryErrors, type Widget, completeAddress } from './helpers.js';

const ENDPOINT = '/api/repair-requests';
const CASE_NUMBER = /CAS-\d{7}-[A-Z0-9]{6}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MB = 1024 * 1024;

interface StoredCase { caseNumber: string; idempotencyKey: string | null; files: { name: string; size: number; type: string }[] }

const receiver = {
  async faults(settings: Record<string, number>) {
    const response = await fetch('/api/__faults', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings),
    });
    expect(response.status).to.equal(200);
  },
  /** Clears the faults; resolves with the reset's `mark` (the time it happened). */
  async reset() {
    return ((await (await fetch('/api/__reset', { method: 'POST' })).json()) as { mark: string }).mark;
  },
  /** When this test began (its reset): the receiver keeps the cases of every test and file of the run. */
  since: '',
  /** The cases this test stored: only those are read, however many the run stored before. */
  async cases() {
    return ((await (await fetch(`/api/__cases?since=${encodeURIComponent(receiver.since)}`)).json()) as { cases: StoredCase[] }).cases;
  },
};

/** A PDF of `size` bytes, as the receiver recognises one. */
const pdf = (size = 2048, name = 'receipt.pdf') => {
  const head = new TextEncoder().encode('%PDF-1.4\n');
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name, { type: 'application/pdf' });
};
/** A PNG named as a PDF: the widget accepts the name, the receiver refuses the content. */
const disguisedPng = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  'receipt.pdf', { type: 'application/pdf' });

/** Wraps fetch (it still goes to the receiver) to count and inspect the requests to the endpoint. */
function watchFetch() {
  const real = window.fetch;
  const sent: { headers: Headers; body: unknown }[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith(ENDPOINT)) sent.push({ headers: new Headers(init?.headers), body: init?.body });
    return real(input, init);
  }) as typeof fetch;
  cleanups.push(() => { window.fetch = real; });
  return sent;
}

/** Makes the browser offline or online, as far as the widget can tell. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

let cleanups: (() => void)[] = [];
beforeEach(async () => {
  receiver.since = await receiver.reset();
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
  delete (navigator as { onLine?: boolean }).onLine;
  await receiver.reset();
});

/** The widget, with short backoffs so retries do not make the tests slow. */
async function widget(endpoint = ENDPOINT) {
  const el = await mount(html`<repair-request lang="en" persist="none" endpoint=${endpoint} retry-delay="20"
    .addresses=${[homeAddress]}></repair-request>`);
  cleanups.push(() => el.remove());
  return el;
}

/** Completes every step (with a proof of purchase, if given), accepts the terms, and arrives at Submit. */
async function atSubmit(el: Widget, file?: File) {
  await completeDevice(el);
  await completeMalfunction(el, { file });
  await check(el, 'Defective component');
  await next(el);
  await completeAddress(el);
  await next(el);
  await check(el, 'I have read and accept');
  return el;
}

/** Every `repair-request-error` the widget fires, in order. */
function errorsOf(el: Widget) {
  const list: ErrorDetail[] = [];
  el.addEventListener('repair-request-error', (e) => list.push(e.detail));
  return list;
}

/** The final `repair-request-error` (the widget does not try again). */
const finalError = (el: Widget) => new Promise<ErrorDetail>((resolve) => {
  el.addEventListener('repair-request-error', (e) => { if (!e.detail.willRetry) resolve(e.detail); });
});

const success = (el: Widget) => new Promise<SuccessDetail>((resolve) => {
  el.addEventListener('repair-request-success', (e) => resolve(e.detail), { once: true });
});

const submitButton = (el: Widget) => stepRoot(el).querySelector<HTMLButtonElement>('button.submit')!;
/** The busy panel's words (sending, retrying, offline), or ''. */
const busyText = (el: Widget) => stepRoot(el).querySelector('.busy-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const liveRegion = (el: Widget) => stepRoot(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** The case number on the confirmation, once it shows. */
async function confirmedCase(el: Widget) {
  await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation'), 'no confirmation', { timeout: 10_000 });
  const confirmation = el.shadowRoot!.querySelector('repair-request-confirmation')!;
  await confirmation.updateComplete;
  return confirmation.shadowRoot!.querySelector('[part="confirmation-panel"]')!.textContent!.match(CASE_NUMBER)?.[0];
}

/**
 * Presses Submit, waits until `sending` holds (what the customer sees before cancelling: `what`), presses
 * Cancel sending; resolves once the widget reports the submission "aborted", with the alert it shows then.
 */
async function submitThenCancel(el: Widget, sending?: { until: () => unknown; what: string; timeout?: number }) {
  const failed = finalError(el);
  await press(el, 'Submit');
  if (sending) await waitUntil(sending.until, sending.what, { timeout: sending.timeout ?? 1000 });
  await press(el, 'Cancel sending');
  expect((await failed).reason).to.equal('aborted');
  await el.updateComplete;
  return stepRoot(el).querySelector<HTMLElement>('[role="alert"]')!;
}

describe('<repair-request> sending the request', () => {
  describe('with a proof of purchase', () => {
    it('uploads it as multipart with a progress bar that reaches 100 %, then shows the receiver’s case number', async () => {
      // The receiver answers late, so the finished upload stays on screen.
      await receiver.faults({ delayMs: 1500 });
      const el = await atSubmit(await widget(), pdf(MB));
      const sent = success(el);
      submitButton(el).focus();
      await press(el, 'Submit');
      await waitUntil(() => stepRoot(el).querySelector<HTMLProgressElement>('progress')?.position === 1, 'the upload did not reach 100 %');
      const bar = stepRoot(el).querySelector('progress')!;
      expect(bar.max).to.equal(bar.value);
      expect(control<HTMLProgressElement>(el, 'Uploading your file')).to.equal(bar);
      expect(stepRoot(el).querySelector('.percent')!.textContent).to.equal('100%');
      expect(liveRegion(el)).to.equal('Uploading your file: 100%.');
      expect(submitButton(el).disabled).to.equal(true);
      expect(stepRoot(el).activeElement, 'the focus waits on the sending status').to.equal(stepRoot(el).querySelector('.busy-text'));
      await isAccessible(el);

      const { caseNumber } = await sent;
      expect(await confirmedCase(el)).to.equal(caseNumber);
      const cases = await receiver.cases();
      expect(cases).to.have.length(1);
      expect(cases[0]!.caseNumber).to.equal(caseNumber);
      expect(cases[0]!.idempotencyKey).to.match(UUID);
      expect(cases[0]!.files).to.deep.include({ name: 'receipt.pdf', size: MB, type: 'application/pdf', });
    });
  });

  describe('when the service is unavailable for a while', () => {
    it('retries after two 503 answers, then shows the confirmation; one case is stored', async () => {
      await receiver.faults({ failNext: 2, status: 503 });
      const el = await atSubmit(await widget());
      const errors = errorsOf(el);
      const sent = success(el);
      await press(el, 'Submit');
      const { caseNumber } = await sent;
      expect(errors.map((e) => [e.reason, e.status, e.attempt, e.maxAttempts, e.willRetry])).to.deep.equal([
        ['http', 503, 1, 4, true], ['http', 503, 2, 4, true],
      ]);
      expect(await confirmedCase(el)).to.equal(caseNumber);
      expect(await receiver.cases()).to.have.length(1);
    });

    it('waits as long as Retry-After says, counting down, with Cancel', async () => {
      await receiver.faults({ failNext: 1, status: 429, retryAfter: 1 });
      const el = await atSubmit(await widget());
      const errors = errorsOf(el);
      const sent = success(el);
      await press(el, 'Submit');
      await waitUntil(() => busyText(el).startsWith('Sending failed'), 'no retry shown');
      const failedAt = performance.now();
      expect(busyText(el)).to.equal('Sending failed, trying again in 1 s (attempt 2 of 4).');
      expect(liveRegion(el)).to.equal('Sending failed, trying again in 1 s (attempt 2 of 4).');
      expect(stepRoot(el).querySelector('.cancel')).to.exist;
      await isAccessible(el);
      await sent;
      expect(performance.now() - failedAt).to.be.greaterThan(800);
      expect(errors.map((e) => [e.reason, e.status])).to.deep.equal([['http', 429]]);
      expect(await receiver.cases()).to.have.length(1);
    });

    it('stops retrying when the customer cancels, keeping every answer', async () => {
      await receiver.faults({ failNext: 1, status: 503, retryAfter: 30 });
      const el = await atSubmit(await widget());
      const alert = await submitThenCancel(el, { until: () => busyText(el).startsWith('Sending failed'), what: 'no retry shown' });
      expect(alert.querySelector('h3')!.textContent).to.equal('Sending stopped');
      expect(stepRoot(el).activeElement).to.equal(alert);
      expect(control(el, 'I have read and accept').checked).to.equal(true);
      expect(submitButton(el).disabled).to.equal(false);
      expect(await receiver.cases()).to.have.length(0);
      await isAccessible(el);
    });
  });

  describe('when the widget leaves the page while it sends (a framework moving it)', () => {
    it('stops, and says sending was interrupted, not that the customer stopped it; axe passes', async () => {
      await receiver.faults({ delayMs: 3000 });
      const el = await atSubmit(await widget());
      const failed = finalError(el);
      await press(el, 'Submit');
      await waitUntil(() => busyText(el).startsWith('Sending your request'), 'the request is on its way');
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
      expect((await failed).reason).to.equal('aborted');
      await waitUntil(() => stepRoot(el).querySelector('[role="alert"]'), 'the failure is shown');
      const alert = stepRoot(el).querySelector<HTMLElement>('[role="alert"]')!;
      const words = alert.textContent!.replace(/\s+/g, ' ');
      expect(words).to.include('Sending was interrupted. Your request may have reached the repair service already.')
        .and.include('sending it again will not create a second request').and.not.include('You stopped');
      expect(control(el, 'I have read and accept').checked).to.equal(true);
      await isAccessible(el);
    });
  });

  describe('when the host resets the widget while it retries', () => {
    it('cancels the submission without reporting a failure', async () => {
      await receiver.faults({ failNext: 1, status: 503, retryAfter: 30 });
      const el = await atSubmit(await widget());
      const errors = errorsOf(el);
      await press(el, 'Submit');
      await waitUntil(() => busyText(el).startsWith('Sending failed'), 'no retry shown');
      await el.reset();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(heading(el)).to.equal('Your device');
      expect(errors.map((e) => e.willRetry)).to.deep.equal([true]);
      expect(await receiver.cases()).to.have.length(0);
    });
  });

  describe('when the service does not answer in time', () => {
    it('gives up after the last attempt with the reason “timeout”', async () => {
      await receiver.faults({ delayMs: 1000 });
      const el = await atSubmit(await widget());
      el.timeout = 150;
      el.maxAttempts = 2;
      const errors = errorsOf(el);
      const failed = finalError(el);
      await press(el, 'Submit');
      const detail = await failed;
      expect([detail.reason, detail.attempt, detail.maxAttempts]).to.deep.equal(['timeout', 2, 2]);
      expect(errors.map((e) => [e.reason, e.willRetry])).to.deep.equal([['timeout', true], ['timeout', false]]);
      await el.updateComplete;
      expect(stepRoot(el).querySelector('[role="alert"]')!.textContent).to.contain('did not answer in time');
      await isAccessible(el);
    });
  });

  describe('when the answer is lost after the case was stored', () => {
    it('sends again with the same Idempotency-Key and shows that one case', async () => {
      await receiver.faults({ dropAfterStore: 1 });
      const el = await atSubmit(await widget());
      el.maxAttempts = 6;
      el.retryDelay = 200;
      // The network heals after the first failure.
      el.addEventListener('repair-request-error', () => void receiver.reset(), { once: true });
      const sent = success(el);
      await press(el, 'Submit');
      const { caseNumber } = await sent;
      const cases = await receiver.cases();
      expect(cases).to.have.length(1);
      expect(cases[0]!.caseNumber).to.equal(caseNumber);
      expect(await confirmedCase(el)).to.equal(caseNumber);
    });
  });

  describe('when the first attempt is still being processed', () => {
    it('retries its 409 and converges to one confirmation of the one stored case', async () => {
      // The server holds the case 1.2 s; the widget gives up on the first attempt after 300 ms.
      await receiver.faults({ holdMs: 1200 });
      const el = await atSubmit(await widget());
      el.timeout = 300;
      el.maxAttempts = 8;
      el.retryDelay = 100;
      const errors = errorsOf(el);
      const sent = success(el);
      await press(el, 'Submit');
      const { caseNumber } = await sent;
      expect(errors[0]?.reason).to.equal('timeout');
      expect(errors.some((e) => e.reason === 'http' && e.status === 409 && e.willRetry)).to.equal(true);
      const cases = await receiver.cases();
      expect(cases.map((c) => c.caseNumber)).to.deep.equal([caseNumber]);
      expect(await confirmedCase(el)).to.equal(caseNumber);
    });
  });

  describe('when the key was already used for different answers', () => {
    it('does not retry the 422 and asks the customer to contact support', async () => {
      const el = await atSubmit(await widget());
      const realFetch = window.fetch;
      // Before the widget's request, the same key arrives with other answers (stored, answer lost).
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).endsWith(ENDPOINT) && typeof init?.body === 'string') {
          const other = JSON.parse(init.body) as { parts: { kind: string } };
          other.parts.kind = other.parts.kind === 'complete' ? 'component' : 'complete';
          expect((await realFetch(input, { ...init, body: JSON.stringify(other) })).status).to.equal(201);
        }
        return realFetch(input, init);
      }) as typeof fetch;
      cleanups.push(() => { window.fetch = realFetch; });
      const failed = finalError(el);
      await press(el, 'Submit');
      const detail = await failed;
      expect([detail.reason, detail.status, detail.attempt]).to.deep.equal(['http', 422, 1]);
      await el.updateComplete;
      expect(stepRoot(el).querySelector('[role="alert"]')!.textContent).to.contain('Contact support to change it');
      await isAccessible(el);
    });
  });

  describe('when the browser is offline', () => {
    it('waits, says so, and sends when the connection is back', async () => {
      setOnline(false);
      const el = await atSubmit(await widget());
      const errors = errorsOf(el);
      await press(el, 'Submit');
      const words = 'You are offline. Your request will be sent when your connection is back.';
      expect(busyText(el)).to.equal(words);
      expect(liveRegion(el)).to.equal(words);
      expect(errors.map((e) => [e.reason, e.willRetry])).to.deep.equal([['offline', true]]);
      expect(stepRoot(el).querySelector('.cancel')).to.exist;
      await isAccessible(el);
      expect(await receiver.cases()).to.have.length(0);

      const sent = success(el);
      setOnline(true);
      const { caseNumber } = await sent;
      expect(await confirmedCase(el)).to.equal(caseNumber);
      expect(await receiver.cases()).to.have.length(1);
    });

    it('waits when the connection drops while sending, then sends the same request again', async () => {
      await receiver.faults({ delayMs: 800 });
      const el = await atSubmit(await widget());
      await press(el, 'Submit');
      expect(busyText(el)).to.equal('Sending your request. This can take a moment.');
      setOnline(false);
      await el.updateComplete;
      expect(busyText(el)).to.contain('You are offline.');
      await receiver.reset();
      const sent = success(el);
      setOnline(true);
      const { caseNumber } = await sent;
      const cases = await receiver.cases();
      expect(cases.map((c) => c.caseNumber)).to.deep.equal([caseNumber]);
    });
  });

  describe('when the receiver refuses an answer (422)', () => {
    it('opens the step with the error, shows it on the field and focuses the summary, until the field changes', async () => {
      const el = await atSubmit(await widget(), disguisedPng());
      const failed = finalError(el);
      await press(el, 'Submit');
      const detail = await failed;
      expect(detail.reason).to.equal('validation');
      expect(detail.fieldErrors).to.deep.equal({ 'malfunction.proofOfPurchase': 'file_content' });
      await waitUntil(() => heading(el) === 'Malfunction', 'the Malfunction step did not open');
      await el.updateComplete;
      expect(summaryErrors(el)[0]).to.contain('This file could not be read: it is damaged, or its content is not the type its name says.');
      expect(fieldError(el, 'Upload a proof of purchase')).to.contain('This file could not be read: it is damaged, or its content is not the type its name says.');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'));
      await isAccessible(el);
      expect(await receiver.cases()).to.have.length(0);

      await attachFile(el, 'Upload a proof of purchase', pdf());
      expect(fieldError(el, 'Upload a proof of purchase')).to.equal('');
      expect(summaryErrors(el)).to.deep.equal([]);
      // Every answer of the step is given again: it returns to the summary from the screen with the proof of purchase.
      await press(el, 'Save and return to summary');
      expect(heading(el)).to.equal('Check your request');
      const sent = success(el);
      await press(el, 'Submit');
      const { caseNumber } = await sent;
      expect(await confirmedCase(el)).to.equal(caseNumber);
    });
  });

  describe('when the customer cancels the upload', () => {
    it('stops, reports “aborted”, keeps the answers, and stores nothing', async () => {
      // The receiver reads the body slowly, so the upload is still going when Cancel is pressed, however
      // fast the machine sends 20 MB (once the whole body is sent, the case may be stored: its key then
      // makes sending again give that case back).
      await receiver.faults({ bodyDelayMs: 50 });
      const el = await atSubmit(await widget(), pdf(20 * MB));
      const alert = await submitThenCancel(el);
      expect(alert.textContent).to.contain('sending it again will not create a second request');
      const answers = [...stepRoot(el).querySelectorAll('.summary-section')].map((section) => section.textContent).join(' ');
      expect(answers).to.contain('receipt.pdf');
      expect(submitButton(el).disabled).to.equal(false);
      expect(stepRoot(el).querySelector('progress')).to.equal(null);
      expect(await receiver.cases()).to.have.length(0);
    });
  });

  describe('when the customer presses Enter twice on Submit', () => {
    it('sends the request once and stays on the sending status: the second press cancels nothing', async () => {
      await receiver.faults({ delayMs: 600 });
      const el = await atSubmit(await widget());
      const errors = errorsOf(el);
      const sent = success(el);
      submitButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => busyText(el) !== '', 'sending did not start');
      await el.updateComplete;
      const status = stepRoot(el).querySelector<HTMLElement>('.busy-text')!;
      expect(stepRoot(el).activeElement, 'the focus is on the sending status, not on Cancel').to.equal(status);
      expect(status.textContent!.trim()).to.equal('Sending your request. This can take a moment.');
      await isAccessible(el);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      const { caseNumber } = await Promise.race([sent, finalError(el).then((e) => { throw new Error(`sending ended in "${e.reason}"`); })]);
      expect(errors).to.deep.equal([]);
      expect(await confirmedCase(el)).to.equal(caseNumber);
      expect(await receiver.cases()).to.have.length(1);
    });
  });

  describe('when the customer cancels after the request has arrived', () => {
    it('says sending was stopped and may have arrived, and sending again gives back the same case', async () => {
      // The receiver stores the case, then answers late: Cancel comes between the two.
      await receiver.faults({ delayMs: 30_000 });
      const el = await atSubmit(await widget());
      const stored = async () => (await receiver.cases()).length === 1;
      const alert = await submitThenCancel(el, { until: stored, what: 'the case was not stored', timeout: 10_000 });
      const [first] = await receiver.cases();
      expect(alert.querySelector('h3')!.textContent).to.equal('Sending stopped');
      expect(alert.textContent).not.to.contain('not sent');
      expect(alert.textContent).to.contain('It may have reached the repair service already.');
      expect(alert.textContent).to.contain('sending it again will not create a second request');
      await isAccessible(el);

      await receiver.faults({ delayMs: 0 });
      const sent = success(el);
      await press(el, 'Try again');
      expect((await sent).caseNumber, 'the stored case, given back').to.equal(first!.caseNumber);
      expect(await receiver.cases()).to.have.length(1);
    });
  });

  describe('however often Submit is pressed', () => {
    it('sends one request', async () => {
      await receiver.faults({ delayMs: 300 });
      const sent = watchFetch();
      const el = await atSubmit(await widget());
      const done = success(el);
      const button = submitButton(el);
      for (let i = 0; i < 5; i++) button.click();
      await el.updateComplete;
      for (let i = 0; i < 5; i++) button.click();
      await done;
      expect(sent).to.have.length(1);
      expect(await receiver.cases()).to.have.length(1);
    });
  });

  describe('host hooks', () => {
    it('adds the host’s headers, asked again for each attempt, beside the same Idempotency-Key', async () => {
      await receiver.faults({ failNext: 1, status: 503 });
      const sent = watchFetch();
      const el = await atSubmit(await widget());
      let token = 0;
      el.requestHeaders = async () => ({ 'X-CSRF-Token': `token-${++token}` });
      const done = success(el);
      await press(el, 'Submit');
      await done;
      expect(sent.map((s) => s.headers.get('X-CSRF-Token'))).to.deep.equal(['token-1', 'token-2']);
      const keys = sent.map((s) => s.headers.get('Idempotency-Key'));
      expect(keys[0]).to.match(UUID);
      expect(keys[1]).to.equal(keys[0]);
      expect((await receiver.cases())[0]!.idempotencyKey).to.equal(keys[0]);
    });

    it('refuses a plain http: endpoint that is not this machine, saying why in the console', async () => {
      const sent = watchFetch();
      const logged: string[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
      cleanups.push(() => { console.error = consoleError; });
      const el = await atSubmit(await widget('http://repairs.example.com/api/repair-requests'));
      const failed = finalError(el);
      await press(el, 'Submit');
      expect((await failed).reason).to.equal('configuration');
      expect(logged.join('\n')).to.contain('plain http:').and.contain('personal data');
      expect(sent).to.have.length(0);
      await el.updateComplete;
      expect(stepRoot(el).querySelector('[role="alert"]')!.textContent).to.contain('not connected to a repair service');
    });

    it('sends nothing when the page cancels repair-request-submit, and hands it the request and key', async () => {
      const sent = watchFetch();
      const el = await atSubmit(await widget());
      let detail: SubmitDetail | undefined;
      el.addEventListener('repair-request-submit', (e) => { detail = e.detail; e.preventDefault(); });
      await press(el, 'Submit');
      expect(detail?.request.device.model).to.equal('mavic-mini');
      expect(detail?.idempotencyKey).to.match(UUID);
      expect(sent).to.have.length(0);
      expect(submitButton(el).disabled).to.equal(false);
      expect(heading(el)).to.equal('Check your request');
      expect(await receiver.cases()).to.have.length(0);
    });

    it('hands the page a copy of the request: changing it changes nothing that is sent', async () => {
      const sent = watchFetch();
      const el = await atSubmit(await widget());
      el.addEventListener('repair-request-submit', (e) => { e.detail.request.device.model = 'changed-by-the-page'; });
      await press(el, 'Submit');
      expect(await confirmedCase(el)).to.match(CASE_NUMBER);
      expect(sent).to.have.length(1);
      expect((JSON.parse(String(sent[0]!.body)) as { device: { model: string } }).device.model).to.equal('mavic-mini');
    });
  });
});
