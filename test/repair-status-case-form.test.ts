/** `<repair-status>` prints the case form again, for the parcel, against the real server: the seed's "IMPRIMER MON DOSSIER". */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { encodeCode128 } from '../src/confirmation/code128.js';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase, staffEvent } from './support/cases.js';
import { lookUp } from './support/status.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RepairStatusElement) => el.shadowRoot!;
const printCopy = () => document.querySelector<HTMLElement>('[data-repair-request-print]');
const button = (el: RepairStatusElement, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => fold(b.textContent) === name);
/** The printed form's rows, question → answer. */
const rows = (form: Element) => Object.fromEntries([...form.querySelectorAll('.fields > .row')].map((r) =>
  [fold(r.querySelector('dt')!.textContent), fold((r.querySelector('dd') as HTMLElement).textContent)]));

/** Looks the case up by its number and e-mail, as a customer who closed the confirmation does. */
async function lookedUp(c: { caseNumber: string; email: string }, lang: string) {
  const el = await fixture<RepairStatusElement>(html`<repair-status lang=${lang} endpoint="/api"></repair-status>`);
  await waitUntil(() => root(el).querySelector('#case-number'), 'the look-up form is shown');
  await lookUp(el, c.caseNumber, c.email);
  await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
  return el;
}

/** Reads the case again and waits until the timeline's last status is `label`. */
async function refreshedTo(el: RepairStatusElement, label: string) {
  await el.refresh();
  await waitUntil(() => fold([...root(el).querySelectorAll('.timeline .status')].at(-1)?.textContent) === label, `the timeline ends with ${label}`);
}

describe('<repair-status> case form', () => {
  const realPrint = window.print;
  let printed = 0;

  beforeEach(() => {
    printed = 0;
    window.print = () => { printed++; };
  });

  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    window.print = realPrint;
    await emulateMedia({ media: 'screen' });
  });

  const cases = [
    {
      lang: 'en', print: 'Print the case form', title: 'Repair case form',
      expected: {
        'Product': 'Mavic Mini - The Everyday FlyCam', 'Serial number': 'Not provided', 'Service type': 'Repair',
        'Problem': 'Gimbal and camera malfunction The gimbal shakes in flight.', 'Products sent': 'Defective component',
      },
      email: 'Customer e-mail', returnAddress: 'Return address',
    },
    {
      lang: 'fr', print: 'Imprimer le formulaire de dossier', title: 'Formulaire de dossier de réparation',
      expected: {
        'Produit': 'Mavic Mini - The Everyday FlyCam', 'Numéro de série': 'Non renseigné', 'Type de service': 'Réparation',
        'Problème': 'Dysfonctionnements de la nacelle et de la caméra The gimbal shakes in flight.', 'Produits envoyés': 'Composant défectueux',
      },
      email: 'E-mail du client', returnAddress: 'Adresse de retour',
    },
  ];

  for (const t of cases) {
    it(`prints, after a look-up, the case form with the case number and the answers, in the page's language (${t.lang})`, async () => {
      const c = await fileCase();
      const el = await lookedUp(c, t.lang);
      const print = button(el, t.print);
      expect(print, 'offered while the parcel has not arrived').to.exist;
      expect(print!.closest('.next'), 'with what happens next').to.exist;
      await expect(el).to.be.accessible();

      print!.click();
      // The case form's code and words load now (unbundled here: many modules).
      await waitUntil(() => printed === 1, 'the browser prints', { timeout: 10_000 });
      const form = printCopy()!.shadowRoot!.querySelector('.case-form')!;
      expect(form.getAttribute('lang')).to.equal(t.lang);
      expect(fold(form.querySelector('.title')!.textContent)).to.equal(t.title);
      expect(fold(form.querySelector('.case-number')!.textContent)).to.contain(c.caseNumber);
      const bars = [...form.querySelectorAll('.barcode rect[fill="#000"]')].map((r) => Number(r.getAttribute('width')));
      expect(bars, 'the case number as a barcode').to.deep.equal(encodeCode128(c.caseNumber).bars.map((b) => b.width));
      const printedRows = rows(form);
      expect(printedRows).to.include(t.expected);
      expect(printedRows[t.email]).to.equal(c.email);
      const returnAddress = [...form.querySelectorAll('.fields > .row')].find((r) => fold(r.querySelector('dt')!.textContent) === t.returnAddress)!;
      const lines = [...returnAddress.querySelector('dd')!.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => (n.nodeName === 'BR' ? '\n' : n.textContent)).join('').split('\n');
      expect(lines.map(fold).slice(0, 3), 'the return address, line by line')
        .to.deep.equal(['Camille Martin', '12 rue de la Paix', '75002 Paris']);
      expect(form.querySelector('.follow-online .link')!.textContent, 'the status page, to follow the case').to.contain(`#case=${c.caseNumber}&lang=`);
      expect(form.textContent, 'printed without the token: the sheet travels in the parcel').not.to.contain('token=');

      window.dispatchEvent(new Event('afterprint'));
      expect(printCopy(), 'the copy goes once printed').to.equal(null);
    });
  }

  it('offers the case form beside the return label until the parcel arrives, then no longer', async () => {
    const c = await fileCase();
    await staffEvent(c.caseNumber, { status: 'label_available', label: { name: 'label.pdf', contentBase64: btoa(PDF) } });
    const el = await lookedUp(c, 'en');
    expect(fold(root(el).querySelector('.next')!.textContent)).to.contain('Print the return label and the case form');
    expect(button(el, 'Download the return label')!.closest('.next')).to.exist;
    expect(button(el, 'Print the case form')!.closest('.next')).to.exist;
    await expect(el).to.be.accessible();

    // The label still downloads, under its own name.
    const realClick = HTMLAnchorElement.prototype.click;
    let saved: { href: string; download: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved = { href: this.href, download: this.download }; };
    try {
      button(el, 'Download the return label')!.click();
      await waitUntil(() => saved, 'the label is saved');
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(saved!.download).to.equal('label.pdf');
    expect(await (await fetch(saved!.href)).text()).to.equal(PDF);

    await staffEvent(c.caseNumber, { status: 'parcel_received' });
    await refreshedTo(el, 'Parcel received');
    expect(button(el, 'Print the case form'), 'the parcel is at the workshop').to.equal(undefined);
  });

  it('says so in its live region when the form cannot be fetched, and prints nothing', async () => {
    const c = await fileCase();
    // The form is fetched as soon as it is offered, and again when the button is pressed: both fail.
    const realFetch = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      (String(input).endsWith('/case-form') ? Promise.reject(new TypeError('offline')) : realFetch(input, init))) as typeof fetch;
    try {
      const el = await lookedUp(c, 'en');
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy(), 'the browser’s Print prints the page as it is').to.equal(null);
      button(el, 'Print the case form')!.click();
      await waitUntil(() => fold(root(el).querySelector('[role="status"]')!.textContent).startsWith('The case could not be loaded'),
        'the failure is announced');
    } finally {
      window.fetch = realFetch;
    }
    expect(printed).to.equal(0);
    expect(printCopy()).to.equal(null);
  });

  describe('from the browser’s own Print command (its menu, Ctrl+P)', () => {
    /** The browser's Print, once the form offered is ready (fetched as soon as it is offered): the copy it puts in place. */
    const printedFromMenu = async () => {
      await waitUntil(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return printCopy();
      }, 'the browser’s Print finds the case form ready', { timeout: 10_000 });
      return printCopy()!;
    };
    const display = (node: Element) => getComputedStyle(node).display;

    for (const t of cases) {
      it(`prints the case form alone while it is offered, in the page's language, and restores the page after (${t.lang})`, async () => {
        const c = await fileCase();
        const el = await lookedUp(c, t.lang);
        const sheets = document.adoptedStyleSheets.length;
        const copy = await printedFromMenu();
        window.dispatchEvent(new Event('beforeprint'));
        expect(document.querySelectorAll('[data-repair-request-print]'), 'one copy').to.have.length(1);
        const form = copy.shadowRoot!.querySelector('.case-form')!;
        expect(form.getAttribute('lang')).to.equal(t.lang);
        expect(fold(form.querySelector('.title')!.textContent)).to.equal(t.title);
        expect(fold(form.querySelector('.case-number')!.textContent)).to.contain(c.caseNumber);
        expect(rows(form)[t.email]).to.equal(c.email);
        expect(display(copy), 'hidden on screen').to.equal('none');
        expect(display(el)).not.to.equal('none');

        await emulateMedia({ media: 'print' });
        expect(display(copy), 'on paper, the case form').to.equal('block');
        const others = [...document.body.children].filter((n) => n !== copy && !['SCRIPT', 'STYLE'].includes(n.tagName));
        expect(others.map(display), 'and nothing else').to.satisfy((d: string[]) => d.every((v) => v === 'none'));
        expect(printed, 'the browser printed by itself').to.equal(0);

        window.dispatchEvent(new Event('afterprint'));
        expect(printCopy(), 'the page is restored').to.equal(null);
        expect(document.adoptedStyleSheets.length).to.equal(sheets);
        await emulateMedia({ media: 'screen' });
        expect(display(el)).not.to.equal('none');
        expect(button(el, t.print), 'still offered').to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('prints the page as it is once the parcel has arrived, or once another case is looked up', async () => {
      const c = await fileCase();
      const el = await lookedUp(c, 'en');
      await printedFromMenu();
      window.dispatchEvent(new Event('afterprint'));
      await staffEvent(c.caseNumber, { status: 'parcel_received' });
      await refreshedTo(el, 'Parcel received');
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy(), 'the parcel is at the workshop').to.equal(null);

      const other = await fileCase();
      const again = await lookedUp(other, 'en');
      await printedFromMenu();
      window.dispatchEvent(new Event('afterprint'));
      button(again, 'Look up another case')!.click();
      await waitUntil(() => root(again).querySelector('#case-number'), 'the look-up form is shown');
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy(), 'no case is shown').to.equal(null);
    });

    it('leaves nothing behind when the element is removed', async () => {
      const el = await lookedUp(await fileCase(), 'en');
      await printedFromMenu();
      el.remove();
      expect(printCopy()).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      expect(printCopy()).to.equal(null);
    });
  });
});
