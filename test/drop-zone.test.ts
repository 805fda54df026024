import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { dropZone, type DropZoneOptions } from '../src/ui/drop-zone.js';
import { emulatePointer } from './support/pointer.js';
import {
  control, dateParts, isAccessible, mount, press, settle, stepRoot, text, type Widget, mountAtPurchase,
} from './helpers.js';

const PROOF = 'Upload a proof of purchase';

/** A widget on the Malfunction step, with the proof of purchase shown. */
// The proof of purchase is on the fourth screen, past the photos of the damage.
const open = mountAtPurchase;

const zoneOf = (input: HTMLInputElement) => input.closest('.drop-zone') as HTMLElement;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** A tiny PNG (1×1), as a picture the customer has. */
const png = () => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], 'receipt.png', { type: 'image/png' });

/** Drags files over an element and drops them, as from the desktop. */
async function drop(el: Widget, target: HTMLElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const event = (type: string) => new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event('dragenter'));
  const over = event('dragover');
  target.dispatchEvent(over);
  expect(over.defaultPrevented, 'the zone accepts the drop').to.equal(true);
  expect(zoneOf(target as HTMLInputElement).classList.contains('dragging')).to.equal(true);
  target.dispatchEvent(event('drop'));
  await settle(el);
}

describe('<repair-request> file drop zone', () => {
  it('is a real file input, labelled, described by the accepted types and limit, under the widget’s own words', async () => {
    const el = await open();
    const input = control(el, PROOF);
    expect(input.type).to.equal('file');
    const zone = zoneOf(input);
    expect(words(zone)).to.equal('Choose a file or drop it here');
    // The browser's own words are never seen: the input is transparent and covers the whole zone.
    expect(getComputedStyle(input).opacity).to.equal('0');
    const box = input.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([zone.clientWidth, zone.clientHeight]);
    const hint = stepRoot(el).getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(words(hint)).to.equal('A PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, PNG, JPG, JPEG, or GIF file of up to 25 MB.');
    await isAccessible(el);
  });

  it('works with the keyboard alone: Tab to it, Space opens the picker, Enter on Remove takes the file away', async () => {
    const el = await open();
    const { year } = dateParts(el, 'Date of receipt');
    year.focus();
    await sendKeys({ press: 'Tab' });
    const input = control(el, PROOF);
    expect(stepRoot(el).activeElement).to.equal(input);
    await executeServerCommand('arm-file-chooser', { files: [{ name: 'invoice.pdf', content: '%PDF-1.4 invoice' }] });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => text(el).includes('Attached: invoice.pdf'), 'the chosen file is listed');
    await sendKeys({ press: 'Tab' });
    expect(words(stepRoot(el).activeElement!)).to.equal('Remove file');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text(el)).not.to.contain('invoice.pdf');
    expect(stepRoot(el).activeElement).to.equal(input);
  });

  it('takes a file dropped on it and lists it once, with its size and a thumbnail', async () => {
    const el = await open();
    await drop(el, control(el, PROOF), [png()]);
    const input = control(el, PROOF);
    expect(zoneOf(input).classList.contains('dragging')).to.equal(false);
    const rows = [...stepRoot(el).querySelectorAll('.file-list li')];
    expect(rows.map(words)).to.deep.equal(['Attached: receipt.png (1 kB) Remove file']);
    expect(text(el).split('receipt.png').length - 1, 'the name shows once').to.equal(1);
    await waitUntil(() => rows[0]!.querySelector('img'), 'a thumbnail is drawn');
    const thumbnail = rows[0]!.querySelector('img')!;
    expect(thumbnail.src).to.match(/^data:image\//);
    await waitUntil(() => thumbnail.complete && thumbnail.naturalWidth === 1, 'the thumbnail shows the picture');
    expect(input.getAttribute('aria-describedby')).to.contain('malfunction-proofOfPurchase-files');
    await isAccessible(el);
  });

  it('replaces the one file of a single-file field when another is dropped', async () => {
    const el = await open();
    await drop(el, control(el, PROOF), [new File(['%PDF-1.4'], 'first.pdf')]);
    await drop(el, control(el, PROOF), [new File(['%PDF-1.4'], 'second.pdf'), new File(['%PDF-1.4'], 'third.pdf')]);
    expect([...stepRoot(el).querySelectorAll('.file-list li')].map(words)).to.deep.equal(['Attached: second.pdf (1 kB) Remove file']);
  });

  it('speaks French in a French widget', async () => {
    const el = await open('fr');
    const input = control(el, 'Télécharger une preuve d’achat');
    expect(words(zoneOf(input))).to.equal('Choisir un fichier ou déposez-le ici');
    await drop(el, input, [new File(['%PDF-1.4'], 'facture.pdf')]);
    expect(words(stepRoot(el).querySelector('.file-list li')!)).to.equal('Pièce jointe : facture.pdf (1 ko) Supprimer le fichier');
    await isAccessible(el);
  });

  it('is the same control in the contact form', async () => {
    const el = await mount();
    await press(el, 'Can’t complete the request online? Contact support');
    await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('h2'));
    await settle(el);
    const input = control(el, 'Proof of purchase');
    expect(words(zoneOf(input))).to.equal('Choose a file or drop it here');
    await drop(el, input, [new File(['%PDF-1.4'], 'invoice.pdf')]);
    expect(text(el)).to.contain('Attached: invoice.pdf (1 kB)');
    await isAccessible(el);
  });

  describe('on a touch device, where a finger cannot drop a file', () => {
    let pointer: ReturnType<typeof emulatePointer>;
    beforeEach(() => {
      pointer = emulatePointer();
      pointer.set(true);
    });
    afterEach(() => pointer.restore());

    it('offers the picker without inviting a drop, in French too, and invites it again once a mouse is the pointer', async () => {
      const el = await open('fr');
      const zone = zoneOf(control(el, 'Télécharger une preuve d’achat'));
      expect(words(zone)).to.equal('Choisir un fichier');
      await isAccessible(el);
      pointer.set(false);
      await settle(el);
      expect(words(zone)).to.equal('Choisir un fichier ou déposez-le ici');
    });

    it('does not invite a drop in the contact form either', async () => {
      const el = await mount();
      await press(el, 'Can’t complete the request online? Contact support');
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('h2'));
      await settle(el);
      expect(words(zoneOf(control(el, 'Proof of purchase')))).to.equal('Choose a file');
    });
  });

  describe('with several files (for photos)', () => {
    async function zone(options: Partial<DropZoneOptions>) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const added: File[][] = [];
      const draw = (files: File[]) => render(dropZone({
        path: 'evidence.photos', label: 'Photos of the damage', hint: 'JPG or PNG, 10 MB at most.', files, accept: 'image/*',
        multiple: true, locale: 'en', onAdd: (f) => added.push(f), onRemove: () => undefined, ...options,
      }), host);
      return { host, added, draw };
    }

    it('as a row with the camera: the whole row takes a drop; Tab reaches "Take a photo", then "Choose photos", and Space opens each', async () => {
      const { host, added, draw } = await zone({ layout: 'row', camera: 'environment' });
      draw([]);
      const row = host.querySelector<HTMLElement>('.drop-row')!;
      const [camera, picker] = [...host.querySelectorAll<HTMLInputElement>('input[type="file"]')];
      const name = (input: HTMLInputElement) => input.getAttribute('aria-labelledby')!.split(' ').map((id) => words(host.querySelector(`#${id}`)!)).join(' ');
      expect([name(camera!), camera!.getAttribute('capture')]).to.deep.equal(['Take a photo Photos of the damage', 'environment']);
      expect([name(picker!), picker!.hasAttribute('capture')]).to.deep.equal(['Choose photos Photos of the damage', false]);
      const transfer = new DataTransfer();
      transfer.items.add(png());
      const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      host.querySelector('.hint')!.dispatchEvent(over);
      expect([over.defaultPrevented, row.classList.contains('dragging')]).to.deep.equal([true, true]);
      host.querySelector('label')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      expect(row.classList.contains('dragging')).to.equal(false);
      const before = document.createElement('button');
      before.textContent = 'Before';
      host.before(before);
      before.focus();
      for (const [input, file] of [[camera!, 'taken.png'], [picker!, 'chosen.png']] as const) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(input);
        await executeServerCommand('arm-file-chooser', { files: [{ name: file, content: 'not really a picture' }] });
        await sendKeys({ press: 'Space' });
        await waitUntil(() => added.flat().some((f) => f.name === file), `${file} is added`);
      }
      expect(added.map((files) => files.map((f) => f.name))).to.deep.equal([['receipt.png'], ['taken.png'], ['chosen.png']]);
      await expect(host).to.be.accessible();
    });

    it('accepts several files at once and shows an error per file', async () => {
      const { host, added, draw } = await zone({});
      draw([]);
      const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(input.multiple).to.equal(true);
      // The picker keeps the gallery and the files: it never sends a phone straight to the camera.
      expect(input.hasAttribute('capture')).to.equal(false);
      expect(words(host.querySelector('.drop-zone')!)).to.equal('Choose photos or drop them here');
      const transfer = new DataTransfer();
      transfer.items.add(png());
      transfer.items.add(new File(['x'], 'notes.txt'));
      input.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      expect(added.map((files) => files.map((f) => f.name))).to.deep.equal([['receipt.png', 'notes.txt']]);
      render(dropZone({
        path: 'evidence.photos', label: 'Photos of the damage', hint: 'JPG or PNG, 10 MB at most.', files: added[0]!, accept: 'image/*',
        multiple: true, locale: 'en', fileErrors: [undefined, 'This file is not a picture.'], onAdd: () => undefined, onRemove: () => undefined,
      }), host);
      const rows = [...host.querySelectorAll('.file-list li')];
      expect(rows.map(words)).to.deep.equal([
        'Attached: receipt.png (1 kB) Remove file',
        'Not accepted: notes.txt (1 kB) Error: This file is not a picture. Remove file',
      ]);
      const removeSecond = rows[1]!.querySelector('button')!;
      const described = removeSecond.getAttribute('aria-describedby')!.split(' ').map((id) => words(host.querySelector(`#${id}`)!));
      expect(described).to.deep.equal(['Not accepted: notes.txt (1 kB)', 'Error: This file is not a picture.']);
      await expect(host).to.be.accessible();
    });
  });
});
