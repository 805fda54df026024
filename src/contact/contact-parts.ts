/**
 * Pieces of the contact form: the field labels (shared by the form, its error
 * summary and the e-mail body), the proof-of-purchase file field, and the list
 * of other support channels. Called at render time only.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFileTypes, formatSize } from '../i18n/format.js';
import { msg, str } from '../i18n/msg.js';
import type { RepairConfig, SupportContacts } from '../config/config-schema.js';
import { categoryLabel, countryName, zoneLabel } from '../i18n/labels.js';
import { issueGroupLabel, issueLabel } from '../i18n/answer-labels.js';
import { modelFor } from '../schema/rules.js';
import { fieldId, type Option } from '../ui/fields.js';
import { telHref, type ContactReceipt, type MailtoField } from './contact-client.js';
import { PRODUCT_NOT_LISTED, type ContactField, type ContactMessage } from './contact-schema.js';
import { ltr } from '../i18n/bidi.js';

const LABELS: Record<ContactField, () => string> = {
  product: () => msg('Product'),
  productName: () => msg('Product name'),
  serial: () => msg('Serial number (S/N)'),
  reseller: () => msg('Reseller name'),
  name: () => msg('Your full name'),
  zone: () => msg('Continent'),
  country: () => msg('Country/region'),
  email: () => msg('E-mail address'),
  phone: () => msg('Phone number'),
  phoneType: () => msg('Phone number type'),
  issue: () => msg('Problem type'),
  subject: () => msg('Subject'),
  description: () => msg('Problem description'),
  proofOfPurchase: () => msg('Proof of purchase'),
  verificationToken: () => msg('Verification code'),
};
export const contactLabel = (field: ContactField) => LABELS[field]();

const PHONE_TYPES: Record<string, () => string> = {
  mobile: () => msg('Mobile'),
  landline: () => msg('Landline'),
  work: () => msg('Work'),
};
export const phoneTypeLabel = (id: string) => PHONE_TYPES[id]?.() ?? id;


/** The validated message as "Label: value" lines for the e-mail body, in the form's order. */
export function mailtoFields(config: RepairConfig, m: ContactMessage, locale: string): MailtoField[] {
  const zone = config.zones.find((z) => z.id === m.zone);
  const issue = config.issueGroups.flatMap((g) => g.issues).find((i) => i.id === m.issue);
  const phone = m.phone && m.phoneType ? `${m.phone} (${phoneTypeLabel(m.phoneType)})` : m.phone;
  return [
    { label: contactLabel('product'), value: modelFor(config, m.product)?.name ?? m.productName },
    { label: contactLabel('serial'), value: m.serial },
    { label: contactLabel('reseller'), value: m.reseller },
    { label: contactLabel('name'), value: m.name },
    { label: contactLabel('zone'), value: zone ? zoneLabel(zone) : m.zone },
    { label: contactLabel('country'), value: countryName(m.country, locale) },
    { label: contactLabel('email'), value: m.email },
    { label: contactLabel('phone'), value: phone },
    { label: contactLabel('issue'), value: issue ? issueLabel(issue) : undefined },
    { label: contactLabel('description'), value: m.description, block: true },
  ];
}

/**
 * The message was received: the reference to quote (when the endpoint gave
 * one), when support answers (when the configuration says), and where the
 * acknowledgement went (when the endpoint sent one).
 */
export function sentPanel(sent: ContactReceipt & { email: string }, config: RepairConfig, locale: string, onClose: () => void) {
  const days = config.support.answerWithinDays;
  const duration = days ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days) : undefined;
  return html`<div class="panel sent">
    <h3 tabindex="-1">${msg('Message sent')}</h3>
    <p>${msg('Your message has been sent. Support will answer by e-mail.')}
      ${duration ? msg(str`Support usually answers within ${duration}, not counting weekends and public holidays.`) : nothing}</p>
    ${sent.reference ? html`<p class="reference">${msg('Your reference:')} <strong>${ltr(sent.reference)}</strong></p>
      <p class="hint">${msg('Quote it if you write to us about this message.')}</p>` : nothing}
    ${sent.acknowledged ? html`<p>${msg(str`We have sent a confirmation to ${ltr(sent.email)}.`)}</p>` : nothing}
    <button type="button" class="button" @click=${onClose}>${msg('Back to the repair request')}</button>
  </div>`;
}

/** The accepted types and size of the proof of purchase: the hint and the picker's `accept` filter. */
export function fileRules(config: RepairConfig, locale: string) {
  const types = formatFileTypes(config.files.extensions, locale);
  const size = formatSize(config.files.maxBytes, locale);
  return { hint: msg(str`${types}, ${size} at most.`), accept: config.files.extensions.map((x) => `.${x}`).join(',') };
}

/** The seed's other channels: e-mail, live chat, phone (the zone's, `supportFor`). */
export function channelList({ email, chatUrl, phone }: SupportContacts) {
  return html`<section class="channels" aria-labelledby="channels-title">
    <h3 id="channels-title">${msg('Other ways to reach support')}</h3>
    <ul>
      <li><a href="mailto:${email}">${msg(str`E-mail: ${ltr(email)}`)}</a></li>
      <li><a href=${chatUrl} target="_blank" rel="noopener">${msg('Live chat')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a></li>
      <li><a href=${telHref(phone)}>${msg(str`Phone: ${ltr(phone)}`)}</a></li>
    </ul>
  </section>`;
}

/** The catalogue by category, then "My product is not listed". */
export function productGroups(config: RepairConfig): { label: string; options: Option[] }[] {
  return [
    ...config.categories.map((cat) => ({
      label: categoryLabel(cat),
      options: config.models.filter((m) => m.category === cat.id).map((m) => ({ value: m.id, label: m.name })),
    })).filter((g) => g.options.length),
    { label: msg('Other'), options: [{ value: PRODUCT_NOT_LISTED, label: msg('My product is not listed') }] },
  ];
}

export const issueGroups = (config: RepairConfig) =>
  config.issueGroups.map((g) => ({ label: issueGroupLabel(g), options: g.issues.map((i) => ({ value: i.id, label: issueLabel(i) })) }));

/** The host's challenge, projected through the `verification` slot, with its error. */
export function verificationSection(error: string | undefined) {
  const id = fieldId('contact.verificationToken');
  return html`<section aria-labelledby="verification-title">
    <h3 id="verification-title">${contactLabel('verificationToken')}</h3>
    <div id=${id} class="verification ${error ? 'has-error' : ''}" tabindex="-1" role="group"
      aria-labelledby="verification-title" aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing}
      <slot name="verification"></slot>
    </div>
  </section>`;
}
