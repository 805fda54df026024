/**
 * Files sent ahead (`upload-endpoint`): each photo goes on its own as soon as
 * it is kept, with its own progress, Cancel and Try again, through
 * <repair-request> and the real back end on PGlite (web-test-runner.config.mjs
 * mounts it at the test page's origin, with fault injection: /api/__faults).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultConfig } from '../src/config/default-config.js';
import { canvasPicture } from './support/exif.js';
import { DRAFT_PREFIX, localDraft } from './support/stored-drafts.js';
import {
  attachFile, check, completeDevice, control, describeProblem, fieldError, gimbalCloseUpRequired, heading, homeAddress, isAccessible, mount, next, partsToSummary, press, settle, speak,
  stepRoot, summaryErrors, text, toPurchase, type Widget,
} from './helpers.js';

const STAFF = { Authorization: 'Bearer test-staff-token' };

const faults = async (settings: Record<string, number>) => {
  const response = await fetch('/api/__faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings) });
  expect(response.status).to.equal(200);
};
const casesStored = async () => ((await (await fetch('/api/__cases')).json()) as { cases: { caseNumber: string }[] }).cases.length;

beforeEach(() => fetch('/api/__reset', { method: 'POST' }));
afterEach(() => fetch('/api/__reset', { method: 'POST' }));

const widget = () => mount(html`<repair-request lang="en" endpoint="/api/repair-requests" upload-endpoint="/api/uploads"
  .addresses=${[homeAddress]}></repair-request>`);

/** A widget that sends files ahead, on the Malfunction step's proof-of-purchase screen (a gimbal repair). */
async function atPurchase(mounted = widget()) {
  const el = await mounted;
  await completeDevice(el);
  await describeProblem(el);
  await toPurchase(el);
  return el;
}

/** The Malfunction step's photo screen for a gimbal repair (one shot: the gimbal close up). */
async function gimbalRepair(el: Widget) {
  await completeDevice(el);
  await describeProblem(el);
  await next(el);
}

/** Chooses 400 × 300 photos in the gimbal's drop zone; resolves once they are written again and listed. */
async function attachPhoto(el: Widget, ...names: string[]) {
  const input = control(el, 'The gimbal, close up');
  const transfer = new DataTransfer();
  for (const name of names.length ? names : ['gimbal.jpg']) transfer.items.add(new File([await canvasPicture(400, 300)], name, { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => stepRoot(el).querySelectorAll('.file-list li').length === (names.length || 1) && !stepRoot(el).querySelector('.photo-notes .pending'),
    'the photos are kept', { timeout: 10000 });
}

const progressBar = (el: Widget) => stepRoot(el).querySelector<HTMLProgressElement>('.file-list progress');
const button = (el: Widget, name: string) =>
  [...stepRoot(el).querySelectorAll<HTMLButtonElement>('.file-list button')].find((b) => b.textContent!.trim() === name);
const announced = (el: Widget) => stepRoot(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** A PNG named .pdf: the browser cannot tell, the server reads its bytes and refuses it (`file_content`). */
const disguisedPdf = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])], 'receipt.pdf', { type: 'application/pdf' });

/** From the Malfunction screen `screensLeft` screens before the Parts step (the photos': 3) to the Submit step, terms accepted. */
async function toSubmit(el: Widget, screensLeft = 3) {
  for (let i = 0; i < screensLeft; i++) await next(el);
  await partsToSummary(el);
  await check(el, 'I have read and accept');
}

/** How many files were sent to the upload endpoint since the page loaded. */
const uploadsSent = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/uploads')).length;
// A full resource-timing buffer records nothing more: room for every request of these tests.
beforeEach(() => {
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(10_000);
});

/** A widget over a saved draft (a reload): Resume, then the Malfunction step, where the customer stopped. */
async function resume(mounted: Promise<Widget>) {
  const el = await mounted;
  await waitUntil(() => text(el).includes('Resume your request'), 'the draft is offered');
  await press(el, 'Resume your request');
  await waitUntil(() => heading(el) === 'Malfunction');
  await settle(el);
  return el;
}

/** Submits from the Malfunction screen `screensLeft` screens before the Parts step; the case as stored. */
async function submitted(el: Widget, screensLeft = 3) {
  await toSubmit(el, screensLeft);
  const sent = new Promise<string>((resolve, reject) => {
    el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber));
    el.addEventListener('repair-request-error', (e) => {
      if (!(e as CustomEvent).detail.willRetry) reject(new Error(`Not sent: ${JSON.stringify((e as CustomEvent).detail)}`));
    });
  });
  await press(el, 'Submit');
  return (await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json()) as { files: { path: string; name: string }[] };
}

describe('<repair-request upload-endpoint>', () => {
  it('sends a photo at once: its row shows its own progress, named after it, with Cancel; then says it was sent; axe passes', async () => {
    await faults({ delayMs: 1500 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    await waitUntil(() => progressBar(el), 'the row shows its progress');
    expect(progressBar(el)!.getAttribute('aria-label')).to.equal('Sending gimbal.webp');
    expect(button(el, 'Cancel sending')).to.exist;
    await isAccessible(el);
    await waitUntil(() => !progressBar(el), 'the photo is sent', { timeout: 10000 });
    await settle(el);
    expect(button(el, 'Cancel sending')).to.equal(undefined);
    expect(announced(el)).to.equal('gimbal.webp was sent.');
  });

  it('stops sending on Cancel (keyboard only): the row says so, offers Try again and Remove, and passes axe', async () => {
    await faults({ delayMs: 4000 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    await waitUntil(() => button(el, 'Cancel sending'), 'Cancel is offered');
    button(el, 'Cancel sending')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Sending cancelled.'), 'the row says it was cancelled');
    expect(progressBar(el)).to.equal(null);
    expect(button(el, 'Try again')).to.exist;
    expect(button(el, 'Remove file')).to.exist;
    await isAccessible(el);
    await speak(el, 'fr');
    expect(text(el)).to.include('Envoi annulé.');
    expect(button(el, 'Réessayer')).to.exist;
  });

  it('shows a cancel the customer chose as a plain state of the row, not as an error', async () => {
    await faults({ delayMs: 4000 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    await waitUntil(() => button(el, 'Cancel sending'), 'Cancel is offered');
    button(el, 'Cancel sending')!.click();
    await waitUntil(() => button(el, 'Try again'), 'the row says it was cancelled');
    const row = stepRoot(el).querySelector('.file-list li')!;
    expect(row.textContent!.replace(/\s+/g, ' ')).to.include('Sending cancelled.').and.not.include('Error:');
    expect(row.querySelector('.error-message'), 'nothing in the row is styled as an error').to.equal(null);
    expect(row.classList.contains('rejected')).to.equal(false);
    await speak(el, 'de');
    expect(row.textContent!.replace(/\s+/g, ' ')).to.include('Senden abgebrochen.').and.not.include('Fehler:');
  });

  it('keeps the focus in the row: on Try again after Cancel, on Cancel after Try again, on Remove once the photo is sent', async () => {
    await faults({ delayMs: 2000 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    const focused = () => stepRoot(el).activeElement?.textContent?.trim();
    await waitUntil(() => button(el, 'Cancel sending'), 'Cancel is offered');
    button(el, 'Cancel sending')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'Try again', 'the focus moves to the row\'s Try again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'Cancel sending', 'the focus moves to the row\'s Cancel sending while it sends');
    await waitUntil(() => focused() === 'Remove file', 'the focus moves to the row\'s Remove file once it is sent', { timeout: 10000 });
    expect(announced(el)).to.equal('gimbal.webp was sent.');
  });

  it('shows why a photo could not be sent, with Try again, and Try again (keyboard only) sends it', async () => {
    await faults({ failNext: 1, status: 503 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    await waitUntil(() => button(el, 'Try again'), 'the failure is shown');
    expect(text(el)).to.include('This file could not be sent. Check your connection and try again.');
    expect(announced(el)).to.equal('gimbal.webp could not be sent.');
    await isAccessible(el);
    button(el, 'Try again')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => announced(el) === 'gimbal.webp was sent.', 'the photo is sent', { timeout: 10000 });
    expect(button(el, 'Try again')).to.equal(undefined);
  });

  it('makes Submit wait for a photo still being sent, then stores the case with the photo exactly once', async () => {
    const el = await widget();
    await gimbalRepair(el);
    // Each answer of the back end comes 3 s late: the photo is still on its way when Submit is pressed.
    await faults({ delayMs: 3000 });
    await attachPhoto(el);
    await toSubmit(el);
    const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
    await press(el, 'Submit');
    await waitUntil(() => text(el).includes('Your files are still being sent.'), 'Submit says it waits for the photo');
    await fetch('/api/__reset', { method: 'POST' });
    const caseNumber = await sent;
    const stored = await (await fetch(`/api/cases/${caseNumber}`, { headers: STAFF })).json() as { files: { path: string; name: string }[] };
    expect(stored.files.map((f) => [f.path, f.name])).to.deep.equal([['malfunction.photos.gimbal-close-up.0', 'gimbal.webp']]);
  });

  it('refuses to send while a photo could not be sent: the error summary says so and takes the focus; Try again, then Submit sends', async () => {
    await faults({ failNext: 1, status: 503 });
    const el = await widget();
    await gimbalRepair(el);
    await attachPhoto(el);
    await waitUntil(() => button(el, 'Try again'), 'the failure is shown');
    const before = await casesStored();
    await toSubmit(el);
    await press(el, 'Submit');
    await waitUntil(() => heading(el) === 'Malfunction' && summaryErrors(el).includes('This file could not be sent. Try again or remove it.'),
      'back on the photos, with the error summary');
    expect(el.shadowRoot!.activeElement?.closest('.error-summary')).to.exist;
    expect(await casesStored()).to.equal(before);
    await isAccessible(el);
    // The summary's link goes to the photo's Try again.
    (el.shadowRoot!.querySelector('.error-summary a, .error-summary button') as HTMLElement).click();
    await settle(el);
    expect(stepRoot(el).activeElement).to.equal(button(el, 'Try again'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => announced(el) === 'gimbal.webp was sent.', 'the photo is sent', { timeout: 10000 });
    // Sent now: the summary no longer says it could not be.
    await waitUntil(() => !summaryErrors(el).includes('This file could not be sent. Try again or remove it.'), 'the summary forgets the sent photo');
    while (heading(el) === 'Malfunction') await press(el, text(el).includes('Save and return to summary') ? 'Save and return to summary' : 'Next');
    const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
    await press(el, 'Submit');
    const stored = await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json() as { files: unknown[] };
    expect(stored.files.length).to.equal(1);
  });

  it('names a file the server refused by its refusal, in its row\'s Remove and at Submit, not as one to try again', async () => {
    const el = await atPurchase();
    await attachFile(el, 'Upload a proof of purchase', disguisedPdf());
    await waitUntil(() => stepRoot(el).querySelector('.file-failure'), 'the refusal is shown in the row');
    const refusal = 'This file could not be read: it is damaged, or its content is not the type its name says. Choose another file.';
    // Remove is the row's only way out: it says which file, and why.
    const remove = button(el, 'Remove file')!;
    const description = remove.getAttribute('aria-describedby')!.split(' ').map((id) => stepRoot(el).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim());
    expect(description.join(' ')).to.include('receipt.pdf').and.include(refusal);
    await toSubmit(el, 2);
    await press(el, 'Submit');
    await waitUntil(() => heading(el) === 'Malfunction' && summaryErrors(el).includes(refusal), 'back on the proof of purchase, the summary says why');
    expect(summaryErrors(el)).not.to.include('Try again or remove it.');
    expect(button(el, 'Try again')).to.equal(undefined);
    await isAccessible(el);
  });

  it('keeps Try again on a proof of purchase that could not be sent, after Submit too; the summary\'s link goes to it, and Try again, then Submit sends', async () => {
    const el = await atPurchase();
    await faults({ failNext: 1, status: 503 });
    await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4\n%%EOF\n'], 'receipt.pdf', { type: 'application/pdf' }));
    await waitUntil(() => button(el, 'Try again'), 'the failure is shown');
    await toSubmit(el, 2);
    await press(el, 'Submit');
    await waitUntil(() => heading(el) === 'Malfunction' && summaryErrors(el).includes('This file could not be sent. Try again or remove it.'),
      'back on the proof of purchase, with the error summary');
    await settle(el);
    expect(button(el, 'Try again'), 'the row still offers Try again').to.exist;
    expect(text(el)).to.include('Attached: receipt.pdf').and.not.include('Not accepted');
    await isAccessible(el);
    (el.shadowRoot!.querySelector('.error-summary a, .error-summary button') as HTMLElement).click();
    await settle(el);
    expect(stepRoot(el).activeElement, 'the summary\'s link goes to Try again, not to the picker').to.equal(button(el, 'Try again'));
    button(el, 'Try again')!.click();
    await waitUntil(() => announced(el) === 'receipt.pdf was sent.', 'the receipt is sent', { timeout: 10000 });
    await waitUntil(() => !summaryErrors(el).includes('This file could not be sent. Try again or remove it.'), 'the summary forgets the sent receipt');
    const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
    for (let i = 0; i < 6 && heading(el) === 'Malfunction'; i++) await press(el, text(el).includes('Save and return to summary') ? 'Save and return to summary' : 'Next');
    await press(el, 'Submit');
    const stored = await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json() as { files: { path: string }[] };
    expect(stored.files.map((f) => f.path)).to.deep.equal(['malfunction.proofOfPurchase']);
  });

  it('shows the progress and Cancel of a proof of purchase still being sent, beside an error of the field', async () => {
    await faults({ delayMs: 4000 });
    const el = await atPurchase();
    await attachFile(el, 'Upload a proof of purchase', new File(['Bought on 2 May.'], 'receipt.txt', { type: 'text/plain' }));
    await waitUntil(() => progressBar(el), 'the row shows its progress');
    await press(el, 'Next');
    await waitUntil(() => text(el).includes('This file type is not accepted.'), 'the field\'s error is shown');
    expect(progressBar(el), 'the row still shows its progress').to.exist;
    button(el, 'Cancel sending')!.click();
    await waitUntil(() => text(el).includes('Sending cancelled.'), 'the row says it was cancelled');
  });

  it('sends the proof of purchase ahead too: one the server refuses says why in its row, without a Try again that cannot help; a good one is stored with the case once', async () => {
    const el = await atPurchase();
    await attachFile(el, 'Upload a proof of purchase', disguisedPdf());
    await waitUntil(() => stepRoot(el).querySelector('.file-failure'), 'the refusal is shown');
    expect(stepRoot(el).querySelector('.file-failure')!.textContent)
      .to.include('This file could not be read: it is damaged, or its content is not the type its name says. Choose another file.');
    expect(button(el, 'Try again'), 'sending the same bytes again cannot help').to.equal(undefined);
    expect(button(el, 'Remove file')).to.exist;
    expect(text(el)).not.to.contain('This file type is not accepted');
    await isAccessible(el);
    await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4\n%%EOF\n'], 'receipt.pdf', { type: 'application/pdf' }));
    await waitUntil(() => announced(el) === 'receipt.pdf was sent.', 'the receipt is sent');
    expect(button(el, 'Try again')).to.equal(undefined);
    const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
    await toSubmit(el, 2);
    await press(el, 'Submit');
    const stored = await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json() as { files: { path: string; name: string; type: string }[] };
    expect(stored.files.map((f) => [f.path, f.name, f.type])).to.deep.equal([['malfunction.proofOfPurchase', 'receipt.pdf', 'application/pdf']]);
  });

  it('says once why a proof of purchase of a type not accepted is refused, with no Try again', async () => {
    const el = await atPurchase();
    await attachFile(el, 'Upload a proof of purchase', new File(['Bought on 2 May.'], 'receipt.txt', { type: 'text/plain' }));
    const refusal = 'This file type is not accepted.';
    await waitUntil(() => text(el).includes(refusal), 'the refusal is shown');
    // However the server answers the file sent ahead, the refusal is said once.
    await waitUntil(() => announced(el) === 'receipt.txt could not be sent.', 'the server refused the file sent ahead');
    await el.updateComplete;
    expect(text(el).split(refusal).length - 1, 'said once').to.equal(1);
    expect(button(el, 'Try again')).to.equal(undefined);
    await isAccessible(el);
  });

  describe('in a draft kept with persist="local"', () => {
    const local = (key: string) => mount(html`<repair-request lang="en" endpoint="/api/repair-requests" upload-endpoint="/api/uploads"
      draft-key=${key} persist="local" .addresses=${[homeAddress]}></repair-request>`);

    /** A draft with one photo sent ahead, saved with its id; the widget is gone. */
    async function savedWithSentPhoto(key: string) {
      const first = await local(key);
      await gimbalRepair(first);
      await attachPhoto(first);
      await waitUntil(() => announced(first) === 'gimbal.webp was sent.', 'the photo is sent', { timeout: 10000 });
      await waitUntil(async () => /^rru_/.test((await localDraft(key))?.uploads?.[0]?.id ?? ''), 'the draft keeps its id');
      first.remove();
    }

    const resumed = (key: string) => resume(local(key));

    it('keeps a sent photo\'s id: after a reload the photo is not sent again, and the case has it once', async function () {
      this.timeout(60000);
      const key = `uploads-${Date.now()}`;
      await savedWithSentPhoto(key);
      const before = uploadsSent();
      expect(before).to.be.above(0);
      const el = await resumed(key);
      expect(text(el)).to.match(/Attached: gimbal\.webp/);
      expect(progressBar(el)).to.equal(null);
      const stored = await submitted(el);
      expect(stored.files.map((f) => [f.path, f.name])).to.deep.equal([['malfunction.photos.gimbal-close-up.0', 'gimbal.webp']]);
      expect(uploadsSent()).to.equal(before);
    });

    it('sends a photo again, once, from the kept bytes when the server no longer knows its id, and then the request', async function () {
      this.timeout(60000);
      const key = `uploads-stale-${Date.now()}`;
      await savedWithSentPhoto(key);
      // The server no longer knows the id (expired, purged): as if the draft kept one it never gave.
      const saved = await localDraft(key);
      saved.uploads = [{ path: saved.uploads[0].path, id: `rru_${'A'.repeat(32)}` }];
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('repair-request', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(saved, DRAFT_PREFIX + key);
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
      const before = uploadsSent();
      const stored = await submitted(await resumed(key));
      expect(stored.files.map((f) => [f.path, f.name])).to.deep.equal([['malfunction.photos.gimbal-close-up.0', 'gimbal.webp']]);
      expect(uploadsSent()).to.equal(before + 1);
    });
  });

  describe('in a draft kept in the tab (persist="session", the default)', () => {
    const tab = (key: string, config = defaultConfig) => mount(html`<repair-request lang="en" endpoint="/api/repair-requests"
      upload-endpoint="/api/uploads" draft-key=${key} .config=${config} .addresses=${[homeAddress]}></repair-request>`);
    const saved = (key: string) => JSON.parse(sessionStorage.getItem(DRAFT_PREFIX + key) ?? 'null');
    const savedReceipt = (key: string) => saved(key)?.draft?.malfunction?.proofOfPurchase?.sentAhead;
    const receipt = () => new File(['%PDF-1.4\n%%EOF\n'], 'receipt.pdf', { type: 'application/pdf' });
    /** The JSON bodies the widget posts to the endpoint while `during` runs. */
    async function requestsDuring(during: () => Promise<unknown>) {
      const bodies: unknown[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/repair-requests') && typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
        return original.call(window, input, init);
      };
      try {
        await during();
      } finally {
        window.fetch = original;
      }
      return bodies as { malfunction: Record<string, unknown> }[];
    }

    /** A draft whose proof of purchase was sent ahead, kept in the tab by its id; the widget is gone. */
    async function savedWithSentReceipt(key: string) {
      const first = await atPurchase(tab(key));
      await attachFile(first, 'Upload a proof of purchase', receipt());
      await waitUntil(() => announced(first) === 'receipt.pdf was sent.', 'the receipt is sent', { timeout: 10000 });
      await waitUntil(() => /^rru_/.test(savedReceipt(key)?.upload ?? ''), 'the draft keeps the receipt by its id');
      first.remove();
      return savedReceipt(key) as { name: string; size: number; type: string; upload: string };
    }

    it('keeps a photo sent before a reload by its id (never its bytes): attached and sent after Resume, and the request gives that id', async function () {
      this.timeout(60000);
      const key = `tab-photo-${Date.now()}`;
      const first = await tab(key);
      await gimbalRepair(first);
      await attachPhoto(first);
      await waitUntil(() => announced(first) === 'gimbal.webp was sent.', 'the photo is sent', { timeout: 10000 });
      const reference = () => saved(key)?.draft?.malfunction?.photos?.['gimbal-close-up']?.[0]?.sentAhead;
      await waitUntil(() => /^rru_/.test(reference()?.upload ?? ''), 'the draft keeps the photo by its id');
      const kept = reference();
      expect(kept).to.deep.equal({ name: 'gimbal.webp', size: kept.size, type: 'image/webp', upload: kept.upload });
      expect(kept.size).to.be.above(0);
      expect(saved(key).lostFiles, 'nothing to attach again').to.equal(undefined);
      first.remove();
      const before = uploadsSent();
      const el = await resume(tab(key));
      expect(text(el)).not.to.include('could not be kept');
      expect(stepRoot(el).querySelector('.file-list li')!.textContent!.replace(/\s+/g, ' ')).to.match(/Attached: gimbal\.webp \(\d/);
      expect(progressBar(el)).to.equal(null);
      expect(button(el, 'Try again')).to.equal(undefined);
      expect(button(el, 'Remove file')).to.exist;
      await isAccessible(el);
      let stored: { files: { path: string; name: string }[] } | undefined;
      const [request] = await requestsDuring(async () => { stored = await submitted(el); });
      expect((request!.malfunction.photos as Record<string, unknown[]>)['gimbal-close-up']).to.deep.equal([kept]);
      expect(stored!.files.map((f) => [f.path, f.name])).to.deep.equal([['malfunction.photos.gimbal-close-up.0', 'gimbal.webp']]);
      expect(uploadsSent(), 'nothing was sent again').to.equal(before);
    });

    it('keeps a proof of purchase sent before a reload, which Remove takes away', async function () {
      this.timeout(60000);
      const key = `tab-receipt-${Date.now()}`;
      await savedWithSentReceipt(key);
      const el = await resume(tab(key));
      expect(text(el)).to.include('Attached: receipt.pdf');
      await isAccessible(el);
      button(el, 'Remove file')!.click();
      await settle(el);
      expect(text(el)).not.to.include('receipt.pdf');
      await waitUntil(() => saved(key)?.draft?.malfunction && !saved(key).draft.malfunction.proofOfPurchase, 'the draft forgets the receipt');
    });

    it('names a photo not sent yet beside its shot after a reload, to attach again; the shot still requires a photo at Next', async function () {
      this.timeout(60000);
      const required = gimbalCloseUpRequired();
      const key = `tab-lost-${Date.now()}`;
      await faults({ failNext: 1, status: 503 });
      const first = await tab(key, required);
      await gimbalRepair(first);
      await attachPhoto(first);
      await waitUntil(() => button(first, 'Try again'), 'the photo could not be sent');
      await waitUntil(() => saved(key)?.lostFiles?.length === 1, 'the draft is saved');
      first.remove();
      const el = await resume(tab(key, required));
      const notice = 'The attached file “gimbal.webp” could not be kept: please attach it again.';
      const shot = control(el, 'The gimbal, close up');
      const described = () => shot.getAttribute('aria-describedby')!.split(' ').map((id) => stepRoot(el).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim());
      expect(described().join(' '), 'the shot\'s picker is described by the notice').to.include(notice);
      expect(stepRoot(el).querySelector('.file-list'), 'no photo is attached').to.equal(null);
      await isAccessible(el);
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(summaryErrors(el)).to.include('Attach at least one photo of this view.');
      expect(text(el)).to.include(notice);
      await speak(el, 'fr');
      expect(text(el)).to.include('Le fichier joint « gimbal.webp » n’a pas pu être conservé : veuillez le joindre à nouveau.');
      await speak(el, 'en');
      await attachPhoto(el);
      expect(text(el), 'attached again: no longer named').not.to.include(notice);
    });

    it('names a photo kept by its id to attach again when resumed without upload-endpoint, never as an empty file: the shot requires a photo at Next', async function () {
      this.timeout(60000);
      const required = gimbalCloseUpRequired();
      const key = `tab-no-endpoint-${Date.now()}`;
      const first = await tab(key, required);
      await gimbalRepair(first);
      await attachPhoto(first);
      await waitUntil(() => announced(first) === 'gimbal.webp was sent.', 'the photo is sent', { timeout: 10000 });
      await waitUntil(() => /^rru_/.test(saved(key)?.draft?.malfunction?.photos?.['gimbal-close-up']?.[0]?.sentAhead?.upload ?? ''), 'the draft keeps the photo by its id');
      first.remove();
      // The same draft, on a page whose widget sends files with the request only.
      const el = await resume(mount(html`<repair-request lang="en" endpoint="/api/repair-requests" draft-key=${key}
        .config=${required} .addresses=${[homeAddress]}></repair-request>`));
      const notice = 'The attached file “gimbal.webp” could not be kept: please attach it again.';
      expect(text(el)).to.include(notice);
      expect(stepRoot(el).querySelector('.file-list'), 'no photo is attached').to.equal(null);
      await isAccessible(el);
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(summaryErrors(el)).to.include('Attach at least one photo of this view.');
      await waitUntil(() => saved(key)?.lostFiles?.[0]?.name === 'gimbal.webp' && !saved(key).draft.malfunction.photos,
        'the draft names it to attach again, and no longer keeps it by its id');
    });

    it('gives a page\'s form a file kept by its id as that id, never an empty file in its place', async function () {
      this.timeout(60000);
      const key = `tab-form-${Date.now()}`;
      const kept = await savedWithSentReceipt(key);
      const form = await fixture<HTMLFormElement>(html`<form action="#"><repair-request lang="en" name="rma" endpoint="/api/repair-requests"
        upload-endpoint="/api/uploads" draft-key=${key} .addresses=${[homeAddress]}></repair-request></form>`);
      const el = await resume(Promise.resolve(form.querySelector<Widget>('repair-request')!));
      await toSubmit(el, 2);
      await waitUntil(() => typeof new FormData(form).get('rma') === 'string', 'the form has the request once it is complete');
      const request = JSON.parse(new FormData(form).get('rma') as string) as { malfunction: { proofOfPurchase: unknown } };
      expect(request.malfunction.proofOfPurchase).to.deep.equal(kept);
      expect(new FormData(form).getAll('rma.proofOfPurchase'), 'no file entry').to.deep.equal([]);
    });

    it('keeps a file kept by its id when the draft moves to IndexedDB (persist="local"), so the case has it after another reload', async function () {
      this.timeout(60000);
      const key = `tab-to-local-${Date.now()}`;
      const kept = await savedWithSentReceipt(key);
      const local = () => mount(html`<repair-request lang="en" endpoint="/api/repair-requests" upload-endpoint="/api/uploads"
        draft-key=${key} persist="local" .addresses=${[homeAddress]}></repair-request>`);
      const first = await resume(local());
      await toSubmit(first, 2);
      await waitUntil(async () => (await localDraft(key))?.draft?.submit?.termsAccepted === true, 'the draft is saved in IndexedDB', { timeout: 5000 });
      expect((await localDraft(key)).draft.malfunction.proofOfPurchase, 'stored by its reference').to.deep.equal({ sentAhead: kept });
      first.remove();
      const el = await local();
      await waitUntil(() => text(el).includes('Resume your request'), 'the draft is offered');
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Check your request', 'back on the Submit step');
      const sent = new Promise<string>((resolve, reject) => {
        el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber));
        el.addEventListener('repair-request-error', (e) => reject(new Error(`Not sent: ${JSON.stringify((e as CustomEvent).detail)}`)));
      });
      await press(el, 'Submit');
      const stored = await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json() as { files: { path: string; name: string; size: number }[] };
      expect(stored.files.map((f) => [f.path, f.name, f.size])).to.deep.equal([['malfunction.proofOfPurchase', 'receipt.pdf', kept.size]]);
    });

    it('says at the field that a file kept by its id must be attached again when the server no longer has it, and sends nothing without its bytes', async function () {
      this.timeout(60000);
      const key = `tab-expired-${Date.now()}`;
      await savedWithSentReceipt(key);
      // The server no longer keeps the upload (past its 24 h): as if the draft kept an id it never gave.
      const draft = saved(key);
      draft.draft.malfunction.proofOfPurchase.sentAhead.upload = `rru_${'A'.repeat(32)}`;
      sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
      const before = uploadsSent();
      const cases = await casesStored();
      const el = await resume(tab(key));
      await toSubmit(el, 2);
      await press(el, 'Submit');
      const expired = 'This file is no longer kept on our server. Remove it and attach it again.';
      await waitUntil(() => heading(el) === 'Malfunction' && summaryErrors(el).includes(expired), 'back on the proof of purchase, with the error summary');
      await settle(el);
      expect(fieldError(el, 'Upload a proof of purchase')).to.equal(expired);
      expect(button(el, 'Try again'), 'sending again cannot help: the bytes are not here').to.equal(undefined);
      expect(uploadsSent(), 'no empty file was sent in its place').to.equal(before);
      expect(await casesStored()).to.equal(cases);
      await isAccessible(el);
      await speak(el, 'de');
      expect(fieldError(el, 'Kaufbeleg hochladen')).to.include('Diese Datei wird auf unserem Server nicht mehr aufbewahrt. Entfernen Sie sie und hängen Sie sie erneut an.');
      await speak(el, 'en');
      await attachFile(el, 'Upload a proof of purchase', receipt());
      await waitUntil(() => announced(el) === 'receipt.pdf was sent.', 'the receipt is sent again', { timeout: 10000 });
      while (heading(el) === 'Malfunction') await press(el, text(el).includes('Save and return to summary') ? 'Save and return to summary' : 'Next');
      const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
      await press(el, 'Submit');
      const stored = await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json() as { files: { path: string }[] };
      expect(stored.files.map((f) => f.path)).to.deep.equal(['malfunction.proofOfPurchase']);
    });
  });

  describe('without upload-endpoint', () => {
    it('sends the photos in the request, and the Submit step shows each one\'s own progress, named after it; axe passes', async () => {
      const el = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .addresses=${[homeAddress]}></repair-request>`);
      await gimbalRepair(el);
      await attachPhoto(el, 'left.jpg', 'right.jpg');
      expect(progressBar(el)).to.equal(null);
      await toSubmit(el);
      // The answer comes 3 s late: the body is sent, each file's bar is full, while the request waits for its answer.
      await faults({ delayMs: 3000 });
      await press(el, 'Submit');
      const bars = () => [...stepRoot(el).querySelectorAll<HTMLProgressElement>('.file-progress progress')];
      await waitUntil(() => bars().length === 2 && bars().every((b) => b.value === b.max), 'each file shows it was sent');
      expect(bars().map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Sending left.webp', 'Sending right.webp']);
      await isAccessible(el);
    });
  });
});
