import { expect, html, waitUntil } from '@open-wc/testing';
import { defaultConfig } from '../src/config/default-config.js';
import { bytesOf, canvasPicture, contains, dimensions, webpChunks, withExif } from './support/exif.js';
import { withPayload, ZIP_HEAD } from './support/pictures.js';
import { setViewport } from '@web/test-runner-commands';
import { emulatePointer } from './support/pointer.js';
import {
  check, completeAddress, completeDevice, control, describeProblem, fieldError, gimbalCloseUpRequired, heading, homeAddress, isAccessible, mount, next, press,
  settle, speak, stepRoot, summaryErrors, text, type Widget,
} from './helpers.js';

const STAFF = { Authorization: 'Bearer test-staff-token' };
import { DRAFT_PREFIX as PREFIX, localDraft } from './support/stored-drafts.js';
let serial = 0;
const newKey = () => `photos-test-${Date.now()}-${serial++}`;

/** A 400 × 300 JPEG drawn in the browser, with an EXIF block holding a GPS position. */
async function gpsPhoto(name = 'gimbal.jpg') {
  return new File([withExif(await canvasPicture(400, 300))], name, { type: 'image/jpeg' });
}

/** Chooses pictures in the shot's drop zone, as the picker would. */
async function attachPhotos(el: Widget, shot: string, files: File[]) {
  const input = control(el, shot);
  const outcomes = () => stepRoot(el).querySelectorAll('.file-list li, .photo-notes .refused').length;
  const before = outcomes();
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Each file shows as attached, or as refused, once written again.
  await waitUntil(() => outcomes() >= before + files.length && !stepRoot(el).querySelector('.photo-notes .pending'), 'the photos are ready', { timeout: 10000 });
  await settle(el);
}

/**
 * The Malfunction step with a repair of the gimbal (and `problems`), on the screen of the photos they ask
 * for: the gimbal alone asks for one shot, "The gimbal, close up".
 */
async function gimbalRepair(el: Widget, ...problems: string[]) {
  await completeDevice(el);
  await describeProblem(el, ...problems);
  await next(el);
}

/** From the photos' screen, past the proof of purchase and the service plan (both optional here), out of the step. */
async function leaveMalfunction(el: Widget) {
  await next(el);
  await next(el);
  await next(el);
}

describe('<repair-request> photos of the damage', () => {
  describe('when the gimbal is the problem', () => {
    it('asks for the gimbal close up, with its hint and the limit, and passes axe', async () => {
      const el = await mount();
      await gimbalRepair(el);
      expect(text(el)).to.include('Photos of the damage');
      const input = control(el, 'The gimbal, close up');
      expect(input.multiple).to.equal(true);
      expect(input.accept).to.equal('image/*');
      // With a mouse: the picker alone, which never sends a phone straight to the camera.
      expect(input.hasAttribute('capture')).to.equal(false);
      expect(stepRoot(el).querySelector('input[capture]')).to.equal(null);
      expect(text(el)).to.include('Close enough to see any damage, in good light.');
      expect(text(el)).to.include('Up to 3 photos of each view.');
      expect(text(el)).not.to.include('The aircraft from above');
      await isAccessible(el);
    });

    it('draws no list under a shot until it has a photo or a note (no empty box in the row)', async () => {
      const el = await mount();
      await gimbalRepair(el);
      /** The row's lists under its buttons, by what they hold. */
      const lists = () => [...stepRoot(el).querySelectorAll<HTMLElement>('.drop-row .drop-files')].map((list) => list.children.length);
      expect(lists(), 'no photo yet').to.deep.equal([]);
      await attachPhotos(el, 'The gimbal, close up', [await gpsPhoto()]);
      expect(lists(), 'a photo attached').to.deep.equal([1]);
      await press(el, 'Remove file');
      expect(lists(), 'its photo removed').to.deep.equal([]);
    });

    it('ends the rows of photos right above the Previous / Next bar, without an empty band (one rule between them)', async () => {
      const el = await mount(html`<repair-request lang="en" style="inline-size: 390px"></repair-request>`);
      await completeDevice(el);
      await describeProblem(el, 'Crash damage');
      await next(el);
      const rows = [...stepRoot(el).querySelectorAll<HTMLElement>('.drop-row')];
      const last = rows[rows.length - 1].getBoundingClientRect();
      const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
      const gap = bar.getBoundingClientRect().top - last.bottom;
      expect(gap, 'the space between the last row and the bar').to.be.at.most(parseFloat(getComputedStyle(bar).marginBlockStart));
      expect(getComputedStyle(rows[rows.length - 1]).borderBlockEndWidth, 'the bar\'s rule closes the list').to.equal('0px');
    });

    describe('on a touch device', () => {
      let pointer: ReturnType<typeof emulatePointer>;
      before(() => { pointer = emulatePointer(); });
      beforeEach(() => pointer.set(true));
      after(() => pointer.restore());

      /** The file inputs of the shot, by their accessible names (their button's words, then the shot). */
      const inputsOf = (el: Widget, shot: string) => Object.fromEntries([...stepRoot(el).querySelectorAll<HTMLInputElement>('input[type="file"]')]
        .map((input) => [input.getAttribute('aria-labelledby')!.split(' ').map((id) => stepRoot(el).getElementById(id)!.textContent!.trim()).join(' '), input])
        .filter(([name]) => (name as string).endsWith(shot)));

      it('offers "Take a photo" (the camera) beside "Choose photos" (the gallery and files), two real file inputs, and passes axe', async () => {
        const el = await mount();
        await gimbalRepair(el);
        const inputs = inputsOf(el, 'The gimbal, close up');
        expect(Object.keys(inputs)).to.deep.equal(['Take a photo The gimbal, close up', 'Choose photos The gimbal, close up']);
        const { 'Take a photo The gimbal, close up': camera, 'Choose photos The gimbal, close up': picker } = inputs;
        expect([camera!.type, camera!.accept, camera!.multiple, camera!.getAttribute('capture')]).to.deep.equal(['file', 'image/*', true, 'environment']);
        expect([picker!.type, picker!.accept, picker!.multiple, picker!.hasAttribute('capture')]).to.deep.equal(['file', 'image/*', true, false]);
        // Both are described by the shot's hint.
        for (const input of [camera!, picker!]) expect(stepRoot(el).getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).to.include('Close enough');
        await isAccessible(el);
        // A mouse again (a tablet docked): the camera button goes.
        pointer.set(false);
        await settle(el);
        expect(Object.keys(inputsOf(el, 'The gimbal, close up'))).to.deep.equal(['Choose photos The gimbal, close up']);
      });

      it('on a phone, shows a short word under each button’s icon (Photo, Gallery), in its language, and keeps their full names', async () => {
        await setViewport({ width: 390, height: 844 });
        try {
          const el = await mount();
          await gimbalRepair(el);
          /** The words a customer sees on the shot's buttons: only those drawn, at least 2 px each way, inside their button. */
          const seen = () => [...stepRoot(el).querySelectorAll<HTMLElement>('.drop-row .drop-button-box')].map((box) => {
            const outer = box.getBoundingClientRect();
            return [...box.querySelectorAll<HTMLElement>('.drop-button span')].filter((words) => {
              const r = words.getBoundingClientRect();
              return r.width >= 2 && r.height >= 2 && r.top >= outer.top && r.bottom <= outer.bottom && r.left >= outer.left && r.right <= outer.right;
            }).map((words) => words.textContent!.trim()).join(' ');
          });
          expect(seen()).to.deep.equal(['Photo', 'Gallery']);
          expect(Object.keys(inputsOf(el, 'The gimbal, close up'))).to.deep.equal(['Take a photo The gimbal, close up', 'Choose photos The gimbal, close up']);
          await isAccessible(el);
          await speak(el, 'de');
          expect(seen()).to.deep.equal(['Foto', 'Galerie']);
          // The row stays one line high: the buttons keep the control's height.
          const heights = [...stepRoot(el).querySelectorAll('.drop-row .drop-button-box')].map((box) => Math.round(box.getBoundingClientRect().height));
          expect(heights).to.deep.equal([44, 44]);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });

      it('keeps a photo taken and a photo chosen in the same shot', async () => {
        const el = await mount();
        await gimbalRepair(el);
        const choose = async (input: HTMLInputElement, file: File) => {
          const transfer = new DataTransfer();
          transfer.items.add(file);
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          await waitUntil(() => text(el).includes(`Attached: ${file.name.replace('.jpg', '.webp')}`), `${file.name} is attached`, { timeout: 10000 });
        };
        await choose(inputsOf(el, 'The gimbal, close up')['Take a photo The gimbal, close up']!, await gpsPhoto('taken.jpg'));
        await choose(inputsOf(el, 'The gimbal, close up')['Choose photos The gimbal, close up']!, await gpsPhoto('chosen.jpg'));
        const lists = [...stepRoot(el).querySelectorAll('.file-list')];
        expect(lists).to.have.length(1);
        expect([...lists[0]!.querySelectorAll('li')].map((li) => li.textContent!.match(/Attached: (\S+)/)![1])).to.deep.equal(['taken.webp', 'chosen.webp']);
        expect(lists[0]!.closest('.drop-row')!.querySelector('label')!.textContent).to.include('The gimbal, close up');
      });
    });

    it('asks for every shot of the crash list once the crash is chosen too', async () => {
      const el = await mount();
      await gimbalRepair(el, 'Crash damage');
      for (const shot of ['The aircraft from above', 'The front left arm', 'The serial-number label', 'The gimbal, close up']) {
        expect(control(el, shot), shot).to.exist;
      }
    });

    it('writes a photo with a GPS position again before keeping it, shows its size before and after, and passes axe', async () => {
      const el = await mount();
      await gimbalRepair(el);
      const original = await gpsPhoto();
      await attachPhotos(el, 'The gimbal, close up', [original]);
      expect(text(el)).to.match(/Attached: gimbal\.webp \([\d.]+ kB\)/);
      expect(text(el)).to.match(/Your photo gimbal\.jpg was made smaller: [\d.]+ kB before, [\d.]+ kB now\./);
      await isAccessible(el);
    });

    it('names the customer’s own file beside the photo written again under a new name', async () => {
      const el = await mount();
      await gimbalRepair(el);
      await attachPhotos(el, 'The gimbal, close up', [await gpsPhoto('IMG_1234.JPG')]);
      expect(text(el)).to.match(/Attached: IMG_1234\.webp \([\d.]+ kB\)/);
      expect(text(el)).to.match(/Your photo IMG_1234\.JPG was made smaller: [\d.]+ kB before, [\d.]+ kB now\./);
      await speak(el, 'fr');
      expect(text(el)).to.contain('Votre photo IMG_1234.JPG a été réduite');
      await speak(el, 'ar');
      expect(text(el)).to.contain('IMG_1234.JPG');
      // The last row, with its photo, ends right above the Previous / Next bar: one rule between them.
      const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
      const files = [...stepRoot(el).querySelectorAll<HTMLElement>('.drop-row .file')];
      expect(getComputedStyle(files[files.length - 1]).borderBlockEndWidth).to.equal('0px');
      expect(bar.getBoundingClientRect().top - files[files.length - 1].getBoundingClientRect().bottom)
        .to.be.at.most(parseFloat(getComputedStyle(bar).marginBlockStart) + 16);
      await isAccessible(el);
    });

    it('lists a file that is not a picture as not accepted, with the reason, and passes axe', async () => {
      const el = await mount();
      await gimbalRepair(el);
      await attachPhotos(el, 'The gimbal, close up', [new File(['%PDF-1.4 not a photo'], 'invoice.jpg', { type: 'image/jpeg' })]);
      expect(text(el)).to.include('Not accepted: invoice.jpg');
      expect(text(el)).to.include('This file is not a photo. Choose a JPEG, PNG, WebP or HEIC picture.');
      expect(text(el)).not.to.include('Attached: invoice');
      await isAccessible(el);
    });

    it('sends the photos written again: the server stores them smaller, without EXIF, GPS or the ZIP appended to one, at the same size in pixels', async () => {
      const el = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .addresses=${[homeAddress]}></repair-request>`);
      await gimbalRepair(el);
      const original = await gpsPhoto();
      const polyglot = new File([withPayload(await bytesOf(await gpsPhoto()), ZIP_HEAD)], 'polyglot.jpg', { type: 'image/jpeg' });
      await attachPhotos(el, 'The gimbal, close up', [original, polyglot]);
      await leaveMalfunction(el);
      await check(el, 'Defective component');
      await next(el);
      await completeAddress(el);
      await next(el);
      // The summary names the photos as the customer chose them, not by the type they were written again as.
      expect(text(el)).to.include('The gimbal, close up: gimbal and polyglot');
      expect(text(el)).not.to.include('.webp');
      await check(el, 'I have read and accept');
      const sent = new Promise<string>((resolve) => el.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
      await press(el, 'Submit');
      const caseNumber = await sent;

      const stored = await (await fetch(`/api/cases/${caseNumber}`, { headers: STAFF })).json() as { files: { id: string; path: string; name: string; type: string }[] };
      expect(stored.files.map((f) => [f.path, f.name, f.type])).to.deep.equal([
        ['malfunction.photos.gimbal-close-up.0', 'gimbal.webp', 'image/webp'],
        ['malfunction.photos.gimbal-close-up.1', 'polyglot.webp', 'image/webp'],
      ]);
      for (const file of stored.files) {
        const bytes = await bytesOf(await (await fetch(`/api/cases/${caseNumber}/files/${file.id}`, { headers: STAFF })).blob());
        expect(bytes.length, file.name).to.be.below(original.size);
        expect(webpChunks(bytes), file.name).not.to.include('EXIF');
        expect(contains(bytes, 'DroneCam'), file.name).to.equal(false);
        expect(contains(bytes, 'PK\u0003\u0004'), file.name).to.equal(false);
        expect(await dimensions(new Blob([bytes], { type: 'image/webp' })), file.name).to.deep.equal([400, 300]);
      }
    });
  });

  describe('with the limits of the configuration', () => {
    const config = { ...defaultConfig, evidence: { limits: { perShot: 2 } } };

    it('shows a localised message beside the shot at once, and in the error summary on Next; axe passes', async () => {
      const el = await mount(html`<repair-request lang="en" .config=${config}></repair-request>`);
      await gimbalRepair(el);
      await attachPhotos(el, 'The gimbal, close up', await Promise.all(['a.jpg', 'b.jpg', 'c.jpg'].map((n) => gpsPhoto(n))));
      expect(fieldError(el, 'The gimbal, close up')).to.equal('Attach up to 2 photos of this view.');
      await isAccessible(el);
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(summaryErrors(el)).to.include('Attach up to 2 photos of this view.');
      await speak(el, 'fr');
      expect(summaryErrors(el)).to.include('Joignez jusqu’à 2 photos de cette vue.');
    });

    it('requires a photo of a shot the configuration marks required', async () => {
      const required = gimbalCloseUpRequired();
      const el = await mount(html`<repair-request lang="en" .config=${required}></repair-request>`);
      await gimbalRepair(el);
      await next(el);
      expect(summaryErrors(el)).to.include('Attach at least one photo of this view.');
      await attachPhotos(el, 'The gimbal, close up', [await gpsPhoto()]);
      await leaveMalfunction(el);
      expect(heading(el)).to.equal('Send us your devices');
    });
  });

  describe('in a draft', () => {
    it('keeps the photos with persist="local" and shows them again after a reload', async () => {
      const key = newKey();
      const first = await mount(html`<repair-request lang="en" draft-key=${key} persist="local"></repair-request>`);
      await gimbalRepair(first);
      await attachPhotos(first, 'The gimbal, close up', [await gpsPhoto()]);
      await waitUntil(async () => (await localDraft(key))?.draft?.malfunction?.photos?.['gimbal-close-up']?.[0] instanceof File, 'the draft is saved');
      first.remove();
      const el = await mount(html`<repair-request lang="en" draft-key=${key} persist="local"></repair-request>`);
      await waitUntil(() => text(el).includes('Resume your request'), 'the draft is offered');
      expect(text(el)).not.to.include('could not be kept');
      await press(el, 'Resume your request');
      await waitUntil(() => heading(el) === 'Malfunction');
      expect(text(el)).to.match(/Attached: gimbal\.webp/);
      await el.reset();
    });

    it('names each photo to attach again when the draft is kept in the tab only', async () => {
      const key = newKey();
      const first = await mount(html`<repair-request lang="en" draft-key=${key}></repair-request>`);
      await gimbalRepair(first);
      await attachPhotos(first, 'The gimbal, close up', [await gpsPhoto('left.jpg'), await gpsPhoto('right.jpg')]);
      const saved = () => JSON.parse(sessionStorage.getItem(PREFIX + key) ?? '{}');
      await waitUntil(() => saved().lostFiles?.length === 2, 'the draft is saved');
      expect(saved().lostFiles.map((f: { path: string; name: string }) => [f.path, f.name])).to.deep.equal([
        ['malfunction.photos.gimbal-close-up.0', 'left.webp'], ['malfunction.photos.gimbal-close-up.1', 'right.webp'],
      ]);
      first.remove();
      const el = await mount(html`<repair-request lang="en" draft-key=${key}></repair-request>`);
      await waitUntil(() => text(el).includes('Resume your request'), 'the draft is offered');
      expect(text(el)).to.include('The attached file “left.webp” could not be kept: please attach it again.');
      expect(text(el)).to.include('The attached file “right.webp” could not be kept: please attach it again.');
      await el.reset();
    });
  });
});
