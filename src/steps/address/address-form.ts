/**
 * The inline form that adds or edits an address of the book. The fields
 * follow the country: a state or province only where addresses name one, no
 * postal code where the country has none, examples in the hints.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { regionKindLabel } from '../../i18n/answer-labels.js';
import { countryOptions } from '../../i18n/labels.js';
import { type AddressErrors, type AddressField, type AddressValues } from '../../schema/address.js';
import type { ErrorCode } from '../../schema/codes.js';
import { COUNTRY_CODES } from '../../schema/countries.js';
import { postalExample, postalRequirement, regionField } from '../../schema/postal.js';
import { selectField, textField, type TextFieldOptions } from '../../ui/fields.js';

export interface AddressFormOptions {
  values: AddressValues;
  errors: AddressErrors;
  /** Editing a saved address rather than adding one. */
  editing: boolean;
  /** There is something to go back to (the book is not empty). */
  canCancel: boolean;
  locale: string;
  zoneName: string;
  zoneCountries: readonly string[];
  message: (code: ErrorCode, path: string) => string;
  onInput: (field: AddressField, value: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The form's fields have their own ids, apart from the request's fields. */
export const formPath = (field: AddressField) => `newAddress.${field}`;

function countrySelect(o: AddressFormOptions, error: string | undefined) {
  const inZone = new Set(o.zoneCountries);
  const all = countryOptions(COUNTRY_CODES, o.locale);
  return selectField({
    path: formPath('country'),
    label: msg('Country/region'),
    hint: msg(str`Addresses outside the service zone (${o.zoneName}) can be saved, but not selected for this request.`),
    value: o.values.country,
    placeholder: msg('Select a country or region'),
    autocomplete: 'country',
    groups: [
      { label: msg(str`In the service zone (${o.zoneName})`), options: all.filter((c) => inZone.has(c.value)) },
      { label: msg('Other countries and regions'), options: all.filter((c) => !inZone.has(c.value)) },
    ].filter((g) => g.options.length),
    error,
    onChange: (v) => o.onInput('country', v),
  });
}

export function addressForm(o: AddressFormOptions) {
  const country = o.values.country;
  const error = (field: AddressField) => {
    const code = o.errors[field];
    return code ? o.message(code, formPath(field)) : undefined;
  };
  const text = (field: AddressField, label: string, autocomplete: string, extra: Partial<TextFieldOptions> = {}) =>
    textField({
      path: formPath(field),
      label,
      value: o.values[field],
      autocomplete,
      error: error(field),
      onInput: (v) => o.onInput(field, v),
      ...extra,
    });
  const postal = postalRequirement(country);
  const example = postalExample(country);
  const region = regionField(country);
  return html`<form class="address-form" novalidate @submit=${(e: Event) => { e.preventDefault(); o.onSave(); }}>
    <fieldset>
      <legend class="group-title">${o.editing ? msg('Edit the address') : msg('New address')}</legend>
      ${text('recipient', msg('Recipient’s full name'), 'name')}
      ${text('line1', msg('Address line 1'), 'address-line1', { hint: msg('Street and number') })}
      ${text('line2', msg('Address line 2'), 'address-line2', {
        optional: true, hint: msg('Building, floor, company name…'),
      })}
      ${postal === 'none' ? nothing : text('postalCode', msg('Postal code'), 'postal-code', {
        optional: postal === 'optional',
        hint: example ? msg(str`For example: ${example}`) : undefined,
        spellcheck: false,
        maxlength: 12,
      })}
      ${text('city', msg('City'), 'address-level2')}
      ${region ? text('region', regionKindLabel(region.kind), 'address-level1', { optional: !region.required }) : nothing}
      ${countrySelect(o, error('country'))}
      ${text('phone', msg('Phone number'), 'tel', {
        type: 'tel', hint: msg('The carrier may call this number about the delivery.'),
      })}
      <div class="form-actions">
        <button type="submit" class="button">${msg('Save address')}</button>
        ${o.canCancel
          ? html`<button type="button" class="button secondary" data-action="cancel-form" @click=${o.onCancel}>${msg('Cancel')}</button>`
          : nothing}
      </div>
    </fieldset>
  </form>`;
}
