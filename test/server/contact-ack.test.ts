/**
 * The contact route's answer and acknowledgement: the reference the customer quotes, the acknowledgement e-mail
 * in their language and the workshop's copy of the message, against a real SMTP server (smtp-server) started by
 * the test (`smtp-inbox.ts`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/default-config.js';
import { composeAcknowledgement, createSmtpNotifier } from '../../src/server/index.js';
import { EMAIL_TEXTS } from '../../src/server/notify/texts.js';
import { STAFF, startServer, validMessage, type TestServer } from './helpers.js';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const REFERENCE = /^MSG-[0-9A-F]{18}$/;
const WORKSHOP = 'workshop@acme.example';
const config = { ...defaultConfig, support: { ...defaultConfig.support, answerWithinDays: 3 } };

/** POSTs a contact message, as JSON or (with `file`) as multipart with the proof of purchase. */
function postMessage(url: string, message: Record<string, unknown>, file?: { bytes: string; name: string }) {
  if (!file) {
    return fetch(`${url}/api/contact`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message) });
  }
  const form = new FormData();
  form.append('message', JSON.stringify(message));
  form.append('proofOfPurchase', new Blob([file.bytes], { type: 'application/pdf' }), file.name);
  return fetch(`${url}/api/contact`, { method: 'POST', body: form });
}

describe('the contact route’s acknowledgement', () => {
  let smtp: SmtpInbox;
  let s: TestServer;
  const mailTo = (to: string, text: string) => smtp.mailTo(to, text);

  before(async () => {
    smtp = await startSmtpInbox();
    const notify = createSmtpNotifier({
      transport: { host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }, from: '"Acme Support" <support@acme.example>', brand: 'Acme', workshop: WORKSHOP,
    });
    s = await startServer({ config, notify });
  });
  after(() => smtp.close());

  it('answers with the message’s reference, and acknowledges it to the customer in their language', async () => {
    const email = `camille-${crypto.randomUUID()}@example.com`;
    const response = await postMessage(s.url, { ...validMessage(), email });
    assert.equal(response.status, 201);
    const body = await response.json() as { ok: boolean; reference: string; acknowledged: boolean };
    assert.equal(body.ok, true);
    assert.match(body.reference, REFERENCE);
    assert.equal(body.acknowledged, true);
    const mail = await mailTo(email, body.reference);
    const text = mail.text!.replace(/[\u00a0\u202f]/g, ' ');
    assert.equal(mail.subject, `Acme – Nous avons reçu votre message (${body.reference})`);
    assert.equal(mail.headers.get('content-language'), 'fr');
    assert.ok(text.includes('Merci pour votre message : nous l’avons bien reçu, et l’assistance vous répondra par e-mail.'), text);
    assert.ok(text.includes('L’assistance répond en général sous 3 jours, hors week-ends et jours fériés.'), text);
    assert.ok(text.includes(`Votre référence : ${body.reference}.`), text);
    assert.ok(!text.includes('The gimbal shakes') && !text.includes('Gimbal'), 'the acknowledgement repeats nothing the sender typed');
  });

  it('sends the message itself to the workshop, with the customer to reply to and the proof of purchase attached', async () => {
    const email = `jan-${crypto.randomUUID()}@example.com`;
    const message = { ...validMessage(), email, subject: 'Gimbal <b>stuck</b>', serial: '0K1CG1R0A30059', locale: 'nl' };
    const response = await postMessage(s.url, message, { bytes: PDF, name: 'invoice.pdf' });
    assert.equal(response.status, 201);
    const { reference } = await response.json() as { reference: string };
    const copy = await mailTo(WORKSHOP, reference);
    assert.equal(copy.subject, `Contact message ${reference}: Gimbal <b>stuck</b>`);
    assert.equal((copy.replyTo as { text: string }).text, email);
    for (const line of ['Name: Camille Martin', 'Serial number: 0K1CG1R0A30059', 'Country/region: FR', `E-mail: ${email}`, 'The gimbal shakes in flight.']) {
      assert.ok(copy.text!.includes(line), `${line} in ${copy.text}`);
    }
    assert.ok((copy.html as string).includes('Gimbal &#60;b&#62;stuck&#60;/b&#62;'), 'escaped in the HTML part');
    assert.deepEqual(copy.attachments.map((a) => [a.filename, a.content.toString()]), [['invoice.pdf', PDF]]);
    assert.equal((await mailTo(email, reference)).headers.get('content-language'), 'nl');
  });

  it('keeps the message when the SMTP server cannot be reached, says it was not acknowledged, and logs why', async () => {
    const errors: unknown[][] = [];
    const down = await startServer({
      notify: createSmtpNotifier({ transport: { host: '127.0.0.1', port: 9, secure: false, ignoreTLS: true, connectionTimeout: 2000 }, from: 'support@acme.example' }),
      logger: { info() {}, error: (...args: unknown[]) => { errors.push(args); } },
    });
    const email = `lea-${crypto.randomUUID()}@example.com`;
    const response = await postMessage(down.url, { ...validMessage(), email });
    assert.equal(response.status, 201);
    const body = await response.json() as { reference: string; acknowledged: boolean };
    assert.match(body.reference, REFERENCE);
    assert.equal(body.acknowledged, false);
    assert.match(String(errors[0]?.[0]), new RegExp(`acknowledgement of message ${body.reference} failed`));
    const exported = await fetch(`${down.url}/api/customers/export`, {
      method: 'POST', headers: { Authorization: `Bearer ${STAFF}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ email }),
    });
    const { messages } = await exported.json() as { messages: { id: string }[] };
    assert.deepEqual(messages.map((m) => m.id), [body.reference]);
  });

  it('says nothing was acknowledged without a notifier, and still gives the reference', async () => {
    const quiet = await startServer({ notify: undefined });
    const body = await (await postMessage(quiet.url, validMessage())).json() as { reference: string; acknowledged: boolean };
    assert.match(body.reference, REFERENCE);
    assert.equal(body.acknowledged, false);
  });

  it('words the acknowledgement in every language of the e-mails, with the answer time in days', () => {
    for (const locale of Object.keys(EMAIL_TEXTS)) {
      const mail = composeAcknowledgement({
        reference: 'MSG-0123456789ABCDEF01', receivedAt: new Date().toISOString(), email: 'a@example.com', locale, message: {}, answerWithinDays: 2, files: [],
      });
      const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(2);
      assert.ok(mail.text.includes(days) && mail.text.includes('MSG-0123456789ABCDEF01'), `${locale}: ${mail.text}`);
      const english = composeAcknowledgement({ reference: 'MSG-0123456789ABCDEF01', receivedAt: '', email: '', locale: 'en', message: {}, files: [] });
      if (locale !== 'en') {
        for (const line of english.text.trim().split('\n\n')) assert.ok(!mail.text.includes(line), `${locale} is translated: ${mail.text}`);
      }
    }
  });
});
