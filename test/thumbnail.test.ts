/**
 * The preview of an attached picture where the browser cannot draw one: a
 * canvas it will not give (iOS Safari past its canvas memory cap), or a
 * preview that cannot be shown. The row keeps the file's name and size, the
 * page hears of no unhandled rejection, and only a refusal by the page's
 * policy stops the previews (csp-previews.test.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { attachFile, isAccessible, mountAtPurchase, settle, stepRoot, type Widget } from './helpers.js';
import { previewOf } from '../src/ui/thumbnail.js';

/** A tiny PNG (1×1), as a picture the customer has. */
const png = (name: string) => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], name, { type: 'image/png' });

const attach = (el: Widget, file: File) => attachFile(el, 'Upload a proof of purchase', file);
const row = (el: Widget) => stepRoot(el).querySelector('.file-list li')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<repair-request> picture previews the browser cannot draw', () => {
  const rejections: unknown[] = [];
  const warnings: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    rejections.push(e.reason);
    e.preventDefault();
  };
  const { getContext, toDataURL } = HTMLCanvasElement.prototype;
  const warn = console.warn;
  beforeEach(() => {
    rejections.length = 0;
    warnings.length = 0;
    addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    HTMLCanvasElement.prototype.getContext = getContext;
    HTMLCanvasElement.prototype.toDataURL = toDataURL;
  });

  it('lists the file by name and size, without a preview and without an unhandled rejection, when no canvas is given', async () => {
    let asked = 0;
    HTMLCanvasElement.prototype.getContext = function () {
      asked++;
      return null;
    } as typeof getContext;
    const el = await mountAtPurchase();
    const file = png('receipt.png');
    await attach(el, file);
    await waitUntil(() => asked > 0, 'a preview is tried');
    expect(await previewOf(file), 'no preview').to.equal(undefined);
    // A task later, where an unhandled rejection would have been reported.
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(rejections).to.deep.equal([]);
    expect(row(el).querySelector('img')).to.equal(null);
    expect(words(row(el))).to.equal('Attached: receipt.png (1 kB) Remove file');
    await isAccessible(el);
  });

  it('has no preview, and no unhandled rejection, when the canvas cannot be written', async () => {
    HTMLCanvasElement.prototype.toDataURL = () => {
      throw new DOMException('The canvas is too large.', 'SecurityError');
    };
    const el = await mountAtPurchase();
    const file = png('invoice.png');
    await attach(el, file);
    expect(await previewOf(file)).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve));
    expect(rejections).to.deep.equal([]);
    expect(words(row(el))).to.equal('Attached: invoice.png (1 kB) Remove file');
  });

  it('takes away a preview that cannot be shown, without blaming the page\'s policy, and shows the next picture\'s', async () => {
    // A preview the browser cannot decode: its image fails, as a blocked one would, but no policy refused it.
    HTMLCanvasElement.prototype.toDataURL = () => 'data:image/webp;base64,AAAA';
    const el = await mountAtPurchase();
    let failed = 0;
    // `error` does not bubble: heard on its way down to the image.
    stepRoot(el).addEventListener('error', (e) => { if ((e.target as Element).localName === 'img') failed++; }, true);
    await attach(el, png('first.png'));
    await waitUntil(() => failed > 0, 'the preview could not be shown');
    await settle(el);
    expect(row(el).querySelector('img'), 'the preview that cannot be shown is taken away').to.equal(null);
    expect(words(row(el))).to.equal('Attached: first.png (1 kB) Remove file');
    expect(warnings, 'no word of a Content-Security-Policy').to.deep.equal([]);
    HTMLCanvasElement.prototype.toDataURL = toDataURL;
    await attach(el, png('second.png'));
    await waitUntil(() => row(el).querySelector('img'), 'the next picture has its preview');
    const preview = row(el).querySelector('img')!;
    await waitUntil(() => preview.complete && preview.naturalWidth === 1, 'the preview shows the picture');
  });
});
