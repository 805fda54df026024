/**
 * `<repair-status>` with the keyboard only (against the real server, PGlite):
 * Tab to the fields, type, Enter to look up; Tab to the quote's buttons,
 * Enter or Space to answer; focus goes to what changed, and the live region
 * says it. And the loading state passes axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase, quoteCase } from './support/cases.js';

const QUOTE = { amount: 89, currency: 'EUR', covers: 'Gimbal motor replacement' };

/** A new case with a quote waiting. */
async function caseWithQuote() {
  const c = await fileCase();
  await quoteCase(c.caseNumber, QUOTE);
  return c;
}

const root = (el: RepairStatusElement) => el.shadowRoot!;
const focused = (el: RepairStatusElement) => root(el).activeElement as HTMLElement | null;
const focusedName = (el: RepairStatusElement) => {
  const node = focused(el);
  if (!node) return '';
  return node.id ? `#${node.id}` : node.textContent!.trim();
};
const liveRegion = (el: RepairStatusElement) => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const timeline = (el: RepairStatusElement) => [...root(el).querySelectorAll('.timeline .status')].map((s) => s.textContent!.trim());

/** The element after a button of the page, which holds the focus: the next Tab enters the element. */
async function mount() {
  const page = await fixture<HTMLElement>(html`<div><button type="button">Before</button>
    <repair-status lang="en" endpoint="/api"></repair-status></div>`);
  const el = page.querySelector('repair-status')!;
  await waitUntil(() => root(el).querySelector('h2'), 'the element renders');
  page.querySelector('button')!.focus();
  return el;
}

/** Presses Tab until `name` has the focus (at most 12 times); the names passed on the way. */
async function tabTo(el: RepairStatusElement, name: string) {
  const passed: string[] = [];
  for (let i = 0; i < 12 && focusedName(el) !== name; i++) {
    await sendKeys({ press: 'Tab' });
    passed.push(focusedName(el));
  }
  expect(focusedName(el), `Tab reaches ${name} (passed ${passed.join(', ')})`).to.equal(name);
  return passed;
}

/** Tab to the case number, type it, Tab to the e-mail, type it, Enter. */
async function typeLookUp(el: RepairStatusElement, c: { caseNumber: string; email: string }) {
  await sendKeys({ press: 'Tab' });
  expect(focusedName(el)).to.equal('#case-number');
  await sendKeys({ type: c.caseNumber });
  await sendKeys({ press: 'Tab' });
  expect(focusedName(el)).to.equal('#case-email');
  await sendKeys({ type: c.email });
  await sendKeys({ press: 'Enter' });
}

async function lookUpWithKeyboard(el: RepairStatusElement, c: { caseNumber: string; email: string }) {
  await typeLookUp(el, c);
  await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
}

describe('<repair-status> with the keyboard only', () => {
  it('looks the case up, moves the focus to its heading and announces it; a wrong pair focuses the form with its message', async () => {
    const c = await caseWithQuote();
    const el = await mount();
    await typeLookUp(el, { caseNumber: c.caseNumber, email: 'someone.else@example.com' });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the wrong pair is refused');
    expect(focused(el)?.localName).to.equal('h2');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('No case matches');
    await expect(el).to.be.accessible();

    // The case number stays; the e-mail field is corrected from the keyboard.
    await tabTo(el, '#case-email');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: c.email });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    expect(focused(el)?.textContent?.trim()).to.equal(`Case ${c.caseNumber}`);
    expect(liveRegion(el)).to.equal(`Case ${c.caseNumber} is shown.`);
  });

  it('accepts the quote with Enter: the focus goes to the timeline, which shows the answer, and the live region says it', async () => {
    const c = await caseWithQuote();
    const el = await mount();
    await lookUpWithKeyboard(el, c);
    await tabTo(el, 'Accept the quote');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => timeline(el).includes('Quote accepted'), 'the answer is on the timeline');
    expect(focusedName(el)).to.equal('#timeline-title');
    expect(liveRegion(el)).to.equal('You accepted the quote.');
    expect(root(el).querySelector('.quote')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('declines with Space: the confirmation takes the focus, the fee is acknowledged from the keyboard, Go back returns to the quote', async () => {
    const c = await caseWithQuote();
    const el = await mount();
    await lookUpWithKeyboard(el, c);
    await tabTo(el, 'Decline the quote');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => focusedName(el) === '#decline-title', 'the confirmation has the focus');
    await expect(el).to.be.accessible();

    // Go back, then decline again.
    await tabTo(el, 'Go back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedName(el) === '#quote-title', 'back on the quote');
    await tabTo(el, 'Decline the quote');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedName(el) === '#decline-title');

    // The confirm button is disabled, so Tab skips it until the fee is acknowledged.
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('#fee-ack');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#fee-ack')!.checked).to.equal(true);
    await tabTo(el, 'Confirm: decline the quote');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => timeline(el).includes('Quote declined'), 'the answer is on the timeline');
    expect(focusedName(el)).to.equal('#timeline-title');
    expect(liveRegion(el)).to.equal('You declined the quote.');
    await expect(el).to.be.accessible();
  });
});

describe('<repair-status> while a case loads', () => {
  const realFetch = window.fetch;
  afterEach(() => { window.fetch = realFetch; });

  it('says so in a status message, and passes axe', async () => {
    const c = await caseWithQuote();
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    window.fetch = (async (...args: Parameters<typeof fetch>) => {
      await held;
      return realFetch(...args);
    }) as typeof fetch;
    const el = await mount();
    await typeLookUp(el, c);
    await waitUntil(() => root(el).querySelector('p[role="status"]:not([aria-live])'), 'the loading state shows');
    expect(root(el).querySelector('p[role="status"]:not([aria-live])')?.textContent).to.equal('Loading your case…');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown once it has loaded');
  });
});
