import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { encodeCode128 } from '../src/confirmation/code128.js';
import { encodeQr } from '../src/confirmation/qr.js';
import { defaultConfig } from '../src/config/default-config.js';
import {
  check, completeDevice, completeToSummary, fill, homeAddress, isAccessible, mount, next, partsToSummary, press,
  requestAnalysis, select, speak, stepRoot, toServicePlan, type, type Widget,
} from './helpers.js';

const CASE_NUMBER = 'CAS-1234567-ABCDEF';

/**
 * Sends a request to a stubbed endpoint and returns the confirmation's shadow root: the seed's, or the one `walk`
 * answers up to the summary (the customer owns an Osmo Pocket 3, "My Pocket").
 */
async function confirmed(config?: object, walk: (el: Widget) => Promise<void> = completeToSummary) {
  const el = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .config=${config} .addresses=${[homeAddress]}
    .ownedProducts=${[{ model: 'osmo-pocket-3', serial: '5YPK2A0B102310', nickname: 'My Pocket' }]}></repair-request>`);
  await walk(el);
  await check(el, 'I have read and accept');
  await press(el, 'Submit');
  await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation')?.shadowRoot?.querySelector('h2'),
    'the confirmation was not shown');
  const view = el.shadowRoot!.querySelector('repair-request-confirmation')!;
  await view.updateComplete;
  return { el, root: view.shadowRoot! };
}

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const printCopy = () => document.querySelector<HTMLElement>('[data-repair-request-print]');
const display = (node: Element) => getComputedStyle(node).display;

/** The top-level element of the page that holds the widget. */
const pageBlock = (el: Widget) => {
  let node: Element = el;
  while (node.parentElement && node.parentElement !== document.body) node = node.parentElement;
  return node;
};

describe('<repair-request> confirmation', () => {
  const realFetch = window.fetch;
  const realPrint = window.print;
  let printed = 0;

  beforeEach(() => {
    printed = 0;
    window.fetch = (async () => Response.json({ caseNumber: CASE_NUMBER }, { status: 201 })) as typeof fetch;
    window.print = () => { printed++; };
  });

  afterEach(async () => {
    window.fetch = realFetch;
    window.print = realPrint;
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('says the request was sent and shows the case number prominently', async () => {
    const { root } = await confirmed();
    const panel = root.querySelector('[part="confirmation-panel"]')!;
    expect(fold(panel.querySelector('h2')!.textContent)).to.equal('Request sent!');
    expect(fold(panel.textContent)).to.contain(`Case number: ${CASE_NUMBER}`);
    expect(root.activeElement).to.equal(panel.querySelector('h2'));
  });

  it('keeps the case number on one line on a phone, and “Start a new request” as wide as the form, as every button there', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const { el, root } = await confirmed();
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="new-request-button"]')!;
      expect(button.getBoundingClientRect().width).to.be.closeTo(button.parentElement!.getBoundingClientRect().width, 0.5);
      const number = root.querySelector('[part="confirmation-panel"] strong')!;
      const range = document.createRange();
      range.selectNodeContents(number);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, fold(number.textContent)).to.equal(1);
      expect(number.scrollWidth).to.be.at.most(number.clientWidth, 'and it fits');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const caseNumber of ['CAS-7534825-3V0CNM', 'CAS-0000000-MWMWMW']) {
    it(`shows the whole case number ${caseNumber} in the case form preview on a 390 px phone, in French`, async () => {
      window.fetch = (async () => Response.json({ caseNumber }, { status: 201 })) as typeof fetch;
      await setViewport({ width: 390, height: 800 });
      try {
        const { el, root } = await confirmed();
        await speak(el, 'fr');
        expect(el.getBoundingClientRect().width).to.be.at.most(390);
        const box = root.querySelector<HTMLElement>('.case-form .case')!;
        const line = box.querySelector<HTMLElement>('.case-number')!;
        expect(fold(line.textContent)).to.contain(caseNumber);
        expect(line.scrollWidth, 'the line does not overflow').to.be.at.most(line.clientWidth);
        expect(box.scrollWidth, 'nor its box').to.be.at.most(box.clientWidth);
        const range = document.createRange();
        range.selectNodeContents(line.querySelector('strong')!);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, 'on one line').to.equal(1);
        const number = line.querySelector('strong')!.getBoundingClientRect();
        const inner = line.getBoundingClientRect();
        expect(number.left).to.be.at.least(inner.left - 0.5);
        expect(number.right, 'the number ends inside its box').to.be.at.most(inner.right + 0.5);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('draws the case form preview as wide as the form, with no empty column beside it', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const { root } = await confirmed();
      const paper = root.querySelector<HTMLElement>('.paper')!;
      const form = root.querySelector<HTMLElement>('.case-form')!;
      const padding = parseFloat(getComputedStyle(paper).paddingInlineStart) + parseFloat(getComputedStyle(paper).paddingInlineEnd);
      expect(paper.clientWidth - padding - form.offsetWidth).to.be.below(2);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lists the next steps of the guide in order, with the ways to follow the case', async () => {
    const { el, root } = await confirmed();
    const steps = [...root.querySelectorAll('.next-steps > li')].map((li) => fold(li.textContent));
    expect(steps).to.have.length(4);
    expect(steps[0]).to.contain('Select “Print or save as PDF” to print the case form now, or to save it and print it later, then put it in the parcel you send to DJI.');
    expect(steps[1]).to.contain('the process will be delayed and your products may be returned unrepaired');
    expect(steps[2]).to.contain('Within two business days');
    expect(steps[2]).to.contain('if you are eligible, a shipping label will be sent to you by e-mail');
    expect(steps[2]).to.contain('if you are not eligible, you will be informed by e-mail');
    expect(steps[3]).to.contain('notified automatically by e-mail');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.follow a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.dji.com/support/repair-progress', 'https://account.dji.com/cases']);
    await isAccessible(el);
  });

  it('offers to print the case form or save it as a PDF, in words that suit a phone as well as a computer', async () => {
    const { el, root } = await confirmed();
    const buttons = () => [...root.querySelectorAll('button')].map((b) => fold(b.textContent));
    expect(buttons()).to.include('Print or save as PDF');
    expect(fold(root.textContent)).to.contain('This is the case form to print, or to save as a PDF.');
    for (const [lang, click] of [['fr', /Cliquez/], ['de', /Klicken/], ['en', /Click/]] as const) {
      await speak(el, lang);
      await (root.host as Widget).updateComplete;
      const steps = fold(root.querySelector('.next-steps > li')!.textContent);
      expect(steps, lang).not.to.match(click);
      expect(steps, lang).to.contain('PDF');
    }
    expect(root.querySelector('.case-form'), 'the printable case form stays').to.exist;
  });

  it('shows the case form that will be printed, with everything the workshop needs', async () => {
    const { root } = await confirmed();
    const form = root.querySelector('.case-form') as HTMLElement;
    const rows = Object.fromEntries([...form.querySelectorAll('.row')].map((r) =>
      [fold(r.querySelector('dt')!.textContent), fold((r.querySelector('dd') as HTMLElement).innerText)]));
    expect(fold(form.querySelector('.brand')!.textContent)).to.equal('DJI');
    expect(fold(form.querySelector('.case-number')!.textContent)).to.contain(CASE_NUMBER);
    expect(rows).to.deep.equal({
      'Date': new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()),
      'Product': 'Mavic Mini - The Everyday FlyCam',
      'Serial number': 'Not provided',
      'Service plan': 'No service plan',
      'Service type': 'Repair',
      'Problem': 'Gimbal and camera malfunction The gimbal does not move at all.',
      'Products sent': 'Defective component',
      'Return address': 'Camille Martin 12 rue de la Paix 75002 Paris France +33 1 23 45 67 89',
      'Customer e-mail': 'camille@example.com',
      'Repair centre address': 'DJI REPAIR DEPT Bijldorp-Oost 6 2992LA Barendrecht Netherlands',
    });
  });

  /** The case form's rows, as "question: answer" with whitespace folded. */
  const caseFormRows = (root: ShadowRoot) => [...root.querySelectorAll('.case-form .fields > .row')].map((r) =>
    `${fold(r.querySelector('dt')!.textContent)}: ${fold((r.querySelector('dd') as HTMLElement).innerText)}`);

  it('prints only what was sent: no serial number of a product chosen among the customer’s, then by model', async () => {
    const { el, root } = await confirmed(undefined, async (w) => {
      await select(w, 'Zone', 'Europe');
      await select(w, 'Country/region', 'France');
      await check(w, 'Choose from my products');
      await check(w, 'My Pocket — Osmo Pocket 3');
      await completeToSummary(w);
    });
    expect(el.value.device).not.to.have.property('serial');
    expect(caseFormRows(root)).to.include('Serial number: Not provided');
    expect(fold(root.querySelector('.case-form')!.textContent)).not.to.contain('5YPK2A0B102310');
  });

  it('prints the service plan and the express service with the aircraft’s serial number', async () => {
    const { root } = await confirmed(undefined, async (w) => {
      await completeDevice(w);
      await toServicePlan(w);
      await check(w, 'I have a DJI Care service plan');
      await check(w, 'Confirm to use DJI Care Refresh Express');
      await type(w, 'Aircraft serial number', '0K1CG1R0A30059');
      const confirm = [...stepRoot(w).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Confirm')!;
      confirm.click();
      await w.updateComplete;
      await next(w);
      await partsToSummary(w);
    });
    const rows = caseFormRows(root);
    expect(rows).to.include('Service plan: DJI Care');
    expect(rows).to.include('DJI Care Refresh Express: Aircraft serial number: 0K1CG1R0A30059');
  });

  it('prints the cause of a crash and the flight-data analysis requested, with the accident’s details, on one page', async () => {
    const { el, root } = await confirmed(undefined, async (w) => {
      await completeDevice(w);
      await requestAnalysis(w, { flightData: true });
      await fill(w, 'DJI account used during the flight', 'pilot@example.com');
      await check(w, 'I have synced my flight data.');
      await next(w);
      await partsToSummary(w);
    });
    const rows = caseFormRows(root);
    expect(rows).to.include('Cause of the accident: Product-related problem');
    const analysis = rows.find((r) => r.startsWith('Data analysis: '));
    expect(analysis).to.contain('Data analysis: Requested');
    expect(analysis).to.contain(`Date of the accident ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(2024, 5, 1))}`);
    expect(analysis).to.contain('Flight environment Seaside');
    expect(analysis).to.contain('Abnormal condition Other');
    expect(analysis).to.contain('Account used during the flight pilot@example.com');
    // Printed: the copy of the form is the page, A4 (297 mm high) within the 12 mm margins.
    await press(el, 'Print or save as PDF');
    await emulateMedia({ media: 'print' });
    const form = printCopy()!.shadowRoot!.querySelector<HTMLElement>('.case-form')!;
    const mm = 96 / 25.4;
    expect(form.getBoundingClientRect().height / mm, 'the case form fits one page').to.be.within(150, 297 - 24);
  });

  it('carries the case number as a Code 128 barcode, named for assistive technology', async () => {
    const { root } = await confirmed();
    const code = root.querySelector('.case-form svg')!;
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.contain(CASE_NUMBER);
    const bars = [...code.querySelectorAll('rect[fill="#000"]')].map((r) => Number(r.getAttribute('width')));
    expect(bars).to.deep.equal(encodeCode128(CASE_NUMBER).bars.map((b) => b.width));
  });

  describe('when the configuration names a status page and the endpoint gives an access token', () => {
    const TOKEN = `rrc_${'A'.repeat(43)}`;
    const config = { links: { ...defaultConfig.links, statusPage: '/status.html' } };
    beforeEach(() => {
      window.fetch = (async () => Response.json({ caseNumber: CASE_NUMBER, accessToken: TOKEN }, { status: 201 })) as typeof fetch;
    });

    /** The dark modules of a drawn QR code, read back from its path (quiet zone of 4 removed). */
    function modulesOf(svg: SVGSVGElement) {
      const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]) - 8;
      const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
      for (const [, x, y, w] of svg.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
        for (let i = 0; i < Number(w); i++) grid[Number(y) - 4]![Number(x) - 4 + i] = true;
      }
      return grid;
    }

    /** The dark modules of the QR code of a link. */
    function modulesOfLink(link: string) {
      const symbol = encodeQr(link);
      return Array.from({ length: symbol.size }, (_, y) => Array.from({ length: symbol.size }, (_, x) => symbol.dark(x, y)));
    }

    it('prints the status link on the case form as a QR code and as text, absolute, without the access token (the form travels in the parcel)', async () => {
      const { el, root } = await confirmed(config);
      const link = new URL(`/status.html#case=${CASE_NUMBER}&lang=en`, document.baseURI).href;
      const form = root.querySelector('.case-form')!;
      expect(fold(form.querySelector('.link')!.textContent)).to.equal(link);
      const qr = form.querySelector<SVGSVGElement>('svg.qr')!;
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal('QR code of the link to follow the case');
      expect(modulesOf(qr)).to.deep.equal(modulesOfLink(link));
      expect(form.textContent).not.to.contain(TOKEN);
      await isAccessible(el);

      await press(el, 'Print or save as PDF');
      expect(printCopy()!.shadowRoot!.querySelector('svg.qr path')!.getAttribute('d')).to.equal(qr.querySelector('path')!.getAttribute('d'));
    });

    it('links the status page in the customer’s language, on the page and on the case form', async () => {
      const { el, root } = await confirmed(config);
      const follow = () => root.querySelector<HTMLAnchorElement>('.follow a')!.getAttribute('href');
      expect(follow()).to.equal(`/status.html#case=${CASE_NUMBER}&token=${TOKEN}&lang=en`);
      await speak(el, 'fr');
      expect(follow()).to.equal(`/status.html#case=${CASE_NUMBER}&token=${TOKEN}&lang=fr`);
      const printed = new URL(`/status.html#case=${CASE_NUMBER}&lang=fr`, document.baseURI).href;
      expect(fold(root.querySelector('.case-form .link')!.textContent)).to.equal(printed);
      expect(modulesOf(root.querySelector<SVGSVGElement>('.case-form svg.qr')!)).to.deep.equal(modulesOfLink(printed));
    });

    it('has no QR code without a status link', async () => {
      window.fetch = (async () => Response.json({ caseNumber: CASE_NUMBER }, { status: 201 })) as typeof fetch;
      const { root } = await confirmed(config);
      expect(root.querySelector('.case-form svg.qr')).to.equal(null);
    });
  });

  describe('when the case is printed', () => {
    it('prints a copy of the case form as the only visible thing on the page', async () => {
      const { el, root } = await confirmed();
      const sheets = document.adoptedStyleSheets.length;
      await press(el, 'Print or save as PDF');
      expect(printed).to.equal(1);
      const copy = printCopy()!;
      expect(copy.parentElement).to.equal(document.body);
      expect(fold(copy.shadowRoot!.querySelector('.case-number')!.textContent)).to.contain(CASE_NUMBER);
      expect(copy.shadowRoot!.querySelector('svg[role="img"]')).to.exist;
      // On screen the copy stays hidden and the page is unchanged.
      expect(display(copy)).to.equal('none');
      expect(display(pageBlock(el))).not.to.equal('none');

      await emulateMedia({ media: 'print' });
      expect(display(copy)).to.equal('block');
      const others = [...document.body.children].filter((n) => n !== copy && !['SCRIPT', 'STYLE'].includes(n.tagName));
      expect(others.map(display)).to.satisfy((d: string[]) => d.every((v) => v === 'none'));
      // Inside the widget too, only the case form would print.
      expect([...root.querySelectorAll('.screen')].map(display)).to.satisfy((d: string[]) => d.every((v) => v === 'none'));
      expect(display(root.querySelector('.case-form')!)).not.to.equal('none');

      window.dispatchEvent(new Event('afterprint'));
      expect(printCopy()).to.equal(null);
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
    });

    it('also prints only the case form from the browser’s own Print command', async () => {
      await confirmed();
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy()).to.exist;
      window.dispatchEvent(new Event('beforeprint'));
      expect(document.querySelectorAll('[data-repair-request-print]')).to.have.length(1);
      window.dispatchEvent(new Event('afterprint'));
      expect(printCopy()).to.equal(null);
    });

    it('leaves nothing behind when the widget is removed', async () => {
      const { el } = await confirmed();
      window.dispatchEvent(new Event('beforeprint'));
      el.remove();
      expect(printCopy()).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy()).to.equal(null);
    });
  });
});
