/**
 * The address book as a radio group: each saved address with Edit and Delete
 * actions beside it, an inline confirmation before deleting, and the reason
 * an address cannot be chosen. It follows the markup of `ui/fields.ts`
 * (fieldset, legend, hint and error tied with aria-describedby), which has no
 * place for actions beside an option.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../i18n/msg.js';
import { countryName } from '../../i18n/labels.js';
import type { PostalAddress, SavedAddress } from '../../schema/address.js';
import { fieldId } from '../../ui/fields.js';
import { auto, ltr } from '../../i18n/bidi.js';

/** Why an address cannot be chosen for this request. */
export type Unavailable = 'outside-zone' | 'invalid';

export interface AddressListOptions {
  addresses: readonly SavedAddress[];
  selectedId: string | undefined;
  locale: string;
  /** The service zone's name, for the reason an address is outside it. */
  zoneName: string;
  unavailable: (address: SavedAddress) => Unavailable | undefined;
  /** The address whose deletion awaits confirmation. */
  confirming: string | undefined;
  error: string | undefined;
  onSelect: (address: SavedAddress) => void;
  onEdit: (address: SavedAddress) => void;
  onDelete: (address: SavedAddress) => void;
  onConfirmDelete: (address: SavedAddress) => void;
  onCancelDelete: (address: SavedAddress) => void;
}

export const GROUP_PATH = 'address.returnAddress';

/** Selectors of an address's controls, for moving focus to them. */
export const selectors = {
  radio: (id: string) => `input[type="radio"][value="${CSS.escape(id)}"]`,
  action: (id: string, action: 'edit' | 'delete') => `button[data-action="${action}"][data-address="${CSS.escape(id)}"]`,
  confirmCancel: 'button[data-action="cancel-delete"]',
};

/** An address as printed on an envelope, line by line. */
export function addressLines(a: PostalAddress, locale: string): string[] {
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [
    a.recipient,
    a.line1,
    ...(a.line2 ? [a.line2] : []),
    a.region ? `${town}, ${a.region}` : town,
    countryName(a.country, locale),
  ];
}

function reason(why: Unavailable, zoneName: string) {
  return why === 'outside-zone'
    ? msg(str`Outside the service zone (${zoneName}): it cannot be selected.`)
    : msg('Incomplete or not valid: edit it to select it.');
}

function confirmRow(a: SavedAddress, o: AddressListOptions, id: string) {
  return html`<div class="confirm" role="group" aria-labelledby="${id}-confirm">
    <p id="${id}-confirm">${msg('Delete this address?')}</p>
    <button type="button" class="button danger" data-action="confirm-delete" @click=${() => o.onConfirmDelete(a)}>
      ${msg('Delete')}</button>
    <button type="button" class="button secondary" data-action="cancel-delete" @click=${() => o.onCancelDelete(a)}>
      ${msg('Cancel')}</button>
  </div>`;
}

function addressItem(a: SavedAddress, i: number, o: AddressListOptions) {
  const id = `${fieldId(GROUP_PATH)}-${i}`;
  const why = o.unavailable(a);
  const [recipient, ...lines] = addressLines(a, o.locale);
  return html`<li class="address ${why ? 'unavailable' : ''} ${o.selectedId === a.id ? 'selected' : ''}">
    <div class="choice">
      <input type="radio" id=${id} name=${GROUP_PATH} value=${a.id}
        .checked=${live(o.selectedId === a.id)} ?disabled=${!!why}
        aria-describedby=${ifDefined(why ? `${id}-reason` : undefined)}
        @change=${() => o.onSelect(a)} />
      <label for=${id}>
        <span class="recipient">${auto(recipient ?? '')}</span>
        ${lines.map((line) => html`<span class="line">${auto(line)}</span>`)}
        <span class="line">${msg(str`Phone: ${ltr(a.phone)}`)}</span>
      </label>
    </div>
    ${why ? html`<p class="reason" id="${id}-reason">${reason(why, o.zoneName)}</p>` : nothing}
    <div class="address-actions">
      <button type="button" class="link-button" data-action="edit" data-address=${a.id} @click=${() => o.onEdit(a)}>
        ${msg('Edit')}<span class="visually-hidden"> ${msg(str`the address of ${a.recipient}`)}</span></button>
      <button type="button" class="link-button" data-action="delete" data-address=${a.id} @click=${() => o.onDelete(a)}>
        ${msg('Delete')}<span class="visually-hidden"> ${msg(str`the address of ${a.recipient}`)}</span></button>
    </div>
    ${o.confirming === a.id ? confirmRow(a, o, id) : nothing}
  </li>`;
}

export function addressList(o: AddressListOptions) {
  const id = fieldId(GROUP_PATH);
  return html`<fieldset class="field addresses ${o.error ? 'has-error' : ''}" id=${id}
      aria-describedby="${id}-hint${o.error ? ` ${id}-error` : ''}">
    <legend class="group-title">${msg('Return address')}</legend>
    <span class="hint" id="${id}-hint">
      ${msg('Please select an address. If the saved address is outside the service zone, it cannot be selected.')}</span>
    ${o.error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${o.error}</span>`
      : nothing}
    ${o.addresses.length
      ? html`<ul class="address-list" role="list">${o.addresses.map((a, i) => addressItem(a, i, o))}</ul>`
      : html`<p class="empty">${msg('You have no saved addresses yet.')}</p>`}
  </fieldset>`;
}
