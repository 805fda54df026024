import { expect } from '@open-wc/testing';
import { afterPaint } from '../../src/shell/after-paint.js';

describe('afterPaint (the work the first paint does not need)', () => {
  it('resolves once the frame being prepared has run its animation frame callbacks', async () => {
    let framed = false;
    requestAnimationFrame(() => { framed = true; });
    await afterPaint();
    expect(framed).to.equal(true);
  });

  it('gives every caller waiting for the same frame one wait, so that frame runs one callback for all of them', async () => {
    const checks = afterPaint();
    const drafts = afterPaint();
    expect(drafts).to.equal(checks);
    await checks;
  });

  it('waits for a later frame when asked after the last one painted', async () => {
    const first = afterPaint();
    await first;
    const next = afterPaint();
    expect(next).not.to.equal(first);
    let framed = false;
    requestAnimationFrame(() => { framed = true; });
    await next;
    expect(framed).to.equal(true);
  });
});
