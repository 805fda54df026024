import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { RepairRequestErrorEvent, RepairRequestSuccessEvent } from '../src/events.js';
import {
  check, completeDevice, completeMalfunction, completeToSummary, control, fieldError, group, heading, homeAddress, isAccessible,
  mount, next, partsToSummary, press, screenPosition, select, stepRoot, summaryErrors, text, toServicePlan, type Widget, completeAddress } from './helpers.js';

const CASE_NUMBER = 'CAS-1234567-ABCDEF';

interface Sent { url: string; init: RequestInit }

/** Replaces window.fetch for one test: records each request and answers with `respond`. */
function stubFetch(respond: (call: Sent) => Promise<Response> = async () => Response.json({ caseNumber: CASE_NUMBER }, { status: 201 })) {
  const real = window.fetch;
  const sent: Sent[] = [];
  const stub = {
    sent,
    respond,
    restore: () => { window.fetch = real; },
  };
  window.fetch = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(url), init };
    sent.push(call);
    return stub.respond(call);
  }) as typeof fetch;
  return stub;
}

let fetchStub: ReturnType<typeof stubFetch> | undefined;
let restoreXhr: (() => void) | undefined;
afterEach(() => {
  fetchStub?.restore();
  fetchStub = undefined;
  restoreXhr?.();
  restoreXhr = undefined;
});

/** One attempt only: retries are the subject of submission.test.ts. */
const widget = (endpoint: string | undefined = '/api/repair-requests') => mount(html`<repair-request lang="en"
  endpoint=${endpoint ?? ''} max-attempts="1" .addresses=${[homeAddress]}></repair-request>`);

async function atSummary(endpoint?: string) {
  const el = await widget(endpoint);
  if (endpoint === '') el.removeAttribute('endpoint');
  await completeToSummary(el);
  return el;
}

/** The rows of a summary section, as "key: value" with whitespace folded. */
function section(el: Widget, title: string) {
  const h3 = [...stepRoot(el).querySelectorAll('h3')].find((h) => h.textContent!.trim() === title);
  if (!h3) throw new Error(`No section "${title}"`);
  const rows = [...h3.closest('section')!.querySelectorAll('.summary-row')];
  return rows.map((r) => `${r.querySelector('dt')!.textContent!.trim()}: ${(r.querySelector('dd') as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`);
}

const submitButton = (el: Widget) =>
  [...stepRoot(el).querySelectorAll<HTMLButtonElement>('button.submit')][0];

const acceptTerms = (el: Widget) => check(el, 'I have read and accept');

/** Presses Submit and waits until the widget has finished with the answer. */
async function submit(el: Widget) {
  await press(el, 'Submit');
  await waitUntil(() => !el.shadowRoot!.querySelector('repair-request-submit-step')?.shadowRoot?.querySelector('button.submit[disabled]'),
    'the submission did not finish');
  await el.updateComplete;
}

describe('<repair-request> Submit step', () => {
  describe('the summary', () => {
    it('shows every answer in the four sections of the guide', async () => {
      const el = await atSummary();
      expect(heading(el)).to.equal('Check your request');
      expect(text(el)).to.contain('Your information will be sent. Please confirm the following information.');
      expect(section(el, 'Product information')).to.deep.equal([
        'Model: Mavic Mini - The Everyday FlyCam',
        'Service plan: No service plan',
      ]);
      expect(section(el, 'Case information')).to.deep.equal([
        'Service type: Repair',
        'Problems: Gimbal and camera malfunction',
        'Problem description: The gimbal does not move at all.',
        'Online support contacted: Yes',
        'Photos: Not provided',
        'Purchase channel: Not provided',
        'Date of receipt: Not provided',
        'Proof of purchase: Not provided',
      ]);
      expect(section(el, 'Products to send')).to.deep.equal([
        'Product: Mavic Mini - The Everyday FlyCam',
        'What you send: Defective component',
      ]);
      const logistics = section(el, 'Logistics information');
      expect(logistics[0]).to.equal('Return address: Camille Martin 12 rue de la Paix 75002 Paris France');
      expect(logistics).to.include('Phone: +33 1 23 45 67 89');
      expect(logistics).to.include('VAT number: Not provided');
      expect(logistics).to.include('DJI repair centre address: DJI REPAIR DEPT Bijldorp-Oost 6 2992LA Barendrecht Netherlands');
      await isAccessible(el);
    });

    it('lists only the questions asked: no serial number for a model chosen from the list, no analysis without a crash', async () => {
      const el = await atSummary();
      const all = [...section(el, 'Product information'), ...section(el, 'Case information')].join('\n');
      expect(all).not.to.contain('Serial number');
      expect(all).not.to.contain('Data analysis');
      expect(all).not.to.contain('Cause of the accident');
      expect(all).not.to.contain('Optional');
      expect(all).not.to.contain('Not available');
    });

    it('shows only what is sent: no serial number of a product chosen among the customer\'s, then by model', async () => {
      const el = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .addresses=${[homeAddress]}
        .ownedProducts=${[{ model: 'osmo-pocket-3', serial: '5YPK2A0B102310', nickname: 'My Pocket' }]}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Choose from my products');
      await check(el, 'My Pocket — Osmo Pocket 3');
      await completeDevice(el);
      await completeMalfunction(el);
      await partsToSummary(el);
      expect(el.value.device).not.to.have.property('serial');
      expect(section(el, 'Product information')).to.deep.equal([
        'Model: Mavic Mini - The Everyday FlyCam',
        'Service plan: No service plan',
      ]);
      expect(text(el)).not.to.contain('5YPK2A0B102310');
    });

    it('lists the crash questions, with the analysis the customer declined, when the product crashed', async () => {
      const el = await widget();
      await completeDevice(el);
      await toServicePlan(el, 'Crash damage');
      await next(el);
      await check(el, 'Product-related problem');
      await check(el, 'No, thanks');
      await next(el);
      await partsToSummary(el);
      const rows = section(el, 'Case information');
      expect(rows).to.include('Cause of the accident: Product-related problem');
      expect(rows).to.include('Data analysis: Declined');
      expect(rows.join('\n')).not.to.contain('Date of the accident');
      await isAccessible(el);
    });

    it('lists the service plan, and the express path its holder declined', async () => {
      const el = await widget();
      await completeDevice(el);
      await toServicePlan(el);
      await check(el, 'I have a DJI Care service plan');
      await check(el, 'Continue with the online repair request');
      await next(el);
      await partsToSummary(el);
      expect(section(el, 'Product information')).to.deep.equal([
        'Model: Mavic Mini - The Everyday FlyCam',
        'Service plan: DJI Care',
        'DJI Care Refresh Express: Not used',
      ]);
    });

    it('lists several problems as a sentence', async () => {
      const el = await widget();
      await completeDevice(el);
      await completeMalfunction(el, { problems: ['Battery malfunction'] });
      await partsToSummary(el);
      expect(section(el, 'Case information')[1]).to.equal('Problems: Gimbal and camera malfunction and Battery malfunction');
    });

    it('gives the shipping notices and the damage assessment fee in euros', async () => {
      const el = await atSummary();
      const t = text(el);
      expect(t).to.contain('you will receive it within two business days');
      expect(t).to.contain('If the parcel is lost, contact DJI support as soon as possible');
      expect(t).to.contain('“Defective component – No commercial value”');
      expect(t).to.contain('DJI may charge a damage assessment fee of €50.00 per hour if you decline the repair after receiving the quote.');
    });

    it('gives each answer a Change button named after its question, in the same column of every row', async () => {
      const el = await atSummary();
      const rows = [...stepRoot(el).querySelectorAll<HTMLElement>('.summary-row')];
      const named = rows.map((r) => r.querySelector('button.edit')?.textContent!.replace(/\s+/g, ' ').trim());
      expect(named.slice(0, 3)).to.deep.equal(['Change Model', 'Change Service plan', 'Change Service type']);
      // Only the repair centre, which follows from the zone, is not a question.
      expect(named.filter((n) => !n)).to.have.length(1);
      const ends = new Set(rows.map((r) => r.querySelector('button.edit')?.getBoundingClientRect().right).filter(Boolean));
      expect(ends.size, 'the Change buttons end in one column').to.equal(1);
      expect(stepRoot(el).querySelectorAll('h3 button, .summary-header button')).to.have.length(0);
    });

    it('opens the answer’s step with Change, focuses its field, and comes back with “Save and return to summary”', async () => {
      const el = await atSummary();
      await press(el, 'Change What you send');
      expect(heading(el)).to.equal('Send us your devices');
      expect(group(el, 'What will you send?').contains(stepRoot(el).activeElement), 'the answer is focused').to.equal(true);
      await check(el, 'Complete product set');
      await press(el, 'Save and return to summary');
      expect(heading(el)).to.equal('Check your request');
      expect(section(el, 'Products to send')).to.include('What you send: Complete product set');

      await press(el, 'Change Date of receipt');
      expect(heading(el)).to.equal('Malfunction');
      // Change opens the screen that asks the answer, on its field; the last screen returns.
      expect(screenPosition(el)).to.equal('Part 4 of 5');
      expect(group(el, 'Date of receipt').contains(stepRoot(el).activeElement), 'the date is focused').to.equal(true);
      // Every answer of the step is given: it returns from this screen, not through the screens after it.
      await press(el, 'Save and return to summary');
      expect(heading(el)).to.equal('Check your request');
    });

    it('leads through the step’s later screens only when the change asks something new there', async () => {
      const el = await atSummary();
      await press(el, 'Change Problems');
      expect(screenPosition(el)).to.equal('Part 1 of 5');
      const nextLabel = () => el.shadowRoot!.querySelector('[part="next-button"]')!.textContent!.trim();
      expect(nextLabel()).to.equal('Save and return to summary');
      await check(el, 'Crash damage');
      expect(nextLabel(), 'the crash questions are still to answer').to.equal('Next');
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(screenPosition(el), 'the next screen, not the summary').to.equal('Part 2 of 6');
      expect(nextLabel()).to.equal('Next');
    });

    it('links the terms, opening in a new tab', async () => {
      const el = await atSummary();
      const link = control(el, 'I have read and accept').closest('.choice')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://www.dji.com/service/policy/online-repair-terms');
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.contain('(opens in a new tab)');
    });
  });

  it('ends with Previous and Submit in one bar under the divider, Submit where Next is on the other steps', async () => {
    const el = await atSummary();
    const bar = submitButton(el).closest('.actions') as HTMLElement;
    const previous = [...bar.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Previous')!;
    expect(previous, 'Previous is in the same bar').to.exist;
    const [p, s] = [previous.getBoundingClientRect(), submitButton(el).getBoundingClientRect()];
    expect(Math.abs(p.top - s.top)).to.be.below(2, 'on one row');
    expect(s.left).to.be.above(p.right, 'Submit at the inline end');
    expect(parseFloat(getComputedStyle(bar).borderTopWidth)).to.equal(1, 'under the divider');
    const shellBar = el.shadowRoot!.querySelector<HTMLElement>('.widget > [part="actions"]')!;
    expect(shellBar.checkVisibility(), 'the shell’s own bar is not shown beside it').to.equal(false);
    await press(el, 'Previous');
    expect(heading(el)).to.equal('Confirm your return address');
  });

  describe('when the terms are not accepted', () => {
    it('sends nothing and shows the error in the summary and at the checkbox', async () => {
      fetchStub = stubFetch();
      const el = await atSummary();
      await press(el, 'Submit');
      expect(fetchStub.sent).to.have.length(0);
      expect(heading(el)).to.equal('Check your request');
      expect(summaryErrors(el)).to.deep.equal(['Accept the terms and conditions to submit your request.']);
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'));
      expect(fieldError(el, 'I have read and accept')).to.equal('Accept the terms and conditions to submit your request.');
      expect(control(el, 'I have read and accept').getAttribute('aria-invalid')).to.equal('true');
      await isAccessible(el);

      await acceptTerms(el);
      expect(fieldError(el, 'I have read and accept')).to.equal('');
    });
  });

  describe('when the request is sent', () => {
    it('sends exactly one request, however often Submit is clicked', async () => {
      let answer!: () => void;
      fetchStub = stubFetch(() => new Promise((resolve) => {
        answer = () => resolve(Response.json({ caseNumber: CASE_NUMBER }, { status: 201 }));
      }));
      const el = await atSummary();
      await acceptTerms(el);
      const button = submitButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await waitUntil(() => fetchStub!.sent.length > 0, 'the request is sent');
      button.click();
      await el.updateComplete;
      expect(fetchStub.sent).to.have.length(1);
      expect(button.disabled).to.equal(true);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Sending…');
      expect(text(el)).to.contain('Sending your request.');
      await isAccessible(el);
      answer();
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation'), 'no confirmation');
      expect(fetchStub.sent).to.have.length(1);
    });

    it('posts the validated request as JSON to the endpoint', async () => {
      fetchStub = stubFetch();
      const el = await atSummary();
      await acceptTerms(el);
      await submit(el);
      const [{ url, init }] = fetchStub.sent;
      expect(url).to.equal('/api/repair-requests');
      expect(init.method).to.equal('POST');
      const body = JSON.parse(init.body as string);
      expect(body.device).to.include({ zone: 'europe', country: 'FR', model: 'mavic-mini' });
      expect(body.malfunction.issues).to.deep.equal(['gimbal-camera']);
      expect(body.parts).to.deep.equal({ kind: 'component' });
      expect(body.address.returnAddress).to.include({ recipient: 'Camille Martin', city: 'Paris' });
      expect(body.submit).to.deep.equal({ termsAccepted: true });
    });

    it('shows the confirmation with the case number and tells the page', async () => {
      fetchStub = stubFetch();
      const el = await atSummary();
      await acceptTerms(el);
      setTimeout(() => void press(el, 'Submit'));
      const event = (await oneEvent(el, 'repair-request-success')) as RepairRequestSuccessEvent;
      expect(event.detail.caseNumber).to.equal(CASE_NUMBER);
      expect(event.detail.response).to.deep.equal({ caseNumber: CASE_NUMBER });
      await el.updateComplete;
      const confirmation = el.shadowRoot!.querySelector('repair-request-confirmation')!;
      await confirmation.updateComplete;
      expect(confirmation.shadowRoot!.querySelector('h2')!.textContent).to.equal('Request sent!');
      expect(confirmation.shadowRoot!.querySelector('[part="confirmation-panel"]')!.textContent).to.contain(CASE_NUMBER);
      expect(confirmation.shadowRoot!.activeElement).to.equal(confirmation.shadowRoot!.querySelector('h2'));
    });

    it('sends multipart form data when a proof of purchase is attached', async () => {
      // With a file the widget sends with XMLHttpRequest (for upload progress), here to the test receiver.
      const sent: FormData[] = [];
      const realSend = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        if (body instanceof FormData) sent.push(body);
        realSend.call(this, body);
      };
      restoreXhr = () => { XMLHttpRequest.prototype.send = realSend; };
      const el = await widget();
      await completeDevice(el);
      await completeMalfunction(el, { file: new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' }) });
      await check(el, 'Defective component');
      await next(el);
      await completeAddress(el);
      await next(el);
      expect(section(el, 'Case information')).to.include('Proof of purchase: receipt.pdf');
      await acceptTerms(el);
      await submit(el);
      const form = sent[0];
      expect(form).to.be.instanceOf(FormData);
      expect([...form.keys()]).to.deep.equal(['request', 'proofOfPurchase']);
      const request = JSON.parse(form.get('request') as string);
      expect(request.malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: 16, type: 'application/pdf' });
      const file = form.get('proofOfPurchase') as File;
      expect(file.name).to.equal('receipt.pdf');
      expect(await file.text()).to.equal('%PDF-1.4 receipt');
    });
  });

  describe('when the widget has no endpoint', () => {
    it('says so before Submit, and reports a configuration error on Submit', async () => {
      fetchStub = stubFetch();
      const el = await atSummary('');
      expect(text(el)).to.contain('This form is not connected to a repair service yet, so it cannot be sent. Contact support instead.');
      await isAccessible(el);
      await acceptTerms(el);
      const consoleError = console.error;
      console.error = () => undefined;
      try {
        setTimeout(() => void press(el, 'Submit'));
        const event = (await oneEvent(el, 'repair-request-error')) as RepairRequestErrorEvent;
        expect(event.detail.reason).to.equal('configuration');
      } finally {
        console.error = consoleError;
      }
      await el.updateComplete;
      expect(fetchStub.sent).to.have.length(0);
      const alert = stepRoot(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('not connected to a repair service');
      expect(alert.textContent).not.to.contain('Try again');
      await isAccessible(el);
    });
  });

  describe('when sending fails', () => {
    it('explains a network failure, keeps every answer, and Try again succeeds', async () => {
      fetchStub = stubFetch(async () => { throw new TypeError('Failed to fetch'); });
      const el = await atSummary();
      await acceptTerms(el);
      setTimeout(() => void press(el, 'Submit'));
      const event = (await oneEvent(el, 'repair-request-error')) as RepairRequestErrorEvent;
      expect(event.detail.reason).to.equal('network');
      await el.updateComplete;
      const alert = stepRoot(el).querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.contain('Your request was not sent');
      expect(alert.textContent).to.contain('could not be reached. Check your internet connection');
      expect(stepRoot(el).activeElement).to.equal(alert);
      expect(section(el, 'Products to send')).to.include('What you send: Defective component');
      expect(control(el, 'I have read and accept').checked).to.equal(true);
      expect(submitButton(el).disabled).to.equal(false);
      await isAccessible(el);

      fetchStub.respond = async () => Response.json({ caseNumber: CASE_NUMBER }, { status: 201 });
      setTimeout(() => void press(el, 'Try again'));
      const success = (await oneEvent(el, 'repair-request-success')) as RepairRequestSuccessEvent;
      expect(success.detail.caseNumber).to.equal(CASE_NUMBER);
      expect(fetchStub.sent).to.have.length(2);
    });

    it('explains a server error with its status', async () => {
      fetchStub = stubFetch(async () => new Response('Internal error', { status: 500 }));
      const el = await atSummary();
      await acceptTerms(el);
      await submit(el);
      const alert = stepRoot(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('could not register your request (error 500)');
      expect(heading(el)).to.equal('Check your request');
      await isAccessible(el);
    });

    it('offers to contact support instead', async () => {
      fetchStub = stubFetch(async () => new Response('', { status: 503 }));
      const el = await atSummary();
      await acceptTerms(el);
      await submit(el);
      await press(el, 'Contact support');
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form'), 'the contact form did not open');
    });
  });
});
