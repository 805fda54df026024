/** The SMTP notifier against a real SMTP server started by the test (`smtp-inbox.ts`). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeEmail, createSmtpNotifier } from '../../src/server/index.js';
import { EMAIL_TEXTS } from '../../src/server/notify/texts.js';
import { postJson, STAFF, startServer, validRequest, type TestServer } from './helpers.js';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.js';

const staffJson = { Authorization: `Bearer ${STAFF}`, 'Content-Type': 'application/json' };

describe('e-mail notifications through SMTP', () => {
  let smtp: SmtpInbox;
  let s: TestServer;
  const errors: unknown[][] = [];
  const mailTo = (to: string, text: string) => smtp.mailTo(to, text);

  before(async () => {
    smtp = await startSmtpInbox();
    const notify = createSmtpNotifier({ transport: { host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }, from: '"Acme Repairs" <repairs@acme.example>', brand: 'Acme' });
    s = await startServer({ status: { pageUrl: 'https://shop.example/status' }, notify, logger: { info() {}, error: (...args: unknown[]) => { errors.push(args); } } });
  });
  after(() => smtp.close());

  async function newCase(email: string, language: string) {
    const request = validRequest();
    request.address.email = email;
    const response = await postJson(s.url, request, { 'Content-Language': language });
    return (await response.json()) as { caseNumber: string; statusUrl: string; accessToken: string };
  }

  it('tells the customer the case was received, in the request’s language, with the case number and the status link', async () => {
    const email = `camille-${crypto.randomUUID()}@example.com`;
    const c = await newCase(email, 'fr');
    const mail = await mailTo(email, c.caseNumber);
    assert.equal(mail.subject, `Acme – Dossier de réparation ${c.caseNumber} : Demande reçue`);
    assert.equal(mail.from?.text, '"Acme Repairs" <repairs@acme.example>');
    assert.equal(mail.headers.get('content-language'), 'fr');
    assert.match(mail.text!, new RegExp(`Votre dossier de réparation ${c.caseNumber} a un nouveau statut : Demande reçue\\.`));
    assert.ok(mail.text!.includes(`Suivre votre réparation : ${c.statusUrl}`), mail.text ?? '');
    assert.ok((mail.html as string).includes(`href="${c.statusUrl.replaceAll('&', '&#38;')}"`), 'the HTML links the status page');
  });

  it('sends each staff event with what it carries: the quote in the customer’s currency format, the tracking number; the note as text, never HTML', async () => {
    const email = `hans-${crypto.randomUUID()}@example.com`;
    const c = await newCase(email, 'de');
    await mailTo(email, 'Anfrage erhalten');
    const post = (body: unknown) => fetch(`${s.url}/api/cases/${c.caseNumber}/events`, { method: 'POST', headers: staffJson, body: JSON.stringify(body) });
    for (const status of ['parcel_received', 'in_diagnosis']) assert.equal((await post({ status })).status, 201);
    assert.equal((await post({ status: 'quote_waiting', note: '<b>Gimbal</b> & motor', quote: { amount: 1234.5, currency: 'EUR', covers: 'Gimbal' } })).status, 201);
    const quote = await mailTo(email, 'Kostenvoranschlag wartet');
    assert.ok(quote.text!.replace(/[\u00a0\u202f]/g, ' ').includes('Kostenvoranschlag: 1.234,50 €. Er umfasst: Gimbal.'), quote.text ?? '');
    assert.ok(quote.text!.includes('Nachricht der Werkstatt: <b>Gimbal</b> & motor'));
    assert.ok(quote.text!.replace(/[\u00a0\u202f]/g, ' ').includes(
      'Wenn Sie ihn ablehnen, werden Ihre Produkte unrepariert zurückgesandt und eine Prüfgebühr von 50,00 € pro Stunde wird berechnet.'), 'the fee, before any choice');
    assert.ok((quote.html as string).includes('&#60;b&#62;Gimbal&#60;/b&#62; &#38; motor'), 'escaped in the HTML part');
    const accepted = await fetch(`${s.url}/api/cases/${c.caseNumber}/quote-answer`, {
      method: 'POST', headers: { Authorization: `Bearer ${c.accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ answer: 'accept' }),
    });
    assert.equal(accepted.status, 201);
    assert.equal((await post({ status: 'repair_in_progress' })).status, 201);
    assert.equal((await post({ status: 'shipped_back', trackingNumber: '1Z999AA10123456784' })).status, 201);
    const shipped = await mailTo(email, 'Zurückgesandt');
    assert.ok(shipped.text!.includes('Sendungsnummer: 1Z999AA10123456784'));
    const link = /https:\/\/shop\.example\/status#case=[^\s]+/.exec(shipped.text!)![0];
    assert.match(link, /&lang=de$/, 'the link opens the status page in the customer’s language');
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;
    assert.equal((await fetch(`${s.url}/api/cases/${c.caseNumber}`, { headers: { Authorization: `Bearer ${token}` } })).status, 200, 'the e-mail’s link opens the case');
  });

  it('states the inspection fee in the "quote declined" e-mail', async () => {
    const email = `lea-${crypto.randomUUID()}@example.com`;
    const c = await newCase(email, 'fr');
    const post = (body: unknown) => fetch(`${s.url}/api/cases/${c.caseNumber}/events`, { method: 'POST', headers: staffJson, body: JSON.stringify(body) });
    for (const status of ['parcel_received', 'in_diagnosis']) assert.equal((await post({ status })).status, 201);
    assert.equal((await post({ status: 'quote_waiting', quote: { amount: 129.9, currency: 'EUR', covers: 'Nacelle' } })).status, 201);
    const declined = await fetch(`${s.url}/api/cases/${c.caseNumber}/quote-answer`, {
      method: 'POST', headers: { Authorization: `Bearer ${c.accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ answer: 'decline', feeAcknowledged: true }),
    });
    assert.equal(declined.status, 201);
    const mail = await mailTo(email, 'Devis refusé');
    assert.ok(mail.text!.replace(/[\u00a0\u202f]/g, ' ').includes(
      'Vos produits vous seront renvoyés sans réparation, et des frais d’inspection de 50,00 € de l’heure sont facturés.'), mail.text ?? '');
  });

  it('words the fee in every language of the e-mails, with the amount in its format', () => {
    const quote = { amount: 129.9, currency: 'EUR', covers: 'Gimbal' };
    for (const locale of Object.keys(EMAIL_TEXTS)) {
      for (const status of ['quote_waiting', 'quote_declined']) {
        const mail = composeEmail({
          caseNumber: 'CAS-1234567-ABC123', email: 'a@example.com', locale,
          event: { status, at: new Date().toISOString(), ...(status === 'quote_waiting' ? { quote } : {}), inspectionFee: { amount: 50, currency: 'EUR' } },
        });
        const fee = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(50);
        assert.ok(mail.text.includes(fee), `${locale} ${status}: ${mail.text}`);
        if (locale !== 'en') assert.ok(!mail.text.includes('inspection fee'), `${locale} ${status} is translated`);
      }
    }
  });

  it('writes Arabic right to left, and falls back to English for a language without texts', async () => {
    const arabic = `layla-${crypto.randomUUID()}@example.com`;
    const a = await newCase(arabic, 'ar');
    const mail = await mailTo(arabic, a.caseNumber);
    assert.match(mail.html as string, /<html lang="ar" dir="rtl">/);
    assert.ok(mail.subject!.includes('تم استلام الطلب'));
    const finnish = `aino-${crypto.randomUUID()}@example.com`;
    const f = await newCase(finnish, 'fi-FI');
    assert.equal((await mailTo(finnish, f.caseNumber)).subject, `Acme – Repair case ${f.caseNumber}: Request received`);
  });

  it('keeps the case when the SMTP server cannot be reached, and logs why', async () => {
    const down = await startServer({
      notify: createSmtpNotifier({ transport: { host: '127.0.0.1', port: 9, secure: false, ignoreTLS: true, connectionTimeout: 2000 }, from: 'repairs@acme.example' }),
      logger: { info() {}, error: (...args: unknown[]) => { errors.push(args); } },
    });
    const response = await postJson(down.url, validRequest());
    assert.equal(response.status, 201);
    const { caseNumber } = await response.json();
    assert.ok(errors.some((e) => String(e[0]).includes(`notification of ${caseNumber}`)));
    const stored = await fetch(`${down.url}/api/cases/${caseNumber}`, { headers: { Authorization: `Bearer ${STAFF}` } });
    assert.equal(stored.status, 200);
  });
});
