import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import {
  contactBody, contactDelivery, contactMailto, contactPayload, sendContactMessage, telHref,
} from '../../src/contact/contact-client.js';
import { contactPrefill, parseContact, PRODUCT_NOT_LISTED, type ContactValues } from '../../src/contact/contact-schema.js';

const valid: ContactValues = {
  product: 'mavic-mini',
  name: 'Camille Martin',
  zone: 'europe',
  country: 'FR',
  email: 'camille@example.com',
  subject: 'Gimbal stuck',
  description: 'The gimbal does not move after the update.',
};

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('contact message (pure)', () => {
  describe('schema', () => {
    it('requires product, name, continent, country, e-mail, subject and description, in form order', () => {
      const result = parseContact(defaultConfig, {});
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.errors).to.deep.equal({
        product: 'required', name: 'required', zone: 'required', country: 'required',
        email: 'required', subject: 'required', description: 'required',
      });
    });

    it('accepts the required fields alone, leaving blank optional fields out', () => {
      const result = parseContact(defaultConfig, { ...valid, phone: '', reseller: '  ', serial: '' });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.message).to.deep.equal({ ...valid, reseller: '' });
    });

    it('trims answers and upper-cases the serial number', () => {
      const result = parseContact(defaultConfig, { ...valid, name: '  Camille  ', serial: ' 0k1cg1r0a30059 ' });
      expect(result.ok && result.message.name).to.equal('Camille');
      expect(result.ok && result.message.serial).to.equal('0K1CG1R0A30059');
    });

    it('refuses a malformed e-mail address', () => {
      const result = parseContact(defaultConfig, { ...valid, email: 'camille@' });
      expect(!result.ok && result.errors).to.deep.equal({ email: 'email_invalid' });
    });

    it('refuses a country outside the chosen continent', () => {
      const result = parseContact(defaultConfig, { ...valid, country: 'US' });
      expect(!result.ok && result.errors).to.deep.equal({ country: 'country_not_in_zone' });
    });

    it('asks for the product name when the product is not listed', () => {
      const result = parseContact(defaultConfig, { ...valid, product: PRODUCT_NOT_LISTED });
      expect(!result.ok && result.errors).to.deep.equal({ productName: 'required' });
      expect(parseContact(defaultConfig, { ...valid, product: PRODUCT_NOT_LISTED, productName: 'Old drone' }).ok).to.equal(true);
    });

    it('refuses a product that is not in the catalogue', () => {
      const result = parseContact(defaultConfig, { ...valid, product: 'toaster' });
      expect(!result.ok && result.errors).to.deep.equal({ product: 'required' });
    });

    it('bounds the description as the repair request does', () => {
      const short = parseContact(defaultConfig, { ...valid, description: 'short' });
      expect(!short.ok && short.errors).to.deep.equal({ description: 'description_too_short' });
      const long = parseContact(defaultConfig, { ...valid, description: 'x'.repeat(defaultConfig.description.max + 1) });
      expect(!long.ok && long.errors).to.deep.equal({ description: 'description_too_long' });
    });

    it('checks phone numbers loosely, and the phone type against the list', () => {
      expect(parseContact(defaultConfig, { ...valid, phone: '+33 1 76 54 12 34', phoneType: 'mobile' }).ok).to.equal(true);
      const bad = parseContact(defaultConfig, { ...valid, phone: 'call me', phoneType: 'fax' });
      expect(!bad.ok && bad.errors).to.deep.equal({ phone: 'phone_invalid', phoneType: 'required' });
    });

    it('accepts a proof of purchase of an accepted type and size only', () => {
      expect(parseContact(defaultConfig, { ...valid, proofOfPurchase: file('invoice.pdf') }).ok).to.equal(true);
      const type = parseContact(defaultConfig, { ...valid, proofOfPurchase: file('invoice.exe') });
      expect(!type.ok && type.errors).to.deep.equal({ proofOfPurchase: 'file_type' });
      const config = { ...defaultConfig, files: { ...defaultConfig.files, maxBytes: 5 } };
      const size = parseContact(config, { ...valid, proofOfPurchase: file('invoice.pdf', 6) });
      expect(!size.ok && size.errors).to.deep.equal({ proofOfPurchase: 'file_too_large' });
    });

    it('requires the verification token only when a slotted challenge provides it', () => {
      expect(parseContact(defaultConfig, valid).ok).to.equal(true);
      const missing = parseContact(defaultConfig, { ...valid, verificationToken: ' ' }, { requireVerification: true });
      expect(!missing.ok && missing.errors).to.deep.equal({ verificationToken: 'verification_required' });
      expect(parseContact(defaultConfig, { ...valid, verificationToken: 'ok' }, { requireVerification: true }).ok).to.equal(true);
    });
  });

  describe('prefill from the repair request', () => {
    it('takes product, zone, country, serial, first issue, description, file, name and phone', () => {
      const proof = file('receipt.png');
      expect(contactPrefill({
        device: { zone: 'europe', country: 'FR', identifiedBy: 'serial', model: 'mavic-mini', serial: '0K1CG1R0A30059' },
        malfunction: { issues: ['battery', 'propulsion'], description: 'It will not charge.', proofOfPurchase: proof },
        address: { returnAddress: { recipient: 'Camille Martin', phone: '+33 6 12 34 56 78' } as never },
      })).to.deep.equal({
        product: 'mavic-mini', zone: 'europe', country: 'FR', serial: '0K1CG1R0A30059', issue: 'battery',
        description: 'It will not charge.', proofOfPurchase: proof, name: 'Camille Martin', phone: '+33 6 12 34 56 78',
      });
    });

    it('is empty for an empty draft', () => {
      expect(contactPrefill({})).to.deep.equal({});
    });
  });

  describe('delivery', () => {
    it('posts when there is an endpoint and a way to verify, mails without an endpoint, and is unavailable otherwise', () => {
      expect(contactDelivery({ endpoint: '/contact', hasTokenSource: true })).to.equal('post');
      expect(contactDelivery({ endpoint: '/contact', hasTokenSource: false })).to.equal('unavailable');
      expect(contactDelivery({ endpoint: undefined, hasTokenSource: true })).to.equal('mailto');
      expect(contactDelivery({ endpoint: '', hasTokenSource: false })).to.equal('mailto');
    });
  });

  describe('payload and body', () => {
    const parsed = parseContact(defaultConfig, { ...valid, proofOfPurchase: file('invoice.pdf') });
    const message = parsed.ok ? parsed.message : (() => { throw new Error('invalid fixture'); })();

    it('names the product, carries the token and locale, and leaves the file out', () => {
      const payload = contactPayload(defaultConfig, message, { verificationToken: 't-1', locale: 'fr' });
      expect(payload).to.deep.equal({
        ...valid, productName: 'Mavic Mini - The Everyday FlyCam', verificationToken: 't-1', locale: 'fr',
      });
    });

    it('is JSON without a file', () => {
      const payload = contactPayload(defaultConfig, message, { locale: 'en' });
      const { body, headers } = contactBody(payload);
      expect(headers['Content-Type']).to.equal('application/json');
      expect(JSON.parse(body as string)).to.deep.equal(payload);
    });

    it('is multipart with the message as JSON and the file as its own part', () => {
      const payload = contactPayload(defaultConfig, message, { locale: 'en' });
      const { body, headers } = contactBody(payload, message.proofOfPurchase);
      expect(body).to.be.instanceOf(FormData);
      expect(headers).not.to.have.property('Content-Type');
      const form = body as FormData;
      expect(JSON.parse(form.get('message') as string)).to.deep.equal(payload);
      expect((form.get('proofOfPurchase') as File).name).to.equal('invoice.pdf');
    });
  });

  describe('sending', () => {
    const original = window.fetch;
    afterEach(() => { window.fetch = original; });
    const payload = { ...valid, locale: 'en' } as never;

    it('posts once and resolves on a 2xx answer', async () => {
      const calls: RequestInit[] = [];
      window.fetch = async (_url, init) => { calls.push(init!); return new Response('{"ok":true}', { status: 201, headers: { 'Content-Type': 'application/json' } }); };
      const answer = await sendContactMessage('/contact', payload, undefined, { signal: new AbortController().signal });
      expect(answer).to.deep.equal({ ok: true });
      expect(calls.length).to.equal(1);
      expect(calls[0].method).to.equal('POST');
    });

    it('fails with the HTTP status', async () => {
      window.fetch = async () => new Response('no', { status: 503 });
      const error = await sendContactMessage('/contact', payload, undefined, { signal: new AbortController().signal }).catch((e) => e);
      expect(error.reason).to.equal('http');
      expect(error.httpStatus).to.equal(503);
    });

    it('fails with a timeout when the endpoint does not answer in time', async () => {
      window.fetch = (_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
      const error = await sendContactMessage('/contact', payload, undefined, { signal: new AbortController().signal, timeoutMs: 10 }).catch((e) => e);
      expect(error.reason).to.equal('timeout');
    });
  });

  describe('mailto: link', () => {
    it('encodes subject and body, one "Label: value" line per answer, long text as a paragraph', () => {
      const href = contactMailto('support.eu@dji.com', 'Gimbal & camera?', [
        { label: 'Product', value: 'DJI Mini 2' },
        { label: 'Phone number', value: '' },
        { label: 'Problem description', value: 'Line one\nLine two', block: true },
      ]);
      expect(href.startsWith('mailto:support.eu@dji.com?subject=Gimbal%20%26%20camera%3F&body=')).to.equal(true);
      const body = decodeURIComponent(href.split('&body=')[1]);
      expect(body).to.equal('Product: DJI Mini 2\r\n\r\nProblem description:\r\nLine one\r\nLine two');
    });

    it('is a bare address when there is nothing to add', () => {
      expect(contactMailto('help@example.com', '')).to.equal('mailto:help@example.com');
    });

    it('cannot be tricked into adding recipients or headers', () => {
      const href = contactMailto('help@example.com', 'x&cc=evil@example.com', [{ label: 'Name', value: 'a&bcc=b' }]);
      expect(href).not.to.contain('&cc=');
      expect(href).not.to.contain('&bcc=');
    });

    it('makes a tel: link from a printed number', () => {
      expect(telHref('+33 1 76 54 12 34')).to.equal('tel:+33176541234');
    });
  });
});
