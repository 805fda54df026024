/** `<repair-status>`'s look-up form and its errors, as the widget shows them (GOV.UK): a summary with links, each field's own message. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { fileCase } from './support/cases.js';
import { lookUp } from './support/status.js';

const root = (el: RepairStatusElement) => el.shadowRoot!;
const input = (el: RepairStatusElement, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!;
const summaryLinks = (el: RepairStatusElement) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
/** The words that describe a field (its `aria-describedby`), as a screen reader reads them. */
const description = (el: RepairStatusElement, id: string) =>
  (input(el, id).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((ref) => root(el).getElementById(ref)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');

const ES_EMAIL = 'Introduzca una dirección de correo electrónico con el formato correcto, por ejemplo, name@example.com.';
const ES_NO_NUMBER = 'Introduzca su número de caso.';
const ES_NO_EMAIL = 'Introduzca su dirección de correo electrónico.';

async function mount(lang: string) {
  const el = await fixture<RepairStatusElement>(html`<repair-status lang=${lang} endpoint="/api"></repair-status>`);
  await waitUntil(() => root(el).querySelector('h2'), 'the element renders');
  return el;
}

describe('<repair-status> look-up form errors', () => {
  before(() => setViewport({ width: 390, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('ties an e-mail error to the e-mail field, with a summary that takes the focus and links to it (es, 390 px)', async () => {
    const el = await mount('es');
    await lookUp(el, 'CAS-4815923-HSU23I', 'ana@');
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the summary is shown');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.error-summary'));
    expect(root(el).querySelector('.error-summary h2')!.textContent).to.equal('Hay un problema');
    expect(summaryLinks(el)).to.deep.equal([['#case-email', ES_EMAIL]]);
    expect(input(el, 'case-email').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, 'case-email')).to.equal(`Error: ${ES_EMAIL}`);
    expect(input(el, 'case-number').getAttribute('aria-invalid')).to.equal('false', 'the valid case number is not in error');
    expect(input(el, 'case-number').hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(root(el).activeElement).to.equal(input(el, 'case-email'));
  });

  it('asks for every missing entry at once on an empty form, in the fields’ order', async () => {
    const el = await mount('es');
    await lookUp(el, '', '  ');
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the summary is shown');
    expect(summaryLinks(el)).to.deep.equal([['#case-number', ES_NO_NUMBER], ['#case-email', ES_NO_EMAIL]]);
    expect(description(el, 'case-number')).to.equal(`Error: ${ES_NO_NUMBER}`);
    expect(description(el, 'case-email')).to.equal(`Error: ${ES_NO_EMAIL}`);
    expect([input(el, 'case-number'), input(el, 'case-email')].map((i) => i.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('asks for a missing entry, and for the format of a wrong one (fr)', async () => {
    const el = await mount('fr');
    await lookUp(el, '', '');
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the summary is shown');
    expect(summaryLinks(el).map(([, text]) => text)).to.deep.equal(['Saisissez votre numéro de dossier.', 'Saisissez votre adresse e-mail.']);
    await lookUp(el, 'CAS-12', 'ana@example.com');
    await waitUntil(() => root(el).querySelectorAll('.error-summary a').length === 1, 'only the case number is in error');
    expect(summaryLinks(el)).to.deep.equal([['#case-number', 'Saisissez le numéro de dossier au format CAS-1234567-ABC123.']]);
    await expect(el).to.be.accessible();
  });

  it('clears the fields’ errors once both are right; a wrong pair is one notice about both fields', async () => {
    const c = await fileCase();
    const el = await mount('en');
    await lookUp(el, c.caseNumber, 'ana@');
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the summary is shown');
    await lookUp(el, c.caseNumber, 'someone.else@example.com');
    await waitUntil(() => root(el).querySelector('#lookup-error'), 'the wrong pair is refused');
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    expect(input(el, 'case-email').getAttribute('aria-invalid')).to.equal('false');
    expect(input(el, 'case-number').getAttribute('aria-describedby')).to.equal('lookup-error');
    expect(input(el, 'case-email').getAttribute('aria-describedby')).to.equal('lookup-error');
    await expect(el).to.be.accessible();
  });
});
