/**
 * Each locale is split into parts loaded per screen (core, malfunction, steps,
 * extra). A message shown on a screen must be in the parts that screen loads,
 * or it shows in English. This file runs in a fresh page, so only what each
 * screen loads is there.
 */
import { expect, html } from '@open-wc/testing';
import { fallbackMessageIds } from '../src/i18n/msg.js';
import { supportedLocales } from '../src/i18n/localization.js';
import { mount, press, settle, speak, text } from './helpers.js';

const TARGETS = supportedLocales.filter((l) => l !== 'en');


describe('<repair-request> locale parts', () => {
  it('has every message of the contact form, opened from the first step, in the parts it loads', async () => {
    const el = await mount(html`<repair-request lang="en" contact-endpoint="/api/contact"></repair-request>`);
    el.verificationToken = async () => 'token';
    await press(el, 'Can’t complete the request online? Contact support');
    await press(el, 'Send message');
    const form = el.shadowRoot!.querySelector('repair-request-contact-form')!.shadowRoot!;
    const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['x'], 'setup.exe'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    expect(text(el)).to.contain('Not accepted: setup.exe');
    for (const locale of TARGETS) await speak(el, locale);
    expect(TARGETS.flatMap((locale) => fallbackMessageIds(locale).map((id) => `${locale}: ${id}`))).to.deep.equal([]);
  });
});
