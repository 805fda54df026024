/**
 * `<repair-status>` in a page of its own (a same-origin iframe, with its own module map): its first view, the
 * look-up form, is painted without the case view's code, which loads with the first case opened; and when that
 * code cannot be downloaded, the look-up asks for a reload and what was typed comes back after it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase } from './support/cases.js';
import { failDownloads, holdDownloads, isAccessibleInFrame } from './support/frame.js';
import { lookUp } from './support/status.js';

/** The case view's code: its templates, and the words of a case's statuses. */
const CASE_VIEW = ['/src/status/status-views', '/src/status/case-texts'];

const frames: HTMLIFrameElement[] = [];
afterEach(async () => {
  for (const frame of frames.splice(0)) frame.remove();
  await failDownloads();
});

/** A `<repair-status>` in `lang`, added to the frame's page. */
function addStatus(frame: HTMLIFrameElement, lang: string) {
  const el = frame.contentDocument!.createElement('repair-status') as RepairStatusElement;
  el.setAttribute('lang', lang);
  el.setAttribute('endpoint', '/api');
  frame.contentDocument!.body.append(el);
  return el;
}

/** `frame`'s page, once loaded (by `load`), with one `<repair-status>` showing its look-up form. */
async function statusIn(frame: HTMLIFrameElement, load: () => void) {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load();
  await loaded;
  await waitUntil(() => frame.contentWindow?.customElements?.get('repair-status'), 'the frame defines <repair-status>', { timeout: 10_000 });
  const el = addStatus(frame, 'en');
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the element renders');
  return { frame, el };
}

/** A page with one `<repair-status>`, once it shows its look-up form. */
function framedStatus() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frames.push(frame);
  return statusIn(frame, () => {
    frame.src = '/test/support/status-frame.html';
    document.body.append(frame);
  });
}

/** The same page reloaded (as the message asks), once its new `<repair-status>` shows its look-up form. */
const reload = (frame: HTMLIFrameElement) => statusIn(frame, () => frame.contentWindow!.location.reload());

const typed = (el: RepairStatusElement) => ['#case-number', '#case-email'].map((id) => root(el).querySelector<HTMLInputElement>(id)!.value);

/** Whether the frame's page has requested a module whose path starts with one of `paths`. */
const requested = (frame: HTMLIFrameElement, paths: string[]) => frame.contentWindow!.performance.getEntriesByType('resource')
  .some((entry) => paths.some((path) => new URL(entry.name).pathname.startsWith(path)));

const root = (el: RepairStatusElement) => el.shadowRoot!;
const alert = (el: RepairStatusElement) => root(el).querySelector('[role="alert"]')?.textContent?.trim();
const RELOAD = 'Part of this page could not be loaded. Check your connection and try again. If it still does not load, reload the page.';
const heading = (el: RepairStatusElement) => el.shadowRoot?.querySelector('h2')?.textContent?.trim();

describe('<repair-status> loading its code', () => {
  it('paints its look-up form without the case view’s code, and loads that code with the first case opened', async () => {
    const c = await fileCase();
    const { frame, el } = await framedStatus();
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Follow your repair');
    expect(requested(frame, CASE_VIEW)).to.equal(false);
    await lookUp(el, c.caseNumber, c.email);
    await waitUntil(() => root(el).querySelector('.timeline'), 'the case is shown');
    expect(requested(frame, CASE_VIEW)).to.equal(true);
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(`Case ${c.caseNumber}`);
  });

  it('asks for a reload when the case view’s code cannot be downloaded, tells the integrator why, and keeps what was typed for the reload', async () => {
    const c = await fileCase();
    const { frame, el } = await framedStatus();
    const errors: unknown[][] = [];
    (frame.contentWindow as Window & typeof globalThis).console.error = (...args: unknown[]) => { errors.push(args); };
    await failDownloads(...CASE_VIEW);
    await lookUp(el, c.caseNumber, c.email);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the look-up shows an error');
    expect(alert(el)).to.equal(RELOAD);
    expect(root(el).querySelector('.timeline')).to.equal(null);
    expect(root(el).querySelector<HTMLInputElement>('#case-number')!.value).to.equal(c.caseNumber);
    expect(root(el).querySelector<HTMLInputElement>('#case-email')!.value).to.equal(c.email);
    expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
    expect(errors).to.have.length(1);
    expect(errors[0]![0]).to.match(/^<repair-status>: .*case view/);
    expect(errors[0]![1]).to.be.an('error');
    await isAccessibleInFrame({ frame, el });

    // Trying again in the same page fails the same way, and says so again.
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => errors.length === 2 && root(el).querySelector('[role="alert"]'), 'the second try has failed');
    expect(alert(el)).to.equal(RELOAD);
    expect(await failDownloads()).to.include('/src/status/status-views.ts');

    // A page opened afresh in the tab is a first visit: it does not look (reading the tab's storage would hold up
    // its first view), and leaves what was kept for the reload.
    expect(typed((await framedStatus()).el)).to.deep.equal(['', '']);

    // The reload the message asks for gives back what was typed in its first view, once.
    const reloaded = await reload(frame);
    expect(typed(reloaded.el)).to.deep.equal([c.caseNumber, c.email]);
    root(reloaded.el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root(reloaded.el).querySelector('.timeline'), 'the case is shown after the reload');
    expect(typed((await reload(frame)).el)).to.deep.equal(['', '']);
  });

  it('gives nothing back to a reload more than ten minutes after it was kept', async () => {
    const c = await fileCase();
    const { frame, el } = await framedStatus();
    const win = frame.contentWindow as Window & typeof globalThis;
    win.console.error = () => {};
    const realNow = win.Date.now.bind(win.Date);
    win.Date.now = () => realNow() - 11 * 60_000;
    await failDownloads(...CASE_VIEW);
    await lookUp(el, c.caseNumber, c.email);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the look-up shows an error');
    expect(alert(el)).to.equal(RELOAD);
    await failDownloads();
    expect(typed((await reload(frame)).el)).to.deep.equal(['', ''], 'kept eleven minutes ago');
  });

  it('keeps nothing, and still asks for a reload, when the tab’s storage refuses', async () => {
    const c = await fileCase();
    const { frame, el } = await framedStatus();
    (frame.contentWindow as Window & typeof globalThis).console.error = () => {};
    const storage = frame.contentWindow!.sessionStorage;
    const setItem = Object.getPrototypeOf(storage).setItem as Storage['setItem'];
    Object.getPrototypeOf(storage).setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    try {
      await failDownloads(...CASE_VIEW);
      await lookUp(el, c.caseNumber, c.email);
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the look-up shows an error');
      expect(alert(el)).to.equal(RELOAD);
      expect(root(el).querySelector<HTMLInputElement>('#case-email')!.value).to.equal(c.email);
    } finally {
      Object.getPrototypeOf(storage).setItem = setItem;
    }
    await failDownloads();
    expect(typed((await reload(frame)).el)).to.deep.equal(['', '']);
  });

  it('speaks the language asked for last, when one asked for before it comes later', async () => {
    const { frame, el } = await framedStatus();
    await holdDownloads('/src/generated/locales/fr/');
    el.setAttribute('lang', 'fr');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Follow your repair');
    // French comes: a second element in French shows it has, and the first stays in English.
    await holdDownloads();
    const french = addStatus(frame, 'fr');
    await waitUntil(() => heading(french) === 'Suivre votre réparation', 'French has come');
    await el.updateComplete;
    expect(heading(el)).to.equal('Follow your repair');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });
});
