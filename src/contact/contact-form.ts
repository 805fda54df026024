import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { supportFor } from '../config/support-contacts.js';
import { msg, str } from '../i18n/msg.js';
import { errorMessage } from '../i18n/error-messages.js';
import { SubmitError } from '../submit/types.js';
import { errorSummary, focusErrorSummary } from '../ui/error-summary.js';
import { errorSummaryStyles } from '../ui/error-summary.styles.js';
import { define } from '../ui/define.js';
import { dropZoneStyles } from '../ui/drop-zone.styles.js';
import { CoarsePointerController } from '../ui/coarse-pointer.js';
import { StepElement } from '../ui/step-element.js';
import {
  contactDelivery, contactMailto, contactPayload, contactReceipt, sendContactMessage, type ContactFailureReason, type ContactStatus,
} from './contact-client.js';
import { contactStyles } from './contact-form.styles.js';
import { contactFields, type TextField } from './contact-fields.js';
import { channelList, mailtoFields, sentPanel } from './contact-parts.js';
import { contactPrefill, parseContact, type ContactValues } from './contact-schema.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { ltr } from '../i18n/bidi.js';
import { internalEvent } from '../ui/internal-events.js';
import { laterFieldStyles } from '../styles/later-fields.styles.js';

const TOKEN_INPUT = 'input[name="verification-token"]';

/**
 * The contact form, for when the online repair request cannot be made: a
 * message to support, POSTed to the contact endpoint (verified by the host's
 * challenge) or, without an endpoint, written as an e-mail in the customer's
 * own mail program. Its values are prefilled from the request draft, and
 * follow it where the customer has not changed them here.
 *
 * @fires rr-close-contact - Internal: back to the repair request.
 * @slot verification - The host's verification challenge (forwarded by the shell).
 */
export class ContactFormElement extends StepElement {
  static override styles = [StepElement.styles, laterFieldStyles, errorSummaryStyles, dropZoneStyles, contactStyles];

  /** Where the message is POSTed. Without it, the form builds an e-mail instead. */
  @property({ attribute: false }) endpoint?: string;
  /** Returns the token of the host's verification challenge; called on submit. */
  @property({ attribute: false }) verificationToken?: () => Promise<string>;
  /** The host slotted a challenge that sets an input named `verification-token`. */
  @property({ attribute: false }) hasVerificationSlot = false;

  @state() private values: ContactValues = {};
  /** Send was pressed: every error shows, with the summary, and follows the typing (none before: no button moves under a click). */
  @state() private attempted = false;
  @state() private status: ContactStatus = { status: 'idle' };
  private prefilled = false;
  /** What was last prefilled from the draft. */
  private lastPrefill: ContactValues = {};
  private abort?: AbortController;
  /** Whether the device is touch-first: the file zone then does not invite a drop. */
  private pointer = new CoarsePointerController(this);

  /** The support contacts of the zone chosen here (prefilled with the Device step's). */
  private get support() {
    return supportFor(this.config, this.values.zone || this.draft.device?.zone);
  }

  private get delivery() {
    return contactDelivery({ endpoint: this.endpoint, hasTokenSource: !!this.verificationToken || this.hasVerificationSlot });
  }

  /** The token comes from the slotted challenge (not from the host's function). */
  private get usesSlot() {
    return this.delivery === 'post' && !this.verificationToken;
  }

  /**
   * Prefills from the request draft, and follows it when the customer comes
   * back after changing the request: a field still holding what was prefilled
   * takes the new answer; one the customer changed here stays theirs.
   */
  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.prefilled && !changed.has('draft') && !changed.has('context')) return;
    const fresh = contactPrefill(this.draft, this.context.customerEmail);
    const values: Record<string, unknown> = { ...this.values };
    const before = this.lastPrefill as Record<string, unknown>;
    const now = fresh as Record<string, unknown>;
    for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
      const own = this.prefilled ? values[key] !== before[key] : values[key] !== undefined;
      if (own) continue;
      if (now[key] === undefined) delete values[key];
      else values[key] = now[key];
    }
    this.values = values as ContactValues;
    this.lastPrefill = fresh;
    this.prefilled = true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private set(field: TextField, value: string) {
    this.values = { ...this.values, [field]: value };
  }

  private setFile(file: File | undefined) {
    this.values = { ...this.values, proofOfPurchase: file };
  }

  private onZone(zone: string) {
    const countries = this.config.zones.find((z) => z.id === zone)?.countries ?? [];
    if (this.values.country && !countries.includes(this.values.country)) this.values = { ...this.values, country: '' };
    this.set('zone', zone);
  }

  private parse() {
    return parseContact(this.config, this.values, { requireVerification: this.usesSlot });
  }

  /** The token set by the slotted challenge: the first `verification-token` input, itself or a descendant. */
  private slottedToken() {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="verification"]');
    for (const el of slot?.assignedElements({ flatten: true }) ?? []) {
      const input = el.matches(TOKEN_INPUT) ? el : el.querySelector(TOKEN_INPUT);
      if (input) return (input as HTMLInputElement).value.trim();
    }
    return '';
  }

  private async showErrors() {
    this.attempted = true;
    await focusErrorSummary(this);
  }

  /** Validates, then sends the message once, however often Send is pressed. */
  private async onSubmit(e: Event) {
    e.preventDefault();
    if (this.status.status === 'sending' || this.delivery !== 'post' || !this.endpoint) return;
    if (this.usesSlot) this.values = { ...this.values, verificationToken: this.slottedToken() };
    const parsed = this.parse();
    if (!parsed.ok) return void this.showErrors();
    this.status = { status: 'sending' };
    const abort = new AbortController();
    this.abort = abort;
    let token = parsed.message.verificationToken;
    try {
      if (this.verificationToken) token = await this.verificationToken();
      if (!token) throw new Error('The verification token is empty.');
    } catch (error) {
      console.error('<repair-request>: verificationToken() failed.', error);
      this.status = { status: 'failed', reason: 'verification' };
      return void this.focusAfterSend();
    }
    try {
      const payload = contactPayload(this.config, parsed.message, { verificationToken: token, locale: this.locale });
      const answer = await sendContactMessage(this.endpoint, payload, parsed.message.proofOfPurchase, { signal: abort.signal });
      this.status = { status: 'sent', email: parsed.message.email, ...contactReceipt(answer) };
    } catch (error) {
      if (abort.signal.aborted) return;
      const err = error instanceof SubmitError ? error : new SubmitError('network', String(error));
      console.error('<repair-request>: the contact message could not be sent.', err);
      this.status = { status: 'failed', reason: err.reason, httpStatus: err.httpStatus };
    }
    await this.focusAfterSend();
  }

  private async focusAfterSend() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.sent h3, .failure')?.focus();
  }

  /** The e-mail link opens only with a valid message; otherwise the errors show. */
  private onMailto(e: Event) {
    if (this.parse().ok) return;
    e.preventDefault();
    void this.showErrors();
  }

  private close() {
    this.dispatchEvent(internalEvent('rr-close-contact'));
  }

  private get visibleErrors() {
    const parsed = this.parse();
    if (parsed.ok) return {};
    return this.attempted ? parsed.errors : {};
  }

  private mailto() {
    const parsed = parseContact(this.config, this.values);
    const { email } = this.support;
    return parsed.ok
      ? contactMailto(email, parsed.message.subject, mailtoFields(this.config, parsed.message, this.locale))
      : contactMailto(email, this.values.subject ?? '');
  }

  private renderFailure(reason: ContactFailureReason, httpStatus?: number) {
    const link = html`<a href=${this.mailto()}>${msg('send it by e-mail')}</a>`;
    const why = reason === 'verification'
      ? msg('The verification could not be completed.')
      : reason === 'http' && httpStatus
        ? msg(str`Support could not take your message (error ${httpStatus}). Try again later.`)
        : msg('Check your connection and try again.');
    return html`<div class="failure" role="alert" tabindex="-1">
      <p><strong>${msg('Your message could not be sent.')}</strong> ${why}</p>
      <p><button type="submit" class="button">${msg('Try again')}</button></p>
      <p>${msg(html`You can also ${link} from your own mail program.`)}</p>
    </div>`;
  }

  private renderActions() {
    const s = this.status;
    if (this.delivery === 'mailto') {
      return html`<div class="actions">
        <p class="hint">${msg('Your e-mail program opens with the message ready to send.')}</p>
        ${this.values.proofOfPurchase ? html`<p class="notice">${msg('Attach your proof of purchase to the e-mail: it cannot be added automatically.')}</p>` : nothing}
        <a class="button" href=${this.mailto()} @click=${this.onMailto}>${msg('Send by e-mail')}</a>
      </div>`;
    }
    return html`<div class="actions">
      ${s.status === 'failed'
        ? this.renderFailure(s.reason, s.httpStatus)
        : html`<button type="submit" class="button" ?disabled=${s.status === 'sending'}>
            ${s.status === 'sending' ? msg('Sending…') : msg('Send message')}</button>`}
      <p class="status" role="status">${s.status === 'sending' ? msg('Sending your message…') : ''}</p>
    </div>`;
  }

  private renderBody() {
    const { email } = this.support;
    if (this.status.status === 'sent') return sentPanel(this.status, this.config, this.locale, () => this.close());
    if (this.delivery === 'unavailable') {
      const link = html`<a href=${contactMailto(email, '')}>${ltr(email)}</a>`;
      return html`<div class="notice unavailable">
        <p>${msg('The contact form is unavailable because it cannot be verified.')} ${msg(html`Send an e-mail to ${link} instead.`)}</p>
      </div>`;
    }
    const errors = Object.fromEntries(Object.entries(this.visibleErrors)
      .map(([f, code]) => [f, errorMessage(code, this.config, this.locale, `contact.${f}`)]));
    // As in the request form (GOV.UK), the summary links say what the fields say: each message names its field.
    const summary = this.attempted ? Object.entries(errors).map(([f, message]) => ({ path: `contact.${f}`, message })) : [];
    return html`${errorSummary(summary, (path) => void this.focusField(path))}
      <form novalidate aria-labelledby="contact-title" @submit=${this.onSubmit}>
        ${contactFields({
          config: this.config, values: this.values, errors, locale: this.locale, usesSlot: this.usesSlot, touch: this.pointer.coarse,
          set: (field, value) => this.set(field, value), onZone: (zone) => this.onZone(zone), setFile: (file) => this.setFile(file),
        })}
        ${this.renderActions()}
      </form>`;
  }

  override render() {
    return html`<p class="back">
        <button type="button" class="link-button" @click=${this.close}>${msg('Back to the repair request')}</button>
      </p>
      <h2 id="contact-title" tabindex="-1">${msg('Contact support')}</h2>
      <p class="lead">${msg('If the online repair request cannot be made, send us a message and our support team will help you.')}</p>
      ${this.renderBody()}
      ${channelList(this.support)}`;
  }
}

define('repair-request-contact-form', ContactFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-contact-form': ContactFormElement;
  }
}
