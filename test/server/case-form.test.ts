/** The case form printed again from the status page: `GET /api/cases/{caseNumber}/case-form`, for the case's customer only. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/default-config.js';
import { composeEmail, EMAIL_HEADER } from '../../src/server/index.js';
import { EMAIL_TEXTS } from '../../src/server/notify/texts.js';
import { postJson, postWithFile, problemOf, STAFF, startServer, validRequest, type TestServer } from './helpers.js';

/** The host's own configuration: the server checks the answers against it, and the form names things by it. */
const config = { ...defaultConfig, brand: { ...defaultConfig.brand, name: 'Acme Drones' }, fee: { amount: 65, currency: 'CHF' } };

describe('the case form of a case, for its customer', () => {
  let s: TestServer;

  before(async () => {
    s = await startServer({ config, status: { pageUrl: 'https://shop.example/repair-status' } });
  });

  async function newCase(email = `camille-${crypto.randomUUID()}@example.com`) {
    const request = validRequest();
    request.address.email = email;
    const response = await postJson(s.url, request, { 'Content-Language': 'fr' });
    assert.equal(response.status, 201);
    return { ...(await response.json()), email, request } as { caseNumber: string; accessToken: string; email: string; request: ReturnType<typeof validRequest> };
  }
  const caseForm = (caseNumber: string, headers: Record<string, string>) => fetch(`${s.url}/api/cases/${caseNumber}/case-form`, { headers });

  it('gives the owner, by case number and e-mail, the answers as sent and the configuration they were checked against', async () => {
    const c = await newCase();
    const response = await caseForm(c.caseNumber, { [EMAIL_HEADER]: c.email.toUpperCase() });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const form = await response.json();
    assert.equal(form.caseNumber, c.caseNumber);
    assert.ok(!Number.isNaN(Date.parse(form.receivedAt)));
    assert.deepEqual(form.answers, c.request);
    assert.equal(form.config.brand.name, 'Acme Drones');
    assert.deepEqual(form.config, JSON.parse(JSON.stringify(config)));
    assert.equal(form.statusUrl, `https://shop.example/repair-status#case=${c.caseNumber}&lang=fr`, 'printed, the link has no token: it travels in the parcel');
  });

  it('gives the case with the configuration’s inspection fee, the one the summary and the e-mails state', async () => {
    const c = await newCase();
    const view = await (await fetch(`${s.url}/api/cases/${c.caseNumber}`, { headers: { [EMAIL_HEADER]: c.email } })).json();
    assert.deepEqual(view.inspectionFee, { amount: 65, currency: 'CHF' });
  });

  it('prints no token even for a customer who came with one, and issues none', async () => {
    const c = await newCase();
    const form = await (await caseForm(c.caseNumber, { Authorization: `Bearer ${c.accessToken}` })).json();
    assert.equal(form.statusUrl, `https://shop.example/repair-status#case=${c.caseNumber}&lang=fr`);
  });

  it('describes each file by name, size and type only', async () => {
    const response = await postWithFile(s.url, '%PDF-1.4\n%%EOF\n', 'receipt.pdf');
    assert.equal(response.status, 201);
    const c = await response.json();
    const form = await (await caseForm(c.caseNumber, { [EMAIL_HEADER]: 'camille@example.com' })).json();
    assert.deepEqual(form.answers.malfunction.proofOfPurchase, { name: 'receipt.pdf', size: 15, type: 'application/octet-stream' });
  });

  it('gives a wrong e-mail, another case’s token, a forged token and staff nothing more than the case itself does', async () => {
    const c = await newCase();
    const other = await newCase();
    const attempts: Record<string, string>[] = [
      { [EMAIL_HEADER]: other.email },
      { [EMAIL_HEADER]: 'someone.else@example.com' },
      { Authorization: `Bearer ${other.accessToken}` },
      { Authorization: `Bearer rrc_${'A'.repeat(43)}` },
    ];
    for (const headers of attempts) {
      const [form, view] = [await caseForm(c.caseNumber, headers), await fetch(`${s.url}/api/cases/${c.caseNumber}`, { headers })];
      const [formProblem, viewProblem] = [await problemOf(form, 404), await problemOf(view, 404)];
      assert.deepEqual(formProblem, viewProblem, JSON.stringify(headers));
    }
    const staff = await caseForm(c.caseNumber, { Authorization: `Bearer ${STAFF}` });
    assert.equal(staff.status, 404, 'not a staff route');
    assert.equal((await caseForm(c.caseNumber, {})).status, 401, 'nobody without a credential');
  });
});

describe('the e-mails, about the case form', () => {
  const mail = (locale: string, event: Record<string, unknown>) => composeEmail({
    caseNumber: 'CAS-1234567-ABC123', email: 'a@example.com', locale, statusUrl: 'https://shop.example/status#case=CAS-1234567-ABC123&token=t',
    event: { at: new Date().toISOString(), ...event } as never,
  }).text;

  it('say, with the new case and with the label, in every language, that the case form prints from the status page and goes in the parcel', () => {
    for (const [locale, texts] of Object.entries(EMAIL_TEXTS)) {
      assert.ok(mail(locale, { status: 'received' }).includes(texts.caseForm), `${locale}: received`);
      const label = mail(locale, { status: 'label_available', label: { name: 'label.pdf' } });
      assert.ok(label.indexOf(texts.label) >= 0 && label.indexOf(texts.caseForm) > label.indexOf(texts.label), `${locale}: after the label`);
      assert.ok(!mail(locale, { status: 'in_diagnosis' }).includes(texts.caseForm), `${locale}: not once the parcel is at the workshop`);
      if (locale !== 'en') assert.notEqual(texts.caseForm, EMAIL_TEXTS.en!.caseForm, `${locale} is translated`);
    }
    assert.match(EMAIL_TEXTS.fr!.caseForm, /formulaire de dossier/);
  });
});
