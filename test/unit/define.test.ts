import { expect } from '@open-wc/testing';
import { define } from '../../src/ui/define.js';

describe('define (registering an element tag)', () => {
  it('registers a tag that is not defined yet', () => {
    class First extends HTMLElement {}
    define('rr-define-test-first', First);
    expect(customElements.get('rr-define-test-first')).to.equal(First);
  });

  it('leaves a tag already defined as it is instead of throwing (the widget loaded twice)', () => {
    class Original extends HTMLElement {}
    class Second extends HTMLElement {}
    define('rr-define-test-twice', Original);
    expect(() => define('rr-define-test-twice', Second)).not.to.throw();
    expect(customElements.get('rr-define-test-twice')).to.equal(Original);
  });
});
