/**
 * The demo's staff pages in Chromium, against the real handler on PGlite and
 * its SMTP sink (the test runner's back end): demo/workshop.html lists the
 * cases and moves one through statuses, attaches a label and sends a quote;
 * demo/outbox.html lists the e-mails the customer received. Then the
 * customer's pages: the language menus of demo/default.html and demo/status.html.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { supportedLocales } from '../src/i18n/localization.js';
import { fileCase as newCase, quoteCase, staffEvent, TEST_STAFF_TOKEN } from './support/cases.js';
import { jpegBytes } from './support/pictures.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

const frames: HTMLIFrameElement[] = [];
afterEach(() => { for (const frame of frames.splice(0)) frame.remove(); });

/** A demo page in a same-origin frame, once its document has loaded. */
async function openPage(path: string) {
  const frame = Object.assign(document.createElement('iframe'), { src: path });
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const $ = <T extends HTMLElement>(doc: Document, selector: string) => doc.querySelector<T>(selector)!;

/** axe runs on this test's document: a copy of the page's section holding `selector` is checked here. */
async function sectionIsAccessible(doc: Document, selector: string) {
  const copy = document.importNode($(doc, selector).closest('section')!, true);
  document.body.append(copy);
  try {
    await expect(copy).to.be.accessible();
  } finally {
    copy.remove();
  }
}
const rowOf = (doc: Document, caseNumber: string) =>
  [...doc.querySelectorAll<HTMLTableRowElement>('#cases tr')].find((row) => row.cells[0]?.textContent === caseNumber);

/** The workshop page with the test back end's staff token, once it lists `caseNumber`. */
async function workshopListing(caseNumber: string) {
  const doc = await openPage('/demo/workshop.html');
  $<HTMLInputElement>(doc, '#token').value = TEST_STAFF_TOKEN;
  $<HTMLButtonElement>(doc, '#refresh').click();
  await waitUntil(() => rowOf(doc, caseNumber), 'the case is listed');
  return doc;
}

/** The statuses the page offers for the chosen case. */
const offered = (doc: Document) => [...$<HTMLSelectElement>(doc, '#status').options].map((o) => o.value);

/** Chooses `caseNumber` in the list; once the page offers what may follow its status. */
async function choose(doc: Document, caseNumber: string) {
  [...rowOf(doc, caseNumber)!.querySelectorAll('button')].find((b) => b.textContent === `Choose ${caseNumber}`)!.click();
  await waitUntil(() => offered(doc).length, 'the statuses that may follow are offered');
}

/** Chooses a status (and fills what it needs beforehand), submits the form and waits for the page's result. */
async function addEvent(doc: Document, status: string, fill: () => void = () => undefined) {
  $<HTMLSelectElement>(doc, '#status').value = status;
  fill();
  $(doc, '#result').textContent = '';
  $<HTMLButtonElement>(doc, '#event button[type="submit"]').click();
  await waitUntil(() => $(doc, '#result').textContent, `the page answers for ${status}`, { timeout: 5000 });
  return $(doc, '#result').textContent!;
}

/** The case as its customer sees it. */
const customerView = async (c: { caseNumber: string; accessToken: string }) =>
  (await fetch(`/api/cases/${c.caseNumber}`, { headers: { Authorization: `Bearer ${c.accessToken}` } })).json();

describe('demo/workshop.html (staff page)', () => {
  it('lists nothing without a valid staff token, and says why', async () => {
    const doc = await openPage('/demo/workshop.html');
    await waitUntil(() => $(doc, '#result').textContent, 'the first listing answers');
    expect($(doc, '#result').textContent).to.equal('The cases could not be listed (401).');
    expect(doc.querySelectorAll('#cases tr')).to.have.length(0);
  });

  it('lists the cases, moves one through statuses, attaches a label and sends a quote', async () => {
    const c = await newCase();
    const doc = await workshopListing(c.caseNumber);
    expect(rowOf(doc, c.caseNumber)!.cells[2]!.textContent).to.equal('received');
    expect($(doc, '#event').hidden).to.equal(true);

    [...rowOf(doc, c.caseNumber)!.querySelectorAll('button')].find((b) => b.textContent === `Choose ${c.caseNumber}`)!.click();
    expect($(doc, '#event').hidden).to.equal(false);
    expect($(doc, '#event-title').textContent).to.equal(`New event for ${c.caseNumber}`);
    expect(doc.activeElement).to.equal($(doc, '#status'));
    await waitUntil(() => offered(doc).length, 'the statuses that may follow are offered');
    expect(offered(doc)).to.deep.equal(['label_available', 'parcel_received', 'refused', 'cancelled'], 'no quote before the parcel has arrived');

    expect(await addEvent(doc, 'label_available', () => {
      const files = new DataTransfer();
      files.items.add(new File([PDF], 'return-label.pdf', { type: 'application/pdf' }));
      $<HTMLInputElement>(doc, '#label').files = files.files;
      $<HTMLInputElement>(doc, '#note').value = 'Print it and stick it on the parcel.';
    })).to.equal(`${c.caseNumber}: label_available added.`);
    $<HTMLInputElement>(doc, '#note').value = '';
    $<HTMLInputElement>(doc, '#label').value = '';
    expect(await addEvent(doc, 'parcel_received')).to.equal(`${c.caseNumber}: parcel_received added.`);
    expect(offered(doc)).to.deep.equal(['in_diagnosis', 'refused', 'cancelled']);
    expect(await addEvent(doc, 'in_diagnosis')).to.equal(`${c.caseNumber}: in_diagnosis added.`);
    expect(await addEvent(doc, 'quote_waiting', () => {
      $<HTMLInputElement>(doc, '#amount').value = '89.50';
      $<HTMLInputElement>(doc, '#covers').value = 'Gimbal motor replacement';
    })).to.equal(`${c.caseNumber}: quote_waiting added.`);
    await waitUntil(() => rowOf(doc, c.caseNumber)?.cells[2]?.textContent === 'quote_waiting', 'the list shows the new status');

    const view = await customerView(c);
    expect(view.events.map((e: { status: string }) => e.status)).to.deep.equal(['received', 'label_available', 'parcel_received', 'in_diagnosis', 'quote_waiting']);
    expect(view.events[1].note).to.equal('Print it and stick it on the parcel.');
    expect(view.label).to.deep.include({ name: 'return-label.pdf', type: 'application/pdf' });
    expect(await (await fetch(view.label.url, { headers: { Authorization: `Bearer ${c.accessToken}` } })).text()).to.equal(PDF);
    expect(view.pendingQuote).to.deep.include({ amount: 89.5, currency: 'EUR', covers: 'Gimbal motor replacement' });
  });

  it('offers nothing on a closed case', async () => {
    const c = await newCase();
    const doc = await workshopListing(c.caseNumber);
    await choose(doc, c.caseNumber);
    expect(await addEvent(doc, 'cancelled')).to.equal(`${c.caseNumber}: cancelled added.`);
    expect(offered(doc)).to.deep.equal([]);
    expect($<HTMLButtonElement>(doc, '#event button[type="submit"]').disabled).to.equal(true);
    expect($(doc, '#next').textContent).to.equal('Now "cancelled": no event may follow.');
  });

  it('names the case the event was added to, even when staff chose another while it was sent', async () => {
    const [a, b] = [await newCase(), await newCase()];
    const doc = await workshopListing(a.caseNumber);
    await waitUntil(() => rowOf(doc, b.caseNumber), 'both cases are listed');
    await choose(doc, a.caseNumber);
    const win = doc.defaultView! as Window & typeof globalThis;
    const realFetch = win.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let sent!: () => void;
    const sending = new Promise<void>((resolve) => { sent = resolve; });
    win.fetch = async (input, init) => {
      if (init?.method === 'POST') { sent(); await held; }
      return realFetch(input, init);
    };
    $<HTMLSelectElement>(doc, '#status').value = 'parcel_received';
    $(doc, '#result').textContent = '';
    $<HTMLButtonElement>(doc, '#event button[type="submit"]').click();
    await sending;
    [...rowOf(doc, b.caseNumber)!.querySelectorAll('button')].find((btn) => btn.textContent === `Choose ${b.caseNumber}`)!.click();
    release();
    await waitUntil(() => $(doc, '#result').textContent, 'the page answers', { timeout: 5000 });
    expect($(doc, '#result').textContent).to.equal(`${a.caseNumber}: parcel_received added.`);
    expect((await customerView(a)).events.map((e: { status: string }) => e.status)).to.deep.equal(['received', 'parcel_received']);
  });

  it('shows the server’s refusal of a status that may no longer follow (another workshop moved the case), and adds nothing', async () => {
    const c = await newCase();
    const doc = await workshopListing(c.caseNumber);
    await choose(doc, c.caseNumber);
    await staffEvent(c.caseNumber, { status: 'parcel_received' });
    expect(await addEvent(doc, 'parcel_received')).to.equal(`Refused (409): The case ${c.caseNumber} is "parcel_received": "parcel_received" cannot follow it; `
      + 'it may be followed by: in_diagnosis, refused, cancelled.');
    expect(offered(doc)).to.deep.equal(['in_diagnosis', 'refused', 'cancelled'], 'the page now offers what may follow');
    expect((await customerView(c)).events.map((e: { status: string }) => e.status)).to.deep.equal(['received', 'parcel_received']);
  });
});

/** A case with every part of the request answered (crash, flight-data analysis, express service), a proof of purchase and a photo. */
async function fullCase() {
  const email = `camille-${crypto.randomUUID()}@example.com`;
  const request = {
    device: { zone: 'europe', country: 'FR', identifiedBy: 'owned', model: 'mavic-mini', serial: '0K1CG1R0A30059' },
    malfunction: {
      serviceType: 'repair', issues: ['gimbal-camera', 'crash-damage'], description: '<b>Shakes</b> after a fall & drifts left.',
      supportContacted: true, purchaseChannel: 'authorised-retailer', receivedOn: '2025-03-14',
      proofOfPurchase: { name: 'receipt.pdf', size: PDF.length, type: 'application/pdf' },
      photos: { 'gimbal-close-up': [{ name: 'gimbal.jpg', size: jpegBytes().length, type: 'image/jpeg' }] },
      servicePlan: true, expressChoice: 'express', aircraftSerial: '0K1CG1R0A30059', expressConfirmed: true,
      crashCause: 'product', dataAnalysis: 'requested', accidentDate: '2025-06-02', flightEnvironment: 'seaside',
      abnormalCondition: 'black-screen', flightAccount: email, flightDataSynced: true,
    },
    parts: { kind: 'complete' },
    address: {
      returnAddress: { recipient: 'Camille Martin', line1: '12 rue de la Paix', line2: 'Bâtiment B', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' },
      email,
    },
    submit: { termsAccepted: true },
  };
  const form = new FormData();
  form.append('request', JSON.stringify(request));
  form.append('proofOfPurchase', new File([PDF], 'receipt.pdf', { type: 'application/pdf' }));
  form.append('photos', new File([jpegBytes()], 'gimbal.jpg', { type: 'image/jpeg' }));
  const response = await fetch('/api/repair-requests', {
    method: 'POST', headers: { 'Content-Language': 'fr', 'Idempotency-Key': crypto.randomUUID() }, body: form,
  });
  expect(response.status, await response.clone().text()).to.equal(201);
  return { ...(await response.json()) as { caseNumber: string }, email };
}

/** The request as the page shows it: each group's heading and its questions with their answers. */
const shownRequest = (doc: Document) => [...doc.querySelectorAll('#request h3')].map((h) => [
  h.textContent, [...h.nextElementSibling!.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
]);

describe('demo/workshop.html: the chosen case’s request', () => {
  it('shows the request as the summary groups it, every value as text, and names the groups of its files', async () => {
    const c = await fullCase();
    await staffEvent(c.caseNumber, { status: 'label_available', label: { name: 'return-label.pdf', contentBase64: btoa(PDF) } });
    const doc = await workshopListing(c.caseNumber);
    await choose(doc, c.caseNumber);
    await waitUntil(() => doc.querySelector('#request h3'), 'the request is shown');
    expect($(doc, '#request-title').textContent).to.equal(`Request of ${c.caseNumber}`);
    expect(shownRequest(doc)).to.deep.equal([
      ['Device', [['Product', 'Mavic Mini - The Everyday FlyCam'], ['Serial number', '0K1CG1R0A30059'], ['Zone', 'Europe'], ['Country', 'France (FR)']]],
      ['Malfunction', [
        ['Service type', 'Repair'], ['Problems', 'Gimbal and camera malfunction; Crash damage'],
        ['Description', '<b>Shakes</b> after a fall & drifts left.'], ['Support contacted', 'Yes'],
        ['Purchase channel', 'Authorised retailer'], ['Received on', '2025-03-14'], ['Service plan', 'Yes'],
        ['Express service', 'Chosen'], ['Aircraft serial number (express)', '0K1CG1R0A30059'], ['Express terms confirmed', 'Yes'],
        ['Cause of the accident', 'Product-related problem'], ['Flight-data analysis', 'Requested'], ['Accident date', '2025-06-02'],
        ['Flight environment', 'Seaside'], ['Abnormal condition', 'Black screen on the video downlink'],
        ['Flight account', c.email], ['Flight data synced', 'Yes'],
      ]],
      ['Parts sent', [['What is sent', 'Complete product set']]],
      ['Return address', [
        ['Recipient', 'Camille Martin'], ['Address', '12 rue de la Paix, Bâtiment B'], ['Postal code', '75002'], ['City', 'Paris'],
        ['Country', 'France (FR)'], ['Phone', '+33 1 23 45 67 89'],
      ]],
      ['Contact', [['E-mail', c.email], ['Language', 'French (fr)']]],
    ]);
    expect(doc.querySelector('#request b'), 'the description is text, not HTML').to.equal(null);
    await sectionIsAccessible(doc, '#request');

    await waitUntil(() => doc.querySelectorAll('#files > li').length === 3, 'the files are listed');
    const groups = [...doc.querySelectorAll('#files > li')].map((li) => [li.firstChild!.textContent, [...li.querySelectorAll('button')].map((b) => b.textContent)]);
    expect(groups).to.have.deep.members([
      ['Proof of purchase', [`Download receipt.pdf (application/pdf, ${PDF.length} bytes)`]],
      ['Damage photos: The gimbal, close up', [`Download gimbal.jpg (image/jpeg, ${jpegBytes().length} bytes)`]],
      ['Return label (sent by the workshop)', [`Download return-label.pdf (application/pdf, ${PDF.length} bytes)`]],
    ]);
  });

  it('says what is kept of a case whose customer’s data was erased', async () => {
    const c = await fullCase();
    const erase = await fetch('/api/customers/erase', {
      method: 'POST', headers: { Authorization: `Bearer ${TEST_STAFF_TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: c.email }),
    });
    expect(erase.status).to.equal(200);
    const doc = await workshopListing(c.caseNumber);
    await choose(doc, c.caseNumber);
    await waitUntil(() => doc.querySelector('#request h3'), 'what is kept of the request is shown');
    expect($(doc, '#request p').textContent).to.match(/^The customer's personal data was erased on .+; what the law requires is kept\.$/);
    expect(shownRequest(doc).map(([title]) => title)).to.not.include('Return address');
    expect(doc.querySelector('#files > li')!.textContent).to.equal('No files.');
  });
});

/** The case as staff read it (`GET /api/cases/{n}` with the staff token). */
const staffView = async (caseNumber: string) =>
  (await fetch(`/api/cases/${caseNumber}`, { headers: { Authorization: `Bearer ${TEST_STAFF_TOKEN}` } })).json() as Promise<{ events: { at: string }[] }>;

/** The history as the page shows it: each event's line, its dates' `datetime`, and what it carries (term → description). */
const shownHistory = (doc: Document) => [...doc.querySelectorAll('#history > li')].map((li) => ({
  line: li.querySelector('p')!.textContent,
  datetimes: [...li.querySelectorAll('time')].map((t) => t.dateTime),
  details: [...li.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
}));

describe('demo/workshop.html: the chosen case’s history and dates', () => {
  const shown = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

  it('lists every event stored for the case, in order, with who recorded it and when, in the page’s language; every value as text', async () => {
    const c = await newCase();
    await staffEvent(c.caseNumber, {
      status: 'label_available', author: 'Léa', note: '<b>Print</b> it & stick it on the parcel.',
      label: { name: 'return-label.pdf', contentBase64: btoa(PDF) },
    });
    await staffEvent(c.caseNumber, { status: 'parcel_received', author: 'Léa' });
    await staffEvent(c.caseNumber, { status: 'in_diagnosis' });
    await staffEvent(c.caseNumber, { status: 'quote_waiting', author: 'Marc', quote: { amount: 89.5, currency: 'EUR', covers: 'Gimbal motor replacement' } });
    const quote = (await customerView(c)).pendingQuote as { eventId: number };
    const answer = await fetch(`/api/cases/${c.caseNumber}/quote-answer`, {
      method: 'POST', body: JSON.stringify({ answer: 'accept', quoteEventId: quote.eventId }),
      headers: { Authorization: `Bearer ${c.accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(answer.status).to.equal(201);
    await staffEvent(c.caseNumber, { status: 'repair_in_progress', author: 'Marc' });
    await staffEvent(c.caseNumber, { status: 'shipped_back', author: 'Marc', trackingNumber: '1Z999AA10123456784', trackingUrl: 'https://track.example/1Z999AA10123456784' });
    const at = (await staffView(c.caseNumber)).events.map((e) => e.at);

    const doc = await workshopListing(c.caseNumber);
    expect(rowOf(doc, c.caseNumber)!.cells[1]!.querySelector('time')!.textContent, 'the list’s date too').to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s?[AP]M$/);
    await choose(doc, c.caseNumber);
    await waitUntil(() => doc.querySelectorAll('#history > li').length === 8, 'the history is shown');
    expect($(doc, '#history-title').textContent).to.equal(`History of ${c.caseNumber}`);
    expect(shownHistory(doc)).to.deep.equal([
      { line: `received, ${shown(at[0]!)}, by the customer`, datetimes: [at[0]], details: [] },
      {
        line: `label_available, ${shown(at[1]!)}, by the workshop (Léa)`, datetimes: [at[1]],
        details: [['Return label', `return-label.pdf (application/pdf, ${PDF.length} bytes)`], ['Note', '<b>Print</b> it & stick it on the parcel.']],
      },
      { line: `parcel_received, ${shown(at[2]!)}, by the workshop (Léa)`, datetimes: [at[2]], details: [] },
      { line: `in_diagnosis, ${shown(at[3]!)}, by the workshop`, datetimes: [at[3]], details: [] },
      { line: `quote_waiting, ${shown(at[4]!)}, by the workshop (Marc)`, datetimes: [at[4]], details: [['Quote', '€89.50: Gimbal motor replacement']] },
      { line: `quote_accepted, ${shown(at[5]!)}, by the customer`, datetimes: [at[5], at[4]], details: [['Answers the quote of', `${shown(at[4]!)} (€89.50)`]] },
      { line: `repair_in_progress, ${shown(at[6]!)}, by the workshop (Marc)`, datetimes: [at[6]], details: [] },
      {
        line: `shipped_back, ${shown(at[7]!)}, by the workshop (Marc)`, datetimes: [at[7]],
        details: [['Tracking number', '1Z999AA10123456784'], ['Tracking page', 'https://track.example/1Z999AA10123456784']],
      },
    ]);
    expect(doc.querySelector('#history b'), 'the note is text, not HTML').to.equal(null);
    expect($(doc, '#history').textContent, 'no ISO date shown').not.to.match(/\d{4}-\d{2}-\d{2}T/);
    await sectionIsAccessible(doc, '#history');
  });

  it('says who erased a customer’s data, and when, in the page’s language', async () => {
    const c = await newCase();
    const erase = await fetch('/api/customers/erase', {
      method: 'POST', headers: { Authorization: `Bearer ${TEST_STAFF_TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: c.email }),
    });
    expect(erase.status).to.equal(200);
    const { events, erasedAt } = await staffView(c.caseNumber) as { events: { at: string }[]; erasedAt: string };
    const doc = await workshopListing(c.caseNumber);
    await choose(doc, c.caseNumber);
    await waitUntil(() => doc.querySelectorAll('#history > li').length === 2, 'the history is shown');
    expect(shownHistory(doc).at(-1)).to.deep.equal({
      line: `erased, ${shown(events[1]!.at)}, by the server`, datetimes: [events[1]!.at], details: [['Note', 'Personal data erased on request.']],
    });
    const erased = $(doc, '#request p');
    expect(erased.querySelector('time')!.dateTime).to.equal(erasedAt);
    expect(erased.textContent).to.equal(`The customer's personal data was erased on ${shown(erasedAt)}; what the law requires is kept.`);
  });
});

describe('demo/outbox.html (the SMTP sink)', () => {
  it('lists the e-mails the customer received, as text, with a link to the status page', async () => {
    const c = await newCase();
    await quoteCase(c.caseNumber, { amount: 89, currency: 'EUR', covers: 'Gimbal motor replacement' });
    // The notifications are awaited before the routes answer; the sink may take a moment to store them.
    await waitUntil(async () => {
      const { mails } = await (await fetch('/api/__outbox')).json() as { mails: { to: string }[] };
      return mails.filter((m) => m.to === c.email).length === 4;
    }, 'the four e-mails reached the sink', { timeout: 10000 });

    const doc = await openPage('/demo/outbox.html');
    const mine = () => [...doc.querySelectorAll('#mails article')].filter((a) => a.querySelector('p')!.textContent!.startsWith(`To ${c.email} `));
    await waitUntil(() => mine().length === 4, 'the outbox lists the four e-mails');
    const subjects = mine().map((a) => a.querySelector('h2')!.textContent);
    expect(subjects).to.have.members(['Request received', 'Parcel received', 'In diagnosis', 'Quote waiting for your answer']
      .map((status) => `Demo – Repair case ${c.caseNumber}: ${status}`));
    for (const article of mine()) {
      expect(article.querySelector('pre')!.textContent).to.contain(c.caseNumber);
      const link = article.querySelector('a')!;
      expect(link.textContent).to.equal('Open the status page from this e-mail');
      expect(link.href).to.match(new RegExp(`/demo/status\\.html#case=${c.caseNumber}&token=rrc_[A-Za-z0-9_-]{43}&lang=en$`));
    }
  });
});

describe('the language menus of demo/default.html and demo/status.html', () => {
  const OWN_NAMES = [['en', 'English'], ['fr', 'Français'], ['de', 'Deutsch'], ['es', 'Español'], ['it', 'Italiano'], ['nl', 'Nederlands'],
    ['pl', 'Polski'], ['pt', 'Português'], ['zh-Hans', '简体中文'], ['ja', '日本語'], ['ar', 'العربية']];
  const menu = (doc: Document) => $<HTMLSelectElement>(doc, '#lang');
  const choose = (doc: Document, code: string) => {
    menu(doc).value = code;
    menu(doc).dispatchEvent(new Event('change'));
  };

  for (const path of ['/demo/default.html', '/demo/status.html']) {
    it(`${path} offers every language the widget ships, each in its own name`, async () => {
      const options = [...menu(await openPage(path)).options];
      expect(options.map((o) => o.value)).to.have.members([...supportedLocales]);
      expect(options.map((o) => [o.value, o.textContent])).to.deep.equal(OWN_NAMES);
      expect(options.every((o) => o.lang === o.value), 'each marked with its language').to.equal(true);
    });
  }

  it('demo/default.html renders the widget in the language chosen', async () => {
    const doc = await openPage('/demo/default.html');
    expect(menu(doc).value).to.equal('en');
    choose(doc, 'ja');
    await waitUntil(() => doc.querySelector('repair-request')!.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'ja', 'the widget speaks Japanese');
  });

  it('demo/status.html opens a French customer’s link in French, with the menu on Français, and follows a choice', async () => {
    const c = await newCase('fr');
    const doc = await openPage(`/demo/status.html#case=${c.caseNumber}&token=${c.accessToken}&lang=fr`);
    const status = doc.querySelector('repair-status')!;
    const firstStatus = () => status.shadowRoot!.querySelector('.timeline .status')?.textContent?.trim();
    await waitUntil(() => firstStatus() === 'Demande reçue', 'the case is shown in French');
    expect(menu(doc).value).to.equal('fr');
    choose(doc, 'de');
    await waitUntil(() => firstStatus() === 'Anfrage erhalten', 'then in German');
  });
});
