import { html, nothing, type LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import { errorMessage } from '../i18n/error-messages.js';
import { zoneLabel } from '../i18n/labels.js';
import { centreLines } from '../i18n/answer-labels.js';
import {
  ADDRESS_FIELDS, isInZone, validateAddress, withoutId,
  type AddressErrors, type AddressField, type AddressValues, type SavedAddress,
} from '../schema/address.js';
import { vatExample } from '../schema/vat.js';
import { fieldId, textField } from '../ui/fields.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { focusErrorSummary } from '../ui/error-summary.js';
import type { FieldErrors } from '../flow/flow.js';
import { addressForm, formPath } from './address/address-form.js';
import { addressList, GROUP_PATH, selectors, type Unavailable } from './address/address-list.js';
import { addressStyles } from './address-step.styles.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { auto } from '../i18n/bidi.js';
import { internalEvent } from '../ui/internal-events.js';
import { laterFieldStyles } from '../styles/later-fields.styles.js';

interface FormState {
  /** The book entry being edited; none when adding. */
  id?: string | undefined;
  values: AddressValues;
  errors: AddressErrors;
  /** Save was pressed: the errors follow the typing from now on. */
  attempted: boolean;
  /** The fields in error at the last Save: the error summary lists those still in error (it does not grow while typing). */
  listed?: AddressErrors;
}

type Status = 'saved' | 'saved-unavailable' | 'deleted';

const newId = () => globalThis.crypto?.randomUUID?.() ?? `address-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const valuesOf = (a: SavedAddress) => Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a[f] ?? ''])) as AddressValues;
const ADD_BUTTON = 'button[data-action="add"]';
const fieldSelector = (field: AddressField) => `#${fieldId(formPath(field))}`;
const firstFormField = fieldSelector('recipient');

/**
 * Step 4, Address: the repair centre of the zone, the return address chosen
 * from the customer's address book (added, edited and deleted in place) and
 * an optional VAT number.
 *
 * @fires rr-address-book - Internal: the whole new address book after an addition, edit or deletion.
 * @fires rr-address-form - Internal: the address being typed (or none), so that the draft keeps it.
 */
export class AddressStepElement extends StepElement {
  static override styles = [StepElement.styles, laterFieldStyles, addressStyles];

  @state() private form?: FormState;
  /** The address whose deletion awaits confirmation. */
  @state() private confirming?: string;
  @state() private status?: Status;
  /** Whether the form typed before a reload (`context.addressForm`) was taken back. */
  private resumed = false;
  /** A control to focus once it is rendered (it may appear only after the shell passes the new book). */
  private pendingFocus?: string;
  /** Save found errors: once rendered, the step's error summary lists them and takes focus. */
  private errorsToShow = false;

  private get book() {
    return this.context.addresses;
  }

  private get zone() {
    return this.config.zones.find((z) => z.id === this.draft.device?.zone);
  }

  private get selectedId() {
    return this.draft.address?.returnAddressId;
  }

  /** The form being filled in; it is open from the start when the book is empty. */
  private get currentForm(): FormState | undefined {
    return this.form ?? (this.book.length ? undefined : this.blankForm());
  }

  private blankForm(): FormState {
    const values = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, ''])) as AddressValues;
    return { values: { ...values, country: this.draft.device?.country ?? '' }, errors: {}, attempted: false };
  }

  private unavailable = (a: SavedAddress): Unavailable | undefined => {
    if (!isInZone(this.config, this.zone?.id, a.country)) return 'outside-zone';
    return validateAddress(this.config, a).ok ? undefined : 'invalid';
  };

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const saved = this.context.addressForm;
    if (!this.resumed && !this.form && saved) {
      const values = { ...this.blankForm().values, ...Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, saved.values[f] ?? ''])) };
      const result = saved.attempted ? validateAddress(this.config, values) : undefined;
      const errors = result && !result.ok ? result.errors : {};
      this.form = { id: saved.id, values, attempted: saved.attempted, errors, listed: errors };
    }
    this.resumed = true;
    if (changed.has('form' as keyof AddressStepElement)) {
      const form = this.form && { id: this.form.id, values: { ...this.form.values }, attempted: this.form.attempted };
      this.dispatchEvent(internalEvent('rr-address-form', { form }));
    }
  }

  override updated() {
    if (this.errorsToShow) {
      this.errorsToShow = false;
      // The summary is the widget's, in the shadow root holding this step (here, not in the shell: first step's size).
      void focusErrorSummary((this.getRootNode() as ShadowRoot).host as LitElement);
    }
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLInputElement>(this.pendingFocus);
    if (target && !target.disabled) {
      target.focus();
      this.pendingFocus = undefined;
    }
  }

  /** After Save, the step's one error summary lists the new address's errors too, where the form is on the page. */
  override listedErrors(errors: FieldErrors): FieldErrors {
    const form = this.currentForm;
    if (!form?.attempted) return errors;
    const own = ADDRESS_FIELDS.filter((f) => form.errors[f] && form.listed?.[f]).map((f) => [formPath(f), form.errors[f]!]);
    const entries = Object.entries(errors);
    const above = ([path]: readonly [string, unknown]) => path === 'address' || path.startsWith(GROUP_PATH);
    return Object.fromEntries([...entries.filter(above), ...own, ...entries.filter((e) => !above(e))]);
  }

  /** The summary links the whole address (or a field of the chosen one) to the address group. */
  override async focusField(path: string) {
    if (path !== 'address' && !path.startsWith(GROUP_PATH)) return super.focusField(path);
    if (await super.focusField(GROUP_PATH)) return true;
    const fallback = this.renderRoot.querySelector<HTMLElement>(`${firstFormField}, ${ADD_BUTTON}`);
    fallback?.focus();
    return !!fallback;
  }

  private setBook(addresses: SavedAddress[]) {
    this.dispatchEvent(internalEvent('rr-address-book', { addresses }));
  }

  private select(a: SavedAddress) {
    this.change('address', { returnAddress: withoutId(a), returnAddressId: a.id });
  }

  private openForm(form: FormState) {
    this.form = form;
    this.confirming = undefined;
    this.status = undefined;
    this.pendingFocus = firstFormField;
  }

  private onInput(field: AddressField, value: string) {
    const form = this.currentForm!;
    const values = { ...form.values, [field]: value };
    const result = form.attempted ? validateAddress(this.config, values) : undefined;
    this.form = { ...form, values, errors: result && !result.ok ? result.errors : {} };
  }

  private onSave() {
    const form = this.currentForm!;
    const result = validateAddress(this.config, form.values);
    if (!result.ok) {
      this.form = { ...form, errors: result.errors, listed: result.errors, attempted: true };
      // As GOV.UK: the step's error summary lists them, takes focus and links to each field.
      this.errorsToShow = true;
      return;
    }
    const saved: SavedAddress = { ...result.address, id: form.id ?? newId() };
    this.setBook(form.id ? this.book.map((a) => (a.id === form.id ? saved : a)) : [...this.book, saved]);
    const selectable = !this.unavailable(saved);
    if (selectable) this.select(saved);
    else if (this.selectedId === saved.id) this.change('address', { returnAddress: undefined, returnAddressId: undefined });
    this.form = undefined;
    this.status = selectable ? 'saved' : 'saved-unavailable';
    this.pendingFocus = selectable ? selectors.radio(saved.id) : selectors.action(saved.id, 'edit');
  }

  private onCancelForm() {
    const id = this.form?.id;
    this.form = undefined;
    this.pendingFocus = id ? selectors.action(id, 'edit') : ADD_BUTTON;
  }

  private onConfirmDelete(a: SavedAddress) {
    const index = this.book.findIndex((b) => b.id === a.id);
    const rest = this.book.filter((b) => b.id !== a.id);
    this.setBook(rest);
    if (this.selectedId === a.id) this.change('address', { returnAddress: undefined, returnAddressId: undefined });
    if (this.form?.id === a.id) this.form = undefined;
    this.confirming = undefined;
    this.status = 'deleted';
    const neighbour = rest[Math.min(index, rest.length - 1)];
    this.pendingFocus = !neighbour ? firstFormField
      : this.unavailable(neighbour) ? selectors.action(neighbour.id, 'edit') : selectors.radio(neighbour.id);
  }

  private statusText() {
    switch (this.status) {
      case 'saved': return msg('The address was saved and selected.');
      case 'saved-unavailable': return msg('The address was saved. It is outside the service zone, so it cannot be selected.');
      case 'deleted': return msg('The address was deleted.');
      default: return '';
    }
  }

  private groupError() {
    const nested = Object.keys(this.errors).find((path) => path.startsWith(`${GROUP_PATH}.`));
    return this.error(GROUP_PATH) ?? this.error('address') ?? (nested ? this.error(nested) : undefined);
  }

  private renderCentre() {
    const centre = this.zone?.centre;
    if (!centre) return nothing;
    return html`<section aria-labelledby="centre-title">
      <h3 id="centre-title">${msg('Repair centre address')}</h3>
      <address class="panel centre">
        ${centreLines(centre, this.locale).map((line, i) => (i ? html`<span>${auto(line)}</span>` : html`<strong>${auto(line)}</strong>`))}
      </address>
    </section>`;
  }

  private renderForm(form: FormState) {
    return addressForm({
      values: form.values,
      errors: form.errors,
      editing: !!form.id,
      canCancel: this.book.length > 0,
      locale: this.locale,
      zoneName: this.zone ? zoneLabel(this.zone) : '',
      zoneCountries: this.zone?.countries ?? [],
      message: (code, path) => errorMessage(code, this.config, this.locale, path),
      onInput: (field, value) => this.onInput(field, value),
      onSave: () => this.onSave(),
      onCancel: () => this.onCancelForm(),
    });
  }

  override render() {
    const form = this.currentForm;
    const address = this.draft.address ?? {};
    const example = vatExample(address.returnAddress?.country);
    return html`<h2 tabindex="-1">${msg('Confirm your return address')}</h2>
      <p>${msg('We send the product back to this address once it is repaired, or if you decline the repair quote.')}</p>
      ${this.renderCentre()}
      ${addressList({
        addresses: this.book,
        selectedId: this.selectedId,
        locale: this.locale,
        zoneName: this.zone ? zoneLabel(this.zone) : '',
        unavailable: this.unavailable,
        confirming: this.confirming,
        error: this.groupError(),
        onSelect: (a) => this.select(a),
        onEdit: (a) => this.openForm({ id: a.id, values: valuesOf(a), errors: {}, attempted: false }),
        onDelete: (a) => { this.confirming = a.id; this.pendingFocus = selectors.confirmCancel; },
        onConfirmDelete: (a) => this.onConfirmDelete(a),
        onCancelDelete: (a) => { this.confirming = undefined; this.pendingFocus = selectors.action(a.id, 'delete'); },
      })}
      ${form ? this.renderForm(form) : html`<p><button type="button" class="button secondary" data-action="add"
          @click=${() => this.openForm(this.blankForm())}>${msg('Add a new address')}</button></p>`}
      <p class="visually-hidden" role="status">${this.statusText()}</p>
      ${this.context.customerEmail ? nothing : textField({
        path: 'address.email',
        label: msg('Your e-mail address'),
        hint: msg('Your return label and news about your repair are sent to this address.'),
        value: address.email,
        type: 'email',
        autocomplete: 'email',
        spellcheck: false,
        maxlength: 254,
        error: this.error('address.email'),
        onInput: (v) => this.change('address', { email: v }),
        onChange: (v) => this.change('address', { email: v }, true),
      })}
      ${textField({
        path: 'address.vatNumber',
        label: msg('VAT number (for companies)'),
        hint: html`${msg('Later declarations cannot be taken into account.')}
          ${example ? msg(str`For example: ${example}`) : nothing}`,
        value: address.vatNumber,
        autocomplete: 'off',
        spellcheck: false,
        maxlength: 24,
        error: this.error('address.vatNumber'),
        onInput: (v) => this.change('address', { vatNumber: v }),
        onChange: (v) => this.change('address', { vatNumber: v }),
      })}`;
  }
}

define('repair-request-address-step', AddressStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-address-step': AddressStepElement;
  }
}
