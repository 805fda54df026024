import { expect, waitUntil } from '@open-wc/testing';
import { attachFile, isAccessible, mountAtPurchase, settle, stepRoot, type Widget } from './helpers.js';

/**
 * The photo previews under the strict policy README documents (`img-src 'self' data:`, as
 * /demo/csp.html is served), and under a stricter one that refuses `data:` images too. The
 * policy is this test page's own: a `<meta>` policy applies from the moment it is in <head>.
 */
function pagePolicy(policy: string) {
  const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: policy });
  document.head.append(meta);
}

/** A tiny PNG (1×1), as a picture the customer has. */
const png = () => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], 'receipt.png', { type: 'image/png' });

const attach = (el: Widget, file: File) => attachFile(el, 'Upload a proof of purchase', file);

const row = (el: Widget) => stepRoot(el).querySelector('.file-list li')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<repair-request> photo previews on a page with a strict Content-Security-Policy', () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e);
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  describe('when the policy allows `img-src \'self\' data:` (README’s)', () => {
    before(() => pagePolicy("img-src 'self' data:"));

    it('shows the preview of an attached picture, and the page reports no violation', async () => {
      const el = await mountAtPurchase();
      await attach(el, png());
      await waitUntil(() => row(el).querySelector('img'), 'a preview is drawn');
      const preview = row(el).querySelector('img')!;
      await waitUntil(() => preview.complete, 'the preview has loaded or failed');
      expect(violations.map((v) => v.blockedURI), 'nothing blocked').to.deep.equal([]);
      expect(preview.naturalWidth, 'the preview shows the picture').to.equal(1);
      expect(preview.src).to.match(/^data:image\//);
      expect(words(row(el))).to.equal('Attached: receipt.png (1 kB) Remove file');
      await isAccessible(el);
    });
  });

  describe('when the policy refuses `data:` images too (`img-src \'self\'`)', () => {
    before(() => pagePolicy("img-src 'self'"));

    it('lists the file by name and size without a broken picture, and tells the integrator which directive is missing', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const el = await mountAtPurchase();
        await attach(el, png());
        await waitUntil(() => warnings.length > 0, 'the integrator is told');
        await settle(el);
        expect(row(el).querySelector('img'), 'no broken picture').to.equal(null);
        expect(words(row(el))).to.equal('Attached: receipt.png (1 kB) Remove file');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('img-src').and.to.contain('data:');
        await isAccessible(el);
      } finally {
        console.warn = warn;
      }
    });
  });
});
