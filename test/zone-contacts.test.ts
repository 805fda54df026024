/** Support contacts per service zone (`zones[].support`): the widget shows those of the zone chosen in the Device step. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { defaultConfig } from '../src/config/default-config.js';
import {
  check, completeDevice, completeToSummary, control, describeProblem, homeAddress, isAccessible, mount, next, press, requestAnalysis, select, settle,
  stepRoot, summaryErrors, text, type Widget,
} from './helpers.js';

const FRANCE = { email: 'support.fr@acme.example', phone: '+33 9 70 00 00 00' };
/** The default configuration, with Europe's own e-mail and phone (its chat stays the global one). */
const config = {
  zones: defaultConfig.zones.map((zone) => (zone.id === 'europe' ? { ...zone, support: FRANCE } : zone)),
};
const hrefs = (root: ShadowRoot, selector: string) => [...root.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

describe('<repair-request> support contacts per zone', () => {
  const realFetch = window.fetch;
  afterEach(() => { window.fetch = realFetch; });

  it('offers the zone’s e-mail and phone on the online-support panel, and the global chat it does not replace', async () => {
    const el = await mount(html`<repair-request lang="en" .config=${config}></repair-request>`);
    await completeDevice(el);
    await describeProblem(el);
    expect(hrefs(stepRoot(el), '.support-links a')).to.deep.equal([
      defaultConfig.support.chatUrl, 'tel:+33970000000', 'mailto:support.fr@acme.example',
    ]);
    expect(text(el)).to.contain('E-mail: support.fr@acme.example');
    expect(text(el)).not.to.contain(defaultConfig.support.email);
    await isAccessible(el);
  });

  it('sends replacements to the zone’s e-mail, in the notice and in the error summary', async () => {
    const el = await mount(html`<repair-request lang="en" .config=${config}></repair-request>`);
    await completeDevice(el);
    await check(el, 'Replacement');
    expect(hrefs(stepRoot(el), '.replacement a')).to.deep.equal(['mailto:support.fr@acme.example']);
    await next(el);
    expect(summaryErrors(el)).to.deep.equal(['Replacement requests cannot be made online. Send an e-mail to support.eu@dji.com.'.replace(
      defaultConfig.support.email, FRANCE.email)]);
    await isAccessible(el);
  });

  it('gives the zone’s e-mail as the example of the flight account', async () => {
    const el = await mount(html`<repair-request lang="en" .config=${config}></repair-request>`);
    await completeDevice(el);
    await requestAnalysis(el, { flightData: true });
    const field = control(el, 'DJI account used during the flight');
    const hint = stepRoot(el).getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent!.trim()).to.equal('For example, support.fr@acme.example');
    expect(text(el)).not.to.contain(defaultConfig.support.email);
    await isAccessible(el);
  });

  it('names the zone’s contacts in the contact form, which follows the continent chosen there', async () => {
    const el = await mount(html`<repair-request lang="en" .config=${config}></repair-request>`);
    await completeDevice(el);
    await press(el, 'Can’t complete the request online? Contact support');
    await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form')?.shadowRoot?.querySelector('h2'));
    await settle(el);
    const form = el.shadowRoot!.querySelector('repair-request-contact-form')!;
    const root = form.shadowRoot!;
    expect(hrefs(root, '.channels a')).to.deep.equal(['mailto:support.fr@acme.example', defaultConfig.support.chatUrl, 'tel:+33970000000']);
    expect(root.querySelector<HTMLAnchorElement>('.actions a')!.getAttribute('href')).to.match(/^mailto:support\.fr@acme\.example/);
    await select(el, 'Continent', 'North America');
    expect(hrefs(root, '.channels a')[0], 'another continent: the global e-mail').to.equal(`mailto:${defaultConfig.support.email}`);
  });

  it('ends the confirmation with the zone’s address for other requests', async () => {
    window.fetch = (async () => Response.json({ caseNumber: 'CAS-1234567-ABCDEF' }, { status: 201 })) as typeof fetch;
    const el = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .config=${config} .addresses=${[homeAddress]}></repair-request>`);
    await completeToSummary(el as Widget);
    await check(el, 'I have read and accept');
    await press(el, 'Submit');
    await waitUntil(() => el.shadowRoot!.querySelector('repair-request-confirmation')?.shadowRoot?.querySelector('h2'), 'no confirmation');
    const view = el.shadowRoot!.querySelector('repair-request-confirmation')!;
    await view.updateComplete;
    const other = view.shadowRoot!.querySelector('.other-requests')!;
    expect(other.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('If you have other requests, send an e-mail to support.fr@acme.example with a description of your problem.');
    expect(hrefs(view.shadowRoot!, '.other-requests a')).to.deep.equal(['mailto:support.fr@acme.example']);
  });
});
