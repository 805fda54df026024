import { expect } from '@open-wc/testing';
import { readStatusLink, statusLink } from '../../src/status/status-link.js';

describe('the status link (`{page}#case=…&token=…&lang=…`)', () => {
  it('reads back the case, the token and the language it was written with', () => {
    const link = statusLink('https://shop.example/status?from=mail#old', 'CAS-1234567-ABC123', 'rrc_a-b_c', 'fr');
    expect(link).to.equal('https://shop.example/status?from=mail#case=CAS-1234567-ABC123&token=rrc_a-b_c&lang=fr');
    expect(readStatusLink(link)).to.deep.equal({ credential: { caseNumber: 'CAS-1234567-ABC123', token: 'rrc_a-b_c' }, lang: 'fr' });
  });

  it('holds nothing without a fragment, or without both the case and the token', () => {
    expect(readStatusLink('https://shop.example/status?case=CAS-1234567-ABC123&token=t')).to.deep.equal({});
    expect(readStatusLink('https://shop.example/status#')).to.deep.equal({});
    expect(readStatusLink('https://shop.example/status#case=CAS-1234567-ABC123&lang=de')).to.deep.equal({ lang: 'de' });
  });

  it('reads the fragment of a page URL as the browser serializes it (a `#` before it is escaped)', () => {
    const href = new URL('https://shop.example/a%23b?q=%23#case=CAS-1234567-ABC123&token=t').href;
    expect(readStatusLink(href)).to.deep.equal({ credential: { caseNumber: 'CAS-1234567-ABC123', token: 't' } });
  });
});
