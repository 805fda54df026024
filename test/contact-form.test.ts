import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultConfig } from '../src/config/default-config.js';
import {
  attachFile, back, check, completeDevice, control, fieldError, fill, heading, isAccessible, mount, next, press, select, settle, speak, text, type, type Widget,
} from './helpers.js';
import { chosenLabelLines } from './support/select-lines.js';

const OPEN = 'Can’t complete the request online? Contact support';
const SENT = 'Your message has been sent. Support will answer by e-mail.';
const UNAVAILABLE = 'The contact form is unavailable because it cannot be verified. Send an e-mail to support.eu@dji.com instead.';

/** The contact form's shadow root. */
function contactRoot(el: Widget) {
  const form = el.shadowRoot!.querySelector('repair-request-contact-form');
  if (!form?.shadowRoot) throw new Error('The contact form is not shown');
  return form.shadowRoot;
}

async function openContact(el: Widget) {
  await press(el, OPEN);
  await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('h2'));
  await settle(el);
}

/** Mounts the widget with a contact endpoint and a verification function, and opens the contact form. */
async function openVerified(token = async () => 'fn-token') {
  const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${token}></repair-request>`);
  await openContact(el);
  return el;
}

async function completeContact(el: Widget) {
  await select(el, 'Product', 'DJI Mini 2');
  await fill(el, 'Your full name', 'Camille Martin');
  await select(el, 'Continent', 'Europe');
  await select(el, 'Country/region', 'France');
  await fill(el, 'E-mail address', 'camille@example.com');
  await fill(el, 'Subject', 'Gimbal stuck');
  await fill(el, 'Problem description', 'The gimbal does not move after the update.');
}


const fileError = (el: Widget) =>
  (contactRoot(el).querySelector('#contact-proofOfPurchase-error')?.textContent ?? '').replace(/\s+/g, ' ').replace(/^\s*Error:\s*/, '').trim();

const summary = (el: Widget) => contactRoot(el).querySelector<HTMLElement>('.error-summary');
const summaryItems = (el: Widget) => [...contactRoot(el).querySelectorAll('.error-summary li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const submitButton = (el: Widget) => contactRoot(el).querySelector<HTMLButtonElement>('form button[type="submit"]');

interface Call { url: string; init: RequestInit }
const original = window.fetch;

/** Replaces fetch; each call is recorded and answered by `respond` (a 200 JSON answer by default). */
function stubFetch(respond: () => Promise<Response> = async () => new Response('{}', { headers: { 'Content-Type': 'application/json' } })) {
  const calls: Call[] = [];
  window.fetch = (url, init) => {
    calls.push({ url: String(url), init: init! });
    return respond();
  };
  return calls;
}

const sentJson = (call: Call) => JSON.parse(call.init.body as string);

describe('<repair-request> contact form', () => {
  afterEach(() => { window.fetch = original; });

  it('opens from the link under the step, with its heading focused', async () => {
    const el = await openVerified();
    const h2 = contactRoot(el).querySelector('h2')!;
    expect(h2.textContent!.trim()).to.equal('Contact support');
    expect(contactRoot(el).activeElement).to.equal(h2);
    expect(text(el)).to.contain('If the online repair request cannot be made, send us a message');
    await isAccessible(el);
  });

  it('lists the other support channels: e-mail, live chat and phone', async () => {
    const el = await openVerified();
    const links = [...contactRoot(el).querySelectorAll<HTMLAnchorElement>('.channels a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:support.eu@dji.com', defaultConfig.support.chatUrl, 'tel:+33176541234']);
  });

  describe('on a phone (390 px)', () => {
    before(() => setViewport({ width: 390, height: 844 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['fr', 'it']) {
      it(`shows a chosen option longer than the phone is wide whole, on more lines, not cut (${lang}), and passes axe`, async () => {
        const el = await openVerified();
        await speak(el, lang);
        const issue = contactRoot(el).getElementById('contact-issue') as HTMLSelectElement;
        const longest = [...issue.options].filter((o) => o.value).sort((a, b) => b.text.length - a.text.length)[0]!;
        issue.value = longest.value;
        issue.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await settle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = getComputedStyle(issue).font;
        const box = issue.getBoundingClientRect();
        expect(context.measureText(longest.text).width, `"${longest.text}" is wider than its control`).to.be.greaterThan(box.width);
        expect(box.width, 'the control fits the phone').to.be.at.most(390);
        expect(chosenLabelLines(issue), 'the chosen label on two lines or more').to.be.at.least(2);
        await isAccessible(el);
      });
    }
  });

  describe('when the customer already started the request', () => {
    it('carries product, serial number, continent and country over from the Device step', async () => {
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${async () => 't'}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0K1CG1R0A30059');
      await openContact(el);
      expect(control<HTMLSelectElement>(el, 'Product').value).to.equal('mavic-mini');
      expect(control(el, 'Serial number (S/N)').value).to.equal('0K1CG1R0A30059');
      expect(control<HTMLSelectElement>(el, 'Continent').value).to.equal('europe');
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
    });

    it('carries the first problem and the description over from the Malfunction step, and returns to it', async () => {
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${async () => 't'}></repair-request>`);
      await completeDevice(el);
      await check(el, 'Repair');
      await check(el, 'Battery malfunction');
      await next(el);
      await fill(el, 'Describe your problem', 'The battery will not charge any more.');
      await openContact(el);
      expect(control<HTMLSelectElement>(el, 'Problem type').value).to.equal('battery');
      expect(control<HTMLTextAreaElement>(el, 'Problem description').value).to.equal('The battery will not charge any more.');
      expect(control<HTMLSelectElement>(el, 'Product').value).to.equal('mavic-mini');
      await press(el, 'Back to the repair request');
      expect(heading(el)).to.equal('Malfunction');
      expect(control<HTMLTextAreaElement>(el, 'Describe your problem').value).to.equal('The battery will not charge any more.');
      await back(el);
      expect(control(el, 'Battery malfunction').checked).to.equal(true);
    });

    it('follows answers changed in the request since it was opened, keeping what the customer changed in it', async () => {
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${async () => 't'}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await openContact(el);
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
      await fill(el, 'Your full name', 'Camille Martin');
      await select(el, 'Continent', 'North America');
      await press(el, 'Back to the repair request');
      await select(el, 'Country/region', 'Germany');
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0K1CG1R0A30059');
      await openContact(el);
      expect(control(el, 'Serial number (S/N)').value, 'a new answer comes in').to.equal('0K1CG1R0A30059');
      expect(control<HTMLSelectElement>(el, 'Product').value).to.equal('mavic-mini');
      expect(control(el, 'Your full name').value, 'typed here, kept').to.equal('Camille Martin');
      expect(control<HTMLSelectElement>(el, 'Continent').value, 'changed here, kept').to.equal('north-america');
    });

    it('goes back to the step that was open, with its answers intact', async () => {
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${async () => 't'}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await openContact(el);
      await fill(el, 'Your full name', 'Camille Martin');
      await press(el, 'Back to the repair request');
      expect(heading(el)).to.equal('Your device');
      expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('europe');
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
      await isAccessible(el);
    });
  });

  it('prefills the signed-in customer’s e-mail from the host', async () => {
    const el = await mount(html`<repair-request lang="en" customer-email="camille@example.com"></repair-request>`);
    await press(el, OPEN);
    expect(control(el, 'E-mail address').value).to.equal('camille@example.com');
  });

  it('offers a free-text product name when the product is not listed', async () => {
    const el = await openVerified();
    expect(() => control(el, 'Product name')).to.throw();
    await select(el, 'Product', 'My product is not listed');
    await press(el, 'Send message');
    expect(fieldError(el, 'Product name')).to.equal('Enter the product name.');
  });

  it('keeps the answers through a change of language', async () => {
    const el = await openVerified();
    await fill(el, 'Your full name', 'Camille Martin');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'fr');
    await settle(el);
    expect(contactRoot(el).querySelector<HTMLInputElement>('#contact-name')!.value).to.equal('Camille Martin');
  });

  describe('validation', () => {
    it('shows every missing answer next to its field and in a focused error summary', async () => {
      const calls = stubFetch();
      const el = await openVerified();
      await press(el, 'Send message');
      expect(summaryItems(el)).to.deep.equal([
        'Select the product.',
        'Enter your full name.',
        'Select your continent.',
        'Select your country or region.',
        'Enter your e-mail address.',
        'Enter a subject.',
        'Describe the problem.',
      ]);
      expect(contactRoot(el).activeElement).to.equal(summary(el));
      expect(fieldError(el, 'Your full name')).to.equal('Enter your full name.');
      expect(fieldError(el, 'Subject')).to.equal('Enter a subject.');
      expect(control(el, 'Subject').getAttribute('aria-invalid')).to.equal('true');
      expect(fieldError(el, 'Phone number')).to.equal('');
      expect(calls.length).to.equal(0);
      await isAccessible(el);
    });

    it('says what each field needs in the customer’s language', async () => {
      const el = await mount(html`<repair-request lang="fr" contact-endpoint="/contact" .verificationToken=${async () => 't'}></repair-request>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'fr');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="contact-link"]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="contact-link"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('form button[type="submit"]'));
      await settle(el);
      submitButton(el)!.click();
      await waitUntil(() => summary(el));
      expect(summaryItems(el)).to.include.members(['Saisissez vos nom et prénom.', 'Saisissez votre adresse e-mail.', 'Saisissez un sujet.']);
      expect(fieldError(el, 'Sujet'), 'the error names the field as its label does').to.contain('Saisissez un sujet.');
    });

    it('moves focus to the field when a summary link is followed', async () => {
      const el = await openVerified();
      await press(el, 'Send message');
      contactRoot(el).querySelector<HTMLElement>('.error-summary li:nth-child(2) a')!.click();
      await settle(el);
      expect(contactRoot(el).activeElement).to.equal(control(el, 'Your full name'));
    });

    it('says when the e-mail address is not valid, once the customer presses Send', async () => {
      const el = await openVerified();
      await type(el, 'E-mail address', 'camille@');
      expect(fieldError(el, 'E-mail address'), 'not on leaving the field').to.equal('');
      await press(el, 'Send message');
      expect(fieldError(el, 'E-mail address')).to.equal('Enter an e-mail address in the correct format, like name@example.com.');
      expect(control(el, 'E-mail address').type).to.equal('email');
      expect(control(el, 'E-mail address').autocomplete).to.equal('email');
      await isAccessible(el);
    });

    it('refuses a proof of purchase of another type, and lets the customer remove it', async () => {
      const el = await openVerified();
      await attachFile(el, 'Proof of purchase', new File(['x'], 'setup.exe'));
      await press(el, 'Send message');
      expect(fileError(el)).to.contain('This file type is not accepted');
      expect(text(el)).to.contain('Not accepted: setup.exe');
      await isAccessible(el);
      await press(el, 'Remove file');
      expect(fileError(el)).to.equal('');
      expect(control(el, 'Proof of purchase').type).to.equal('file');
    });

    it('refuses a proof of purchase that is too large', async () => {
      const config = { files: { ...defaultConfig.files, maxBytes: 1024 * 1024 } };
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .config=${config}
        .verificationToken=${async () => 't'}></repair-request>`);
      await openContact(el);
      await attachFile(el, 'Proof of purchase', new File([new Uint8Array(1024 * 1024 + 1)], 'invoice.pdf'));
      await press(el, 'Send message');
      expect(fileError(el)).to.equal('The file must be 1 MB or smaller.');
    });
  });

  describe('verification', () => {
    it('is unavailable, with an e-mail address instead, when an endpoint is set but nothing can verify', async () => {
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact"></repair-request>`);
      await openContact(el);
      expect(text(el)).to.contain(UNAVAILABLE);
      expect(submitButton(el)).to.equal(null);
      expect(contactRoot(el).querySelector('.unavailable a')!.getAttribute('href')).to.equal('mailto:support.eu@dji.com');
      await isAccessible(el);
    });

    it('sends the token set by a slotted challenge', async () => {
      const calls = stubFetch();
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact">
        <div slot="verification"><input type="hidden" name="verification-token" value="ok-123"></div>
      </repair-request>`);
      await openContact(el);
      expect(text(el)).to.contain('Verification code');
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => calls.length === 1);
      expect(sentJson(calls[0]).verificationToken).to.equal('ok-123');
    });

    it('asks the customer to complete a slotted challenge that has no token yet', async () => {
      const calls = stubFetch();
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact">
        <div slot="verification"><input type="hidden" name="verification-token" value=""></div>
      </repair-request>`);
      await openContact(el);
      await completeContact(el);
      await press(el, 'Send message');
      expect(summaryItems(el)).to.deep.equal(['Complete the verification before you send your message.']);
      expect(text(el)).to.contain('Error: Complete the verification before you send your message.');
      expect(calls.length).to.equal(0);
      await isAccessible(el);
    });

    it('sends the token returned by the host’s verificationToken function', async () => {
      const calls = stubFetch();
      const el = await openVerified(async () => 'fn-token');
      expect(text(el)).not.to.contain('Verification code');
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => calls.length === 1);
      expect(sentJson(calls[0]).verificationToken).to.equal('fn-token');
    });
    it('does not send when the host’s verification fails, and says so', async () => {
      const calls = stubFetch();
      const el = await openVerified(async () => { throw new Error('challenge expired'); });
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => contactRoot(el).querySelector('.failure'));
      expect(contactRoot(el).querySelector('.failure')!.textContent).to.contain('The verification could not be completed.');
      expect(calls.length).to.equal(0);
    });
  });

  describe('sending to the contact endpoint', () => {
    it('POSTs the message as JSON and confirms it was sent', async () => {
      const calls = stubFetch();
      const el = await openVerified();
      await completeContact(el);
      await fill(el, 'Phone number', '+33 6 12 34 56 78');
      await select(el, 'Phone number type', 'Mobile');
      await press(el, 'Send message');
      await waitUntil(() => text(el).includes(SENT));
      expect(calls.length).to.equal(1);
      expect(calls[0].url).to.equal('/contact');
      expect(calls[0].init.method).to.equal('POST');
      expect((calls[0].init.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
      expect(calls[0].init.signal).to.be.instanceOf(AbortSignal);
      expect(sentJson(calls[0])).to.deep.equal({
        product: 'mini-2', productName: 'DJI Mini 2', name: 'Camille Martin', zone: 'europe', country: 'FR',
        email: 'camille@example.com', phone: '+33 6 12 34 56 78', phoneType: 'mobile', subject: 'Gimbal stuck',
        description: 'The gimbal does not move after the update.', verificationToken: 'fn-token', locale: 'en',
      });
      expect(contactRoot(el).activeElement?.textContent).to.equal('Message sent');
      await isAccessible(el);
      await press(el, 'Back to the repair request');
      expect(heading(el)).to.equal('Your device');
    });

    it('tells the customer the message was received: the reference to quote, when support answers, where the acknowledgement went', async () => {
      stubFetch(async () => Response.json({ ok: true, reference: 'MSG-0123456789ABCDEF01', acknowledged: true }, { status: 201 }));
      const el = await mount(html`<repair-request lang="en" contact-endpoint="/contact" .verificationToken=${async () => 'fn-token'}
        .config=${{ support: { answerWithinDays: 2 } }}></repair-request>`);
      await openContact(el);
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => text(el).includes(SENT));
      const sent = contactRoot(el).querySelector('.sent')!.textContent!.replace(/\s+/g, ' ');
      expect(sent).to.contain('Support usually answers within 2 days, not counting weekends and public holidays.');
      expect(sent).to.contain('Your reference: MSG-0123456789ABCDEF01');
      expect(sent).to.contain('Quote it if you write to us about this message.');
      expect(sent).to.contain('We have sent a confirmation to camille@example.com.');
      expect(contactRoot(el).activeElement?.textContent).to.equal('Message sent');
      await isAccessible(el);
    });

    it('shows no reference the endpoint did not give well, and no acknowledgement it did not send', async () => {
      stubFetch(async () => Response.json({ ok: true, reference: '<img src=x onerror=alert(1)>' }, { status: 201 }));
      const el = await openVerified();
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => text(el).includes(SENT));
      const sent = contactRoot(el).querySelector('.sent')!;
      expect(sent.textContent).not.to.contain('Your reference');
      expect(sent.textContent).not.to.contain('confirmation');
      expect(sent.textContent).not.to.contain('usually answers');
      expect(sent.querySelector('img')).to.equal(null);
    });

    it('sends multipart form data when a proof of purchase is attached', async () => {
      const calls = stubFetch();
      const el = await openVerified();
      await completeContact(el);
      await attachFile(el, 'Proof of purchase', new File(['%PDF'], 'invoice.pdf'));
      expect(text(el)).to.contain('Attached: invoice.pdf');
      await press(el, 'Send message');
      await waitUntil(() => calls.length === 1);
      const body = calls[0].init.body as FormData;
      expect(body).to.be.instanceOf(FormData);
      expect(JSON.parse(body.get('message') as string).subject).to.equal('Gimbal stuck');
      expect((body.get('proofOfPurchase') as File).name).to.equal('invoice.pdf');
      expect(calls[0].init.headers).not.to.have.property('Content-Type');
    });

    it('sends once however often Send is pressed', async () => {
      let answer!: (r: Response) => void;
      const calls = stubFetch(() => new Promise((resolve) => { answer = resolve; }));
      const el = await openVerified();
      await completeContact(el);
      const button = submitButton(el)!;
      button.click();
      button.click();
      await settle(el);
      expect(button.disabled).to.equal(true);
      expect(text(el)).to.contain('Sending your message…');
      button.click();
      await waitUntil(() => calls.length > 0);
      answer(new Response(null, { status: 204 }));
      await waitUntil(() => text(el).includes(SENT));
      expect(calls.length).to.equal(1);
    });

    it('keeps every answer when sending fails, and offers to try again or to e-mail instead', async () => {
      let fail = true;
      const calls = stubFetch(async () => new Response('', { status: fail ? 503 : 200 }));
      const el = await openVerified();
      await completeContact(el);
      await press(el, 'Send message');
      await waitUntil(() => contactRoot(el).querySelector('[role="alert"].failure'));
      const alert = contactRoot(el).querySelector('.failure')!;
      expect(alert.textContent).to.contain('Your message could not be sent.');
      expect(alert.textContent).to.contain('Support could not take your message (error 503). Try again later.');
      expect(contactRoot(el).activeElement).to.equal(alert);
      const mailto = [...alert.querySelectorAll('a')].find((a) => a.textContent === 'send it by e-mail')!;
      expect(mailto.getAttribute('href')).to.match(/^mailto:support\.eu@dji\.com\?subject=Gimbal%20stuck&body=/);
      expect(control(el, 'Your full name').value).to.equal('Camille Martin');
      expect(control<HTMLTextAreaElement>(el, 'Problem description').value).to.equal('The gimbal does not move after the update.');
      await isAccessible(el);
      fail = false;
      await press(el, 'Try again');
      await waitUntil(() => text(el).includes(SENT));
      expect(calls.length).to.equal(2);
    });
  });

  describe('without a contact endpoint', () => {
    it('writes the message as an e-mail instead of sending it', async () => {
      const calls = stubFetch();
      const el = await mount();
      await openContact(el);
      expect(submitButton(el)).to.equal(null);
      expect(text(el)).not.to.contain('Verification code');
      await completeContact(el);
      const link = [...contactRoot(el).querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Send by e-mail')!;
      const href = link.getAttribute('href')!;
      expect(href).to.match(/^mailto:support\.eu@dji\.com\?subject=Gimbal%20stuck&body=/);
      expect(href).to.contain(encodeURIComponent('E-mail address: camille@example.com'));
      expect(href).to.contain(encodeURIComponent('Product: DJI Mini 2'));
      expect(calls.length).to.equal(0);
      await isAccessible(el);
    });

    it('shows the errors instead of opening an incomplete e-mail', async () => {
      const el = await mount();
      await openContact(el);
      await press(el, 'Send by e-mail');
      expect(summaryItems(el)).to.have.length(7);
      expect(contactRoot(el).activeElement).to.equal(summary(el));
    });

    it('asks the customer to attach the proof of purchase themselves', async () => {
      const el = await mount();
      await openContact(el);
      expect(text(el)).not.to.contain('Attach your proof of purchase to the e-mail');
      await attachFile(el, 'Proof of purchase', new File(['%PDF'], 'invoice.pdf'));
      expect(text(el)).to.contain('Attach your proof of purchase to the e-mail');
      await isAccessible(el);
    });
  });
});
