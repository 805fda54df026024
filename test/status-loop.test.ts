/**
 * The whole loop in Chromium against the real server (PGlite) and its SMTP
 * sink: the customer submits, the e-mail arrives with the status link, the
 * link opens <repair-status> on "received", the workshop sends a quote, the
 * customer accepts it, and the timeline shows both.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultConfig } from '../src/config/default-config.js';
import '../src/status/index.js';
import type { RepairStatusElement } from '../src/status/repair-status.js';
import { check, completeToSummary, homeAddress, homeEmail, mount, press } from './helpers.js';
import { quoteCase } from './support/cases.js';

interface Mail { to: string; subject: string; text: string }

const outbox = async () => ((await (await fetch('/api/__outbox')).json()) as { mails: Mail[] }).mails;

describe('the case loop: request → e-mail → status page → quote answered', () => {
  it('runs from the widget to the accepted quote', async () => {
    const config = { links: { ...defaultConfig.links, statusPage: '/demo/status.html' } };
    const widget = await mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .config=${config} .addresses=${[homeAddress]}></repair-request>`);
    await completeToSummary(widget);
    await check(widget, 'I have read and accept');
    const sent = new Promise<string>((resolve) => widget.addEventListener('repair-request-success', (e) => resolve((e as CustomEvent).detail.caseNumber)));
    await press(widget, 'Submit');
    const caseNumber = await sent;

    // The confirmation links to the status page with the case's token.
    const confirmation = () => widget.shadowRoot!.querySelector('repair-request-confirmation')?.shadowRoot;
    await waitUntil(() => confirmation()?.querySelector('.follow a'), 'the confirmation is shown');
    const link = confirmation()!.querySelector<HTMLAnchorElement>('.follow a')!.getAttribute('href')!;
    expect(link).to.match(new RegExp(`^/demo/status\\.html#case=${caseNumber}&token=rrc_[A-Za-z0-9_-]{43}&lang=en$`));
    // Printed, the link has no token: the sheet travels in the parcel.
    expect(confirmation()!.querySelector('.case-form')!.textContent).to.contain(link.replace(/&token=[^&]+/, ''));
    expect(confirmation()!.querySelector('.case-form')!.textContent).not.to.contain('token=');

    // The e-mail arrives in the SMTP sink with the case number and its own link.
    let mail: Mail | undefined;
    await waitUntil(async () => (mail = (await outbox()).find((m) => m.to === homeEmail && m.subject.includes(caseNumber))), 'the e-mail arrived', { timeout: 10000 });
    expect(mail!.subject).to.contain('Request received');
    const emailed = /https?:\/\/\S+/.exec(mail!.text)![0];
    expect(emailed).to.match(/&lang=en$/, 'in the customer’s language');

    // Its link opens the status page on "received".
    history.replaceState(null, '', new URL(emailed).hash);
    let status: RepairStatusElement;
    try {
      status = await fixture<RepairStatusElement>(html`<repair-status lang="en" endpoint="/api"></repair-status>`);
      await waitUntil(() => status.shadowRoot!.querySelector('.timeline'), 'the case is shown');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    const timeline = () => [...status.shadowRoot!.querySelectorAll('.timeline .status')].map((s) => s.textContent!.trim());
    expect(timeline()).to.deep.equal(['Request received']);

    // The parcel arrives, a technician inspects it, the workshop sends a quote; the customer sees it and accepts it.
    await quoteCase(caseNumber, { amount: 89, currency: 'EUR', covers: 'Gimbal motor replacement' });
    await waitUntil(async () => (await outbox()).some((m) => m.subject.includes(caseNumber) && m.subject.includes('Quote waiting')), 'the quote e-mail arrived');
    await status.refresh();
    await status.updateComplete;
    const button = (name: string) => [...status.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
    button('Accept the quote').click();
    await waitUntil(() => timeline().includes('Quote accepted'), 'the answer is on the timeline');
    expect(timeline()).to.deep.equal(['Request received', 'Parcel received', 'In diagnosis', 'Quote waiting for your answer', 'Quote accepted']);
    await expect(status).to.be.accessible();
  });
});
