/** `<repair-status>`'s case view against the real server: the return label's place in the case's life, the heading on a phone. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase, staffEvent } from './support/cases.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const root = (el: RepairStatusElement) => el.shadowRoot!;
const labelButtons = (el: RepairStatusElement, within: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>(`${within} button`)].filter((b) => b.textContent!.trim() === 'Download the return label');

/** Opens the element from a status link (`#case=…&token=…`), as the confirmation and the e-mails do. */
async function openFromLink(c: { caseNumber: string; accessToken: string }, lang = 'en') {
  history.replaceState(null, '', `#case=${c.caseNumber}&token=${c.accessToken}`);
  try {
    const el = await fixture<RepairStatusElement>(html`<repair-status lang=${lang} endpoint="/api"></repair-status>`);
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    return el;
  } finally {
    history.replaceState(null, '', location.pathname);
  }
}

/** Reads the case again and waits until the timeline's last status is `label`. */
async function refreshedTo(el: RepairStatusElement, label: string) {
  await el.refresh();
  await waitUntil(() => [...root(el).querySelectorAll('.timeline .status')].at(-1)?.textContent?.trim() === label, `the timeline ends with ${label}`);
}

describe('<repair-status> case view', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('offers the return label as the main action only until the parcel arrives, then as a secondary link on the timeline', async () => {
    const c = await fileCase();
    await staffEvent(c.caseNumber, { status: 'label_available', label: { name: 'label.pdf', contentBase64: btoa(PDF) } });
    const el = await openFromLink(c);
    expect(labelButtons(el, '.next')).to.have.length(1);
    expect(labelButtons(el, '.next')[0]!.classList.contains('button')).to.equal(true);
    expect(labelButtons(el, '.timeline')).to.have.length(0, 'once, as the main action');
    await expect(el).to.be.accessible();

    await staffEvent(c.caseNumber, { status: 'parcel_received' });
    await refreshedTo(el, 'Parcel received');
    expect(labelButtons(el, '.next')).to.have.length(0, 'no longer the main action');
    expect(labelButtons(el, '.timeline')).to.have.length(1);
    expect(labelButtons(el, '.timeline')[0]!.classList.contains('link-button')).to.equal(true);
    expect(labelButtons(el, '.timeline')[0]!.closest('li')!.querySelector('.status')!.textContent!.trim()).to.equal('Return label available');
    await expect(el).to.be.accessible();

    await staffEvent(c.caseNumber, { status: 'cancelled' });
    await refreshedTo(el, 'Cancelled');
    expect(labelButtons(el, '.next')).to.have.length(0, 'a closed case needs no label');
  });

  it('keeps the workshop’s own words in their direction in Arabic, and the label link on its own line', async () => {
    const c = await fileCase('ar');
    await staffEvent(c.caseNumber, { status: 'label_available', label: { name: 'label.pdf', contentBase64: btoa(PDF) } });
    await staffEvent(c.caseNumber, { status: 'parcel_received', note: 'Nous avons bien reçu votre colis.' });
    await staffEvent(c.caseNumber, { status: 'in_diagnosis' });
    await staffEvent(c.caseNumber, { status: 'quote_waiting', quote: { amount: 89, currency: 'EUR', covers: 'Gimbal replacement, labour and return shipping' } });
    const el = await openFromLink(c, 'ar');
    const note = root(el).querySelector('.timeline .note')!;
    expect(note.getAttribute('dir'), 'a note in French reads left to right').to.equal('auto');
    const covers = [...root(el).querySelectorAll('.quote p')].find((p) => p.textContent!.includes('Gimbal'))!;
    // U+2068 FIRST STRONG ISOLATE … U+2069: the quote's own words keep their order inside the Arabic sentence.
    expect(covers.textContent).to.contain('\u2068Gimbal replacement, labour and return shipping\u2069');
    const link = root(el).querySelector<HTMLButtonElement>('.timeline .link-button')!;
    const time = link.closest('li')!.querySelector('time')!;
    expect(link.getBoundingClientRect().top, 'below the date, not on its line').to.be.at.least(time.getBoundingClientRect().bottom - 0.5);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['fr', 'ar']) {
    it(`keeps the case number whole in the heading at 320 px (${lang}), inside the element's width`, async () => {
      await setViewport({ width: 320, height: 640 });
      const c = await fileCase(lang);
      const el = await openFromLink(c, lang);
      const heading = root(el).querySelector('h2')!;
      // The number's characters, wherever the heading's text nodes put them.
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(c.caseNumber);
        if (at >= 0) { range.setStart(node, at); range.setEnd(node, at + c.caseNumber.length); }
      }
      expect(range.toString()).to.equal(c.caseNumber);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size).to.equal(1, 'on one line');
      const box = el.getBoundingClientRect();
      const number = range.getBoundingClientRect();
      expect(number.left).to.be.at.least(box.left - 0.5);
      expect(number.right).to.be.at.most(box.right + 0.5);
      expect(document.documentElement.scrollWidth).to.be.at.most(320, 'no sideways scrolling');
    });
  }
});
