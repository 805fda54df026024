import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import type { StepId } from '../schema/options.js';
import type { Submission, SubmitFailureReason } from '../submit/types.js';
import { checkbox } from '../ui/fields.js';
import { StepElement } from '../ui/step-element.js';
import { shippingNotices } from './summary/notices.js';
import { summarySections } from './summary/summary-list.js';
import { submitStyles } from './submit-step.styles.js';

/**
 * Step 5, Submit: "check your answers" in the guide's four sections, the
 * shipping and fee notices, the terms, and the Submit button with the state of
 * the submission (sending, failed).
 *
 * Internal events (they do not leave the widget): `rr-submit` (send), `rr-edit`
 * (`detail: { step }`, change a section), `rr-open-contact` (contact support).
 */
export class SubmitStepElement extends StepElement {
  static override styles = [StepElement.styles, submitStyles];

  /** The submission's state, owned by the shell. */
  @property({ attribute: false }) submission: Submission = { status: 'idle' };

  /** Whether the shell has an endpoint to send to; without one, Submit cannot work. */
  @property({ attribute: false }) hasEndpoint = true;

  protected override updated(changed: PropertyValues<this>) {
    const previous = changed.get('submission') as Submission | undefined;
    // Put keyboard and screen-reader users on the failure (the Submit button was disabled while sending).
    if (previous && previous.status !== 'failed' && this.submission.status === 'failed') {
      this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
    }
  }

  private emit(name: 'rr-submit' | 'rr-open-contact') {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true }));
  }

  private onEdit(step: StepId) {
    this.dispatchEvent(new CustomEvent('rr-edit', { detail: { step }, bubbles: true }));
  }

  private failureMessage(reason: SubmitFailureReason, status: number | undefined) {
    switch (reason) {
      case 'network':
        return msg('The repair service could not be reached. Check your internet connection and try again.');
      case 'offline':
        return msg('You seem to be offline. Try again when your connection is back.');
      case 'timeout':
        return msg('The repair service did not answer in time. Try again in a moment.');
      case 'aborted':
        return msg('Sending was interrupted before it finished.');
      case 'validation':
        return msg('The repair service did not accept some of your answers. Check them, or contact support.');
      case 'configuration':
        return msg('This form is not connected to a repair service yet, so it cannot be sent. Contact support instead.');
      case 'http':
        return status
          ? msg(str`The repair service could not register your request (error ${status}). Try again later.`)
          : msg('The repair service gave an unexpected answer. Try again later.');
    }
  }

  private renderFailure(submission: Extract<Submission, { status: 'failed' }>) {
    const retry = submission.reason !== 'configuration';
    return html`<div class="failure" role="alert" tabindex="-1" aria-labelledby="failure-title">
      <h3 id="failure-title">${msg('Your request was not sent')}</h3>
      <p>${this.failureMessage(submission.reason, submission.httpStatus)}</p>
      <p>${msg('Your answers are kept.')}</p>
      <div class="failure-actions">
        ${retry ? html`<button type="button" class="button" @click=${() => this.emit('rr-submit')}>${msg('Try again')}</button>` : nothing}
        <button type="button" class="button secondary" @click=${() => this.emit('rr-open-contact')}>${msg('Contact support')}</button>
      </div>
    </div>`;
  }

  private renderTerms() {
    const terms = this.config.links.terms;
    return checkbox({
      path: 'submit.termsAccepted',
      label: msg(html`I have read and accept the
        <a href=${terms} target="_blank" rel="noopener">terms and conditions of the online repair request<span
          class="visually-hidden"> (opens in a new tab)</span></a>`),
      checked: this.draft.submit?.termsAccepted === true,
      error: this.error('submit.termsAccepted'),
      // `undefined`, not `false`: unticking withdraws the acceptance.
      onChange: (checked) => this.change('submit', { termsAccepted: checked ? true : undefined }, true),
    });
  }

  override render() {
    const submission = this.submission;
    const sending = submission.status === 'sending';
    const failed = submission.status === 'failed' ? submission : undefined;
    const view = { draft: this.draft, config: this.config, sections: this.sections, locale: this.locale };
    return html`<h2 tabindex="-1">${msg('Check your request')}</h2>
      <p class="lead">${msg('Your information will be sent. Please confirm the following information.')}</p>
      ${summarySections(view, (step) => this.onEdit(step))}
      ${shippingNotices(this.config, this.locale)}
      ${this.renderTerms()}
      ${!this.hasEndpoint && failed?.reason !== 'configuration'
        ? html`<p class="notice not-connected">${msg('This form is not connected to a repair service yet, so it cannot be sent. Contact support instead.')}</p>`
        : nothing}
      ${failed ? this.renderFailure(failed) : nothing}
      <div class="submit-bar">
        <button type="button" class="button submit" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}
          @click=${() => this.emit('rr-submit')}>${sending ? msg('Sending…') : msg('Submit')}</button>
        <span class="sending" role="status">${sending ? msg('Sending your request. This can take a moment.') : nothing}</span>
      </div>`;
  }
}

customElements.define('repair-request-submit-step', SubmitStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-submit-step': SubmitStepElement;
  }
}
