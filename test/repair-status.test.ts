/** `<repair-status>` against the real server (PGlite, the test runner's back end): look-up, link, timeline, quote, label, languages. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase as newCase, quoteCase, staffEvent } from './support/cases.js';
import { lookUp } from './support/status.js';

const QUOTE = { amount: 129.9, currency: 'EUR', covers: 'Gimbal replacement and labour' };
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

const root = (el: RepairStatusElement) => el.shadowRoot!;
const text = (el: RepairStatusElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: RepairStatusElement, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const timeline = (el: RepairStatusElement) => [...root(el).querySelectorAll('.timeline .status')].map((s) => s.textContent!.trim());
const heading = (el: RepairStatusElement) => root(el).querySelector('h2')?.textContent?.trim();

async function mount(lang = 'en') {
  const el = await fixture<RepairStatusElement>(html`<repair-status lang=${lang} endpoint="/api"></repair-status>`);
  await waitUntil(() => root(el).querySelector('h2'), 'the element renders');
  return el;
}

/** Opens the element from a status link (`#case=…&token=…`), as the confirmation and the e-mails do. */
async function openFromLink(c: { caseNumber: string; accessToken: string }, lang = 'en') {
  history.replaceState(null, '', `#case=${c.caseNumber}&token=${c.accessToken}`);
  try {
    const el = await mount(lang);
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    return el;
  } finally {
    history.replaceState(null, '', location.pathname);
  }
}


/**
 * Holds the element's next reading of `caseNumber` (`GET …/cases/{caseNumber}`) until `release()`, which resolves
 * once the element has had that late answer and run what follows it. Restores `fetch` with `restore()`.
 */
function holdNextRead(caseNumber: string) {
  const realFetch = window.fetch;
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => { asked = resolve; });
  let open!: () => void;
  const gate = new Promise<void>((resolve) => { open = resolve; });
  let parsed: Promise<unknown> | undefined;
  let holding = true;
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!holding || (init?.method ?? 'GET') !== 'GET' || !url.pathname.endsWith(`/cases/${caseNumber}`)) return realFetch(input, init);
    holding = false;
    const real = await realFetch(input, init);
    const body = await real.text();
    asked();
    await gate;
    const response = new Response(body, { status: real.status, headers: real.headers });
    const json = response.json.bind(response);
    response.json = () => (parsed = json());
    return response;
  };
  return {
    requested,
    async release(el: RepairStatusElement) {
      open();
      await waitUntil(() => parsed, 'the element reads the late answer');
      await parsed;
      await aTimeout(0); // the element's code after its await runs in microtasks, all done before this task
      await el.updateComplete;
    },
    restore() { window.fetch = realFetch; },
  };
}

describe('<repair-status>', () => {
  it('looks a case up by case number and e-mail, and shows its timeline with what happens next', async () => {
    const c = await newCase();
    const el = await mount();
    expect(heading(el)).to.equal('Follow your repair');
    await expect(el).to.be.accessible();
    await lookUp(el, c.caseNumber.toLowerCase(), c.email);
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    expect(heading(el)).to.equal(`Case ${c.caseNumber}`);
    expect(timeline(el)).to.deep.equal(['Request received']);
    expect(text(el)).to.contain('We are checking your request.');
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain(`Case ${c.caseNumber} is shown.`);
    expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
    await expect(el).to.be.accessible();
  });

  it('gives one message for a wrong e-mail or an unknown case, and checks the format first', async () => {
    const c = await newCase();
    const el = await mount();
    await lookUp(el, 'CAS-12', c.email);
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('CAS-1234567-ABC123');
    await lookUp(el, c.caseNumber, 'someone.else@example.com');
    await waitUntil(() => root(el).querySelector('[role="alert"]')?.textContent?.includes('No case matches'));
    const wrongEmail = root(el).querySelector('[role="alert"]')!.textContent;
    await lookUp(el, 'CAS-0000000-NOSUCH', c.email);
    await waitUntil(() => !root(el).querySelector('p[role="status"]:not([aria-live])') && root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(wrongEmail);
    expect(root(el).querySelector('#case-email')!.getAttribute('aria-describedby')).to.equal('lookup-error');
    await expect(el).to.be.accessible();
  });

  it('from the printed case form’s link (no token) asks for the e-mail, with the case number filled in', async () => {
    const c = await newCase();
    history.replaceState(null, '', `#case=${c.caseNumber}&lang=fr`);
    let el: RepairStatusElement;
    try {
      el = await mount('');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    await waitUntil(() => heading(el) === 'Suivre votre réparation', 'the page speaks the link’s language');
    expect(root(el).querySelector<HTMLInputElement>('#case-number')!.value).to.equal(c.caseNumber);
    expect(root(el).querySelector<HTMLInputElement>('#case-email')!.value).to.equal('');
    expect(root(el).querySelector('.timeline'), 'nothing of the case without the e-mail').to.equal(null);
    await lookUp(el, c.caseNumber, c.email);
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    await expect(el).to.be.accessible();
  });

  it('opens from the status link, offers the label, and takes the quote’s acceptance once', async () => {
    const c = await newCase();
    await staffEvent(c.caseNumber, { status: 'label_available', label: { name: 'label.pdf', contentBase64: btoa(PDF) } });
    await quoteCase(c.caseNumber, QUOTE);
    const el = await openFromLink(c);
    expect(timeline(el)).to.deep.equal(['Request received', 'Return label available', 'Parcel received', 'In diagnosis', 'Quote waiting for your answer']);
    expect(button(el, 'Download the return label')).to.exist;
    expect(root(el).querySelector('.quote .amount')!.textContent).to.equal('€129.90');
    expect(text(el)).to.contain('It covers: Gimbal replacement and labour');
    expect(root(el).querySelector('.quote .fee')!.textContent).to.equal(
      'If you decline, your products are sent back unrepaired and an inspection fee of €50.00 per hour is charged.', 'the fee is known before any choice');
    await expect(el).to.be.accessible();
    let answered = 0;
    el.addEventListener('repair-request-quote-answered', () => answered++);
    button(el, 'Accept the quote').click();
    await waitUntil(() => timeline(el).includes('Quote accepted'), 'the answer is on the timeline');
    expect(answered).to.equal(1);
    expect(root(el).querySelector('.quote')).to.equal(null);
    expect(root(el).querySelector('[aria-live]')!.textContent).to.contain('You accepted the quote.');
    const stored = await (await fetch(`/api/cases/${c.caseNumber}`, { headers: { Authorization: `Bearer ${c.accessToken}` } })).json();
    expect(stored.events.map((e: { status: string }) => e.status).filter((s: string) => s === 'quote_accepted')).to.have.length(1);
  });

  it('states the server’s inspection fee, not a figure of the page’s own; without either, no amount at all', async () => {
    const c = await newCase();
    await quoteCase(c.caseNumber, QUOTE);
    history.replaceState(null, '', `#case=${c.caseNumber}&token=${c.accessToken}`);
    let el: RepairStatusElement;
    try {
      el = await fixture<RepairStatusElement>(html`<repair-status lang="en" endpoint="/api" inspection-fee="99" fee-currency="USD"></repair-status>`);
      await waitUntil(() => root(el).querySelector('.quote .fee'), 'the quote is shown');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    expect(root(el).querySelector('.quote .fee')!.textContent, 'the configuration’s fee, as in the summary and the e-mails').to.contain('€50.00 per hour');

    // A back end that does not send the fee, and a page that gives none: the fee is named, never invented.
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith(`/cases/${c.caseNumber}`)) return response;
      const { inspectionFee: _, ...view } = await response.json();
      return Response.json(view, { status: response.status });
    };
    try {
      el.removeAttribute('inspection-fee');
      await el.refresh();
      await waitUntil(() => !root(el).querySelector('.quote .fee')!.textContent!.includes('€'), 'the fee is worded without an amount');
    } finally {
      window.fetch = realFetch;
    }
    expect(root(el).querySelector('.quote .fee')!.textContent).to.equal('If you decline, your products are sent back unrepaired and an inspection fee is charged.');
    await expect(el).to.be.accessible();
  });

  it('answers only the quote shown: a quote replaced meanwhile is refused and the new one shown', async () => {
    const c = await newCase();
    await quoteCase(c.caseNumber, { ...QUOTE, amount: 89 });
    const el = await openFromLink(c);
    expect(root(el).querySelector('.quote .amount')!.textContent).to.equal('€89.00');
    await staffEvent(c.caseNumber, { status: 'quote_waiting', quote: { ...QUOTE, amount: 289 } });
    button(el, 'Accept the quote').click();
    await waitUntil(() => root(el).querySelector('.quote .amount')?.textContent === '€289.00', 'the new quote is shown');
    const stored = await (await fetch(`/api/cases/${c.caseNumber}`, { headers: { Authorization: `Bearer ${c.accessToken}` } })).json();
    expect(stored.events.map((e: { status: string }) => e.status)).not.to.include('quote_accepted');
    expect(stored.pendingQuote.amount).to.equal(289);
  });

  it('offers the return label only on the last label issued, and not once the case is closed', async () => {
    const c = await newCase();
    for (const name of ['label-a.pdf', 'label-b.pdf']) await staffEvent(c.caseNumber, { status: 'label_available', label: { name, contentBase64: btoa(PDF) } });
    await staffEvent(c.caseNumber, { status: 'parcel_received' });
    const labelButtons = (el: RepairStatusElement) =>
      [...root(el).querySelectorAll('.timeline li')].map((li) => !!li.querySelector('button'));
    const el = await openFromLink(c);
    expect(labelButtons(el)).to.deep.equal([false, false, true, false], 'on the re-issued label only');
    await staffEvent(c.caseNumber, { status: 'cancelled' });
    button(el, 'Check for news').click();
    await waitUntil(() => timeline(el).length === 5, 'the cancellation is shown');
    expect(labelButtons(el)).to.deep.equal([false, false, false, false, false], 'a closed case offers no label');
  });

  it('asks for a confirmation with the inspection fee before declining', async () => {
    const c = await newCase();
    await quoteCase(c.caseNumber, QUOTE);
    const el = await openFromLink(c);
    button(el, 'Decline the quote').click();
    await el.updateComplete;
    expect(text(el)).to.contain('an inspection fee of €50.00 per hour is charged');
    expect(root(el).activeElement).to.equal(root(el).querySelector('#decline-title'));
    expect(button(el, 'Confirm: decline the quote').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const ack = root(el).querySelector<HTMLInputElement>('#fee-ack')!;
    ack.click();
    await el.updateComplete;
    button(el, 'Confirm: decline the quote').click();
    await waitUntil(() => timeline(el).includes('Quote declined'));
    expect(text(el)).to.contain('Your products will be sent back unrepaired.');
  });

  for (const lang of ['fr', 'ar']) {
    it(`speaks ${lang} in every state, right to left in Arabic, with dates in the language, and passes axe`, async () => {
      const c = await newCase(lang);
      await quoteCase(c.caseNumber, QUOTE);
      const lookup = await mount(lang);
      expect(heading(lookup)).to.equal(lang === 'fr' ? 'Suivre votre réparation' : 'تابع الإصلاح');
      expect(root(lookup).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(lookup).to.be.accessible();
      await lookUp(lookup, c.caseNumber, 'wrong@example.com');
      await waitUntil(() => root(lookup).querySelector('[role="alert"]'));
      await expect(lookup).to.be.accessible();

      const el = await openFromLink(c, lang);
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
      expect(text(el)).to.contain(date.slice(0, 4));
      expect(timeline(el)[0]).to.equal(lang === 'fr' ? 'Demande reçue' : 'تم استلام الطلب');
      await expect(el).to.be.accessible();
      button(el, lang === 'fr' ? 'Refuser le devis' : 'رفض عرض السعر').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  describe('when the status link carries the customer’s language (`&lang=…`)', () => {
    /** Opens the element from a link with `lang`, on a page whose language is English, the element's own `lang` as given. */
    async function openIn(c: { caseNumber: string; accessToken: string }, linkLang: string, ownLang?: string) {
      history.replaceState(null, '', `#case=${c.caseNumber}&token=${c.accessToken}&lang=${linkLang}`);
      try {
        const page = await fixture<HTMLElement>(ownLang
          ? html`<div lang="en"><repair-status lang=${ownLang} endpoint="/api"></repair-status></div>`
          : html`<div lang="en"><repair-status endpoint="/api"></repair-status></div>`);
        const el = page.querySelector('repair-status')!;
        await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
        return el;
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    }

    it('opens in that language when the element has no `lang` of its own', async () => {
      const c = await newCase('fr');
      const el = await openIn(c, 'fr');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
      expect(timeline(el)).to.deep.equal(['Demande reçue']);
      expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain(`Le dossier ${c.caseNumber} est affiché.`);
      await expect(el).to.be.accessible();
    });

    it('gives way to the host’s own `lang` attribute', async () => {
      const c = await newCase('fr');
      const el = await openIn(c, 'fr', 'de');
      expect(timeline(el)).to.deep.equal(['Anfrage erhalten']);
    });

    it('ignores a language that is not supported', async () => {
      const c = await newCase();
      const el = await openIn(c, 'xx');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(timeline(el)).to.deep.equal(['Request received']);
    });
  });

  it('rewords its screen-reader status line when its language changes', async () => {
    const c = await newCase();
    const el = await openFromLink(c);
    const status = () => root(el).querySelector('[role="status"][aria-live]')!.textContent!.trim();
    expect(status()).to.equal(`Case ${c.caseNumber} is shown.`);
    el.setAttribute('lang', 'fr');
    await waitUntil(() => timeline(el)[0] === 'Demande reçue', 'the element speaks French');
    expect(status()).to.equal(`Le dossier ${c.caseNumber} est affiché.`);
  });
  describe('when an answer for a case comes after the customer turned to another', () => {
    const OTHER_QUOTE = { amount: 45, currency: 'EUR', covers: 'Propeller set' };

    /** Case A (with `QUOTE`) shown by look-up, and case B (with `OTHER_QUOTE`) filed. */
    async function twoCases() {
      const a = await newCase();
      const b = await newCase();
      await quoteCase(a.caseNumber, QUOTE);
      await quoteCase(b.caseNumber, OTHER_QUOTE);
      const el = await mount();
      await lookUp(el, a.caseNumber, a.email);
      await waitUntil(() => heading(el) === `Case ${a.caseNumber}`, 'case A is shown');
      return { a, b, el };
    }

    async function turnTo(el: RepairStatusElement, b: { caseNumber: string; email: string }) {
      button(el, 'Look up another case').click();
      await waitUntil(() => root(el).querySelector('#case-number'), 'the look-up form is back');
      await lookUp(el, b.caseNumber, b.email);
      await waitUntil(() => heading(el) === `Case ${b.caseNumber}`, 'case B is shown');
    }

    const lateReads = [
      { what: 'a late refresh of the case left, so the case shown and the one answered stay the same', press: 'Check for news', said: 'The case is up to date.' },
      { what: 'the late reading that follows an answer to the case left', press: 'Accept the quote', said: 'You accepted the quote.' },
    ];
    for (const { what, press, said } of lateReads) {
      it(`drops ${what}`, async () => {
        const { a, b, el } = await twoCases();
        const late = holdNextRead(a.caseNumber);
        try {
          button(el, press).click();
          await late.requested;
          await turnTo(el, b);
          await late.release(el);
        } finally {
          late.restore();
        }
        expect(heading(el)).to.equal(`Case ${b.caseNumber}`);
        expect(root(el).querySelector('.quote .amount')!.textContent).to.equal('€45.00');
        expect(root(el).querySelector('[aria-live]')!.textContent).not.to.contain(said);
      });
    }
  });
});
