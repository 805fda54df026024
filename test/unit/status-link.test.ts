import { expect } from '@open-wc/testing';
import { printedLink, readStatusLink, statusLink } from '../../src/status/status-link.js';

describe('the status link (`{page}#case=…&token=…&lang=…`)', () => {
  it('reads back the case, the token and the language it was written with', () => {
    const link = statusLink('https://shop.example/status?from=mail#old', 'CAS-1234567-ABC123', 'rrc_a-b_c', 'fr');
    expect(link).to.equal('https://shop.example/status?from=mail#case=CAS-1234567-ABC123&token=rrc_a-b_c&lang=fr');
    expect(readStatusLink(link)).to.deep.equal({ credential: { caseNumber: 'CAS-1234567-ABC123', token: 'rrc_a-b_c' }, lang: 'fr' });
  });

  it('holds nothing without a fragment, and only the case number (no credential) without the token', () => {
    expect(readStatusLink('https://shop.example/status?case=CAS-1234567-ABC123&token=t')).to.deep.equal({});
    expect(readStatusLink('https://shop.example/status#')).to.deep.equal({});
    expect(readStatusLink('https://shop.example/status#case=CAS-1234567-ABC123&lang=de')).to.deep.equal({ caseNumber: 'CAS-1234567-ABC123', lang: 'de' });
  });

  it('is printed without its token, which only the customer may hold', () => {
    const link = statusLink('https://shop.example/status?from=mail', 'CAS-1234567-ABC123', 'rrc_secret', 'fr');
    expect(printedLink(link)).to.equal('https://shop.example/status?from=mail#case=CAS-1234567-ABC123&lang=fr');
    expect(readStatusLink(printedLink(link))).to.deep.equal({ caseNumber: 'CAS-1234567-ABC123', lang: 'fr' });
    expect(printedLink('https://shop.example/track')).to.equal('https://shop.example/track');
  });

  it('reads the fragment of a page URL as the browser serializes it (a `#` before it is escaped)', () => {
    const href = new URL('https://shop.example/a%23b?q=%23#case=CAS-1234567-ABC123&token=t').href;
    expect(readStatusLink(href)).to.deep.equal({ credential: { caseNumber: 'CAS-1234567-ABC123', token: 't' } });
  });
});
