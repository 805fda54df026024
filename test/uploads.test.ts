/**
 * Files sent ahead (`upload-endpoint`): each photo goes on its own as soon as
 * it is kept, with its own progress, Cancel and Try again, through
 * <repair-request> and the real back end on PGlite (web-test-runner.config.mjs
 * mounts it at the test page's origin, with fault injection: /api/__faults).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { canvasPicture } from './support/exif.js';
import { DRAFT_PREFIX, localDraft } from './support/stored-drafts.js';
import {
  attachFile, check, completeDevice, control, describeProblem, heading, homeAddress, isAccessible, mount, next, partsToSummary, press, settle, speak,
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
async function atPurchase() {
  const el = await widget();
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
    /** How many files were sent to the upload endpoint since the page loaded. */
    const uploadsSent = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/uploads')).length;
    // A full resource-timing buffer records nothing more: room for every request of these tests.
    beforeEach(() => {
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(10_000);
    });
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

    async function resumed(key: string) {
      const el = await local(key);
      await waitUntil(() => text(el).includes('Resume your request'), 'the draft is offered');
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction');
      await settle(el);
      return el;
    }

    async function submitted(el: Widget) {
      await toSubmit(el);
      const sent = new Promise<string>((resolve, reject) => {
        el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber));
        el.addEventListener('repair-request-error', (e) => {
          if (!(e as CustomEvent).detail.willRetry) reject(new Error(`Not sent: ${JSON.stringify((e as CustomEvent).detail)}`));
        });
      });
      await press(el, 'Submit');
      return (await (await fetch(`/api/cases/${await sent}`, { headers: STAFF })).json()) as { files: { path: string; name: string }[] };
    }

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
