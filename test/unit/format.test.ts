import { expect } from '@open-wc/testing';
import { formatSize } from '../../src/i18n/format.js';
import { supportedLocales } from '../../src/i18n/localization.js';

describe('formatSize (pure)', () => {
  it('gives the size in kB or MB, one decimal at most', () => {
    expect(formatSize(240 * 1024, 'en')).to.equal('240\u00a0kB');
    expect(formatSize(1.7 * 1024 * 1024, 'de')).to.equal('1,7\u00a0MB');
  });

  it('never lets a line break between the number and its unit, in any of the widget languages', () => {
    for (const locale of supportedLocales) {
      for (const bytes of [500, 240 * 1024, 1.7 * 1024 * 1024, 25 * 1024 * 1024]) {
        const size = formatSize(bytes, locale);
        expect(/\s/.test(size.replace(/[\u00a0\u202f]/g, '')), `${locale}: "${size}"`).to.equal(false);
      }
    }
  });
});
