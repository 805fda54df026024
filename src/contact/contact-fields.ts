/**
 * The contact form's fields, in three sections (product, details, message),
 * and the verification section when the host slotted a challenge. A render
 * function: the form element owns the values and is told of every change.
 */
import { html, nothing } from 'lit';
import type { RepairConfig } from '../config/config-schema.js';
import { formatNumber } from '../i18n/format.js';
import { countryOptions, zoneLabel } from '../i18n/labels.js';
import { msg, str } from '../i18n/msg.js';
import { normalizeSerial } from '../schema/rules.js';
import { dropZone } from '../ui/drop-zone.js';
import { selectField, textareaField, textField } from '../ui/fields.js';
import { contactLabel, fileRules, issueGroups, phoneTypeLabel, productGroups, verificationSection } from './contact-parts.js';
import { PHONE_TYPES, PRODUCT_NOT_LISTED, SUBJECT_MAX, type ContactField, type ContactValues } from './contact-schema.js';

/** The text fields (all but the file). */
export type TextField = Exclude<ContactField, 'proofOfPurchase'>;

/** What the fields show, and where their changes go. */
export interface ContactFieldsInput {
  config: RepairConfig;
  values: ContactValues;
  /** The error message to show, by field. */
  errors: Record<string, string>;
  locale: string;
  /** The host slotted a verification challenge whose token the form reads. */
  usesSlot: boolean;
  /** The device is touch-first: the file zone does not invite a drop. */
  touch: boolean;
  set(field: TextField, value: string): void;
  onZone(zone: string): void;
  setFile(file: File | undefined): void;
}

export function contactFields(form: ContactFieldsInput) {
const { config: c, values: v, errors, locale } = form;
  const err = (f: ContactField) => errors[f];
  const text = (field: TextField, extra: Partial<Parameters<typeof textField>[0]> = {}) => textField({
    path: `contact.${field}`, label: contactLabel(field), value: v[field], error: err(field),
    onInput: (value) => form.set(field, value), onChange: (value) => form.set(field, value), ...extra,
  });
  const zone = c.zones.find((z) => z.id === v.zone);
  const countries = countryOptions(zone?.countries ?? [], locale);
  return html`
    <section aria-labelledby="product-title">
      <h3 id="product-title">${msg('Your product')}</h3>
      ${selectField({
        path: 'contact.product', label: contactLabel('product'), value: v.product, error: err('product'),
        placeholder: msg('Select your product'),
        groups: productGroups(c),
        onChange: (value) => form.set('product', value),
      })}
      ${v.product === PRODUCT_NOT_LISTED ? text('productName', { hint: msg('The product’s name and model, as written on its box.') }) : nothing}
      ${text('serial', {
        optional: true, autocomplete: 'off', spellcheck: false, maxlength: 24,
        onInput: (value) => form.set('serial', normalizeSerial(value)),
      })}
      ${text('reseller', { optional: true, hint: msg('The shop where you bought the product.') })}
    </section>
    <section aria-labelledby="details-title">
      <h3 id="details-title">${msg('Your details')}</h3>
      ${text('name', { autocomplete: 'name' })}
      ${selectField({
        path: 'contact.zone', label: contactLabel('zone'), value: v.zone, error: err('zone'),
        placeholder: msg('Select a continent'),
        options: c.zones.map((z) => ({ value: z.id, label: zoneLabel(z) })),
        onChange: (value) => form.onZone(value),
      })}
      ${selectField({
        path: 'contact.country', label: contactLabel('country'), value: v.country, error: err('country'),
        hint: zone ? undefined : msg('Select a continent first.'),
        placeholder: msg('Select your country or region'), options: countries, autocomplete: 'country',
        onChange: (value) => form.set('country', value),
      })}
      ${text('email', { type: 'email', autocomplete: 'email', spellcheck: false, hint: msg('Support will answer at this address.') })}
      ${text('phone', { type: 'tel', autocomplete: 'tel', optional: true })}
      ${selectField({
        path: 'contact.phoneType', label: contactLabel('phoneType'), value: v.phoneType, error: err('phoneType'),
        optional: true, placeholder: msg('Select a type'),
        options: PHONE_TYPES.map((t) => ({ value: t, label: phoneTypeLabel(t) })),
        onChange: (value) => form.set('phoneType', value),
      })}
    </section>
    <section aria-labelledby="message-title">
      <h3 id="message-title">${msg('Your message')}</h3>
      ${selectField({
        path: 'contact.issue', label: contactLabel('issue'), value: v.issue, error: err('issue'),
        optional: true, placeholder: msg('Select a problem type'),
        groups: issueGroups(c),
        onChange: (value) => form.set('issue', value),
      })}
      ${text('subject', { maxlength: SUBJECT_MAX })}
      ${textareaField({
        path: 'contact.description', label: contactLabel('description'), value: v.description, error: err('description'),
        hint: msg(str`At least ${formatNumber(c.description.min, locale)} characters.`), maxlength: c.description.max,
        onInput: (value) => form.set('description', value), onChange: (value) => form.set('description', value),
      })}
      ${dropZone({
        path: 'contact.proofOfPurchase', label: contactLabel('proofOfPurchase'), optional: true,
        files: v.proofOfPurchase ? [v.proofOfPurchase] : [], error: err('proofOfPurchase'), locale: locale, touch: form.touch,
        ...fileRules(c, locale),
        onAdd: ([file]) => form.setFile(file),
        onRemove: () => form.setFile(undefined),
      })}
    </section>
    ${form.usesSlot ? verificationSection(err('verificationToken')) : nothing}`;
}
