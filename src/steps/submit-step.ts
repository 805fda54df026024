import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import type { StepId } from '../schema/options.js';
import { isBusy, type BusySubmission, type Submission } from '../submit/types.js';
import { checkbox } from '../ui/fields.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { shippingNotices } from './submit/notices.js';
import { summarySections } from './submit/summary-list.js';
import { sentAnswers } from './submit/answers.js';
import { submitStyles } from './submit-step.styles.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { internalEvent } from '../ui/internal-events.js';


/** Whole seconds left until `at`, never below 0. */
const secondsUntil = (at: number, now: number) => Math.max(0, Math.ceil((at - now) / 1000));

/**
 * Step 5, Submit: "check your answers" in the guide's four sections, the
 * shipping and fee notices, the terms, and the Submit button with the state of
 * the submission: sending (with upload progress), retrying (with a countdown),
 * offline, failed; Cancel while it is under way.
 *
 * It draws its own Previous / Submit bar, in the place of the shell's Previous / Next.
 * Internal events (they do not leave the widget): `rr-submit` (send), `rr-back` (Previous), `rr-cancel`
 * (stop sending), `rr-edit` (`detail: { step, path? }`, change an answer), `rr-open-contact`
 * (contact support).
 */
export class SubmitStepElement extends StepElement {
  static override styles = [StepElement.styles, submitStyles];

  /** The submission's state, owned by the shell. */
  @property({ attribute: false }) submission: Submission = { status: 'idle' };

  /** Whether the shell has an endpoint to send to; without one, Submit cannot work. */
  @property({ attribute: false }) hasEndpoint = true;

  /** The time, refreshed while a retry counts down. */
  @state() private now = Date.now();

  private ticker?: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.tick(false);
  }

  /** Refreshes `now` a few times a second while `on`, for the countdown. */
  private tick(on: boolean) {
    if (on && !this.ticker) this.ticker = setInterval(() => { this.now = Date.now(); }, 250);
    if (!on && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('submission')) {
      this.now = Date.now();
      this.tick(this.submission.status === 'retrying');
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const previous = changed.get('submission') as Submission | undefined;
    // Put keyboard and screen-reader users on the failure (the Submit button was disabled while sending).
    if (previous && previous.status !== 'failed' && this.submission.status === 'failed') {
      this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
    }
    // Submit is disabled (and Try again gone) while sending: keep the focus in the widget, on the sending status, which
    // is read out, and never on Cancel, which a second press of Enter or Space (a repeated key) would then press.
    if (previous && !isBusy(previous) && isBusy(this.submission)) {
      const active = (this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement | null;
      if (!active || active.disabled || !active.isConnected) this.renderRoot.querySelector<HTMLElement>('.busy-text')?.focus();
    }
  }

  private emit(name: 'rr-submit' | 'rr-back' | 'rr-cancel' | 'rr-open-contact') {
    this.dispatchEvent(internalEvent(name));
  }

  private onEdit(step: StepId, path?: string) {
    this.dispatchEvent(internalEvent('rr-edit', { step, path }));
  }

  private failureMessage({ reason, httpStatus: status, interrupted }: Extract<Submission, { status: 'failed' }>) {
    switch (reason) {
      case 'network':
        return msg('The repair service could not be reached. Check your internet connection and try again.');
      case 'offline':
        return msg('You seem to be offline. Try again when your connection is back.');
      case 'timeout':
        return msg('The repair service did not answer in time. Try again in a moment.');
      case 'aborted':
        // Stopped by the customer, or by the widget leaving the page (not the customer's doing), perhaps once the
        // request had arrived: it is not said not to have been sent.
        return html`${interrupted
          ? msg('Sending was interrupted. Your request may have reached the repair service already.')
          : msg('You stopped sending your request. It may have reached the repair service already.')}
          ${msg('If the repair service received it anyway, sending it again will not create a second request.')}`;
      case 'validation':
        return msg('The repair service did not accept some of your answers. Check them, or contact support.');
      case 'configuration':
        return msg('This form is not connected to a repair service yet, so it cannot be sent. Contact support instead.');
      case 'http':
        // A 422 reported as `http` (not `validation`) is the Idempotency-Key reused for other answers.
        if (status === 422) {
          return msg('The repair service already received this request with different answers. Contact support to change it.');
        }
        return status
          ? msg(str`The repair service could not register your request (error ${status}). Try again later.`)
          : msg('The repair service gave an unexpected answer. Try again later.');
    }
  }

  private renderFailure(submission: Extract<Submission, { status: 'failed' }>) {
    const retry = submission.reason !== 'configuration';
    return html`<div class="failure" role="alert" tabindex="-1" aria-labelledby="failure-title">
      <h3 id="failure-title">${submission.reason === 'aborted' ? msg('Sending stopped') : msg('Your request was not sent')}</h3>
      <p>${this.failureMessage(submission)}</p>
      <p>${msg('Your answers are kept.')}</p>
      <div class="failure-actions">
        ${retry ? html`<button type="button" class="button" @click=${() => this.emit('rr-submit')}>${msg('Try again')}</button>` : nothing}
        <button type="button" class="button secondary" @click=${() => this.emit('rr-open-contact')}>${msg('Contact support')}</button>
      </div>
    </div>`;
  }

  /** What is happening, in words; `seconds` is the retry countdown. */
  private busyText(s: BusySubmission, seconds: number) {
    switch (s.status) {
      case 'offline':
        return msg('You are offline. Your request will be sent when your connection is back.');
      case 'retrying':
        return msg(str`Sending failed, trying again in ${seconds} s (attempt ${s.attempt} of ${s.maxAttempts}).`);
      case 'sending':
        if (s.uploads) return msg('Your files are still being sent. Your request is sent as soon as they are.');
        return s.attempt > 1
          ? msg(str`Sending your request (attempt ${s.attempt} of ${s.maxAttempts}). This can take a moment.`)
          : msg('Sending your request. This can take a moment.');
    }
  }

  private percent(fraction: number) {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
  }

  /**
   * What the live region says: each state once, the upload every 25 %, the
   * retry with its delay when it starts (not every second of the countdown).
   */
  private announcement() {
    const s = this.submission;
    if (!isBusy(s)) return nothing;
    if (s.status === 'sending' && s.progress?.total) {
      const quarter = Math.floor((s.progress.loaded / s.progress.total) * 4) / 4;
      if (quarter > 0 && !s.uploads) return msg(str`Uploading your file: ${this.percent(quarter)}.`);
      if (quarter > 0) return msg(str`Sending your files: ${this.percent(quarter)}.`);
    }
    return this.busyText(s, s.status === 'retrying' ? Math.ceil(s.delayMs / 1000) : 0);
  }

  private renderBusy(s: BusySubmission) {
    const progress = s.status === 'sending' ? s.progress : undefined;
    const fraction = progress?.total ? Math.min(1, progress.loaded / progress.total) : 0;
    return html`<div class="busy ${s.status}">
      <p class="busy-text" tabindex="-1">${this.busyText(s, s.status === 'retrying' ? secondsUntil(s.retryAt, this.now) : 0)}</p>
      ${progress?.total
        ? html`<div class="upload">
            <label for="upload-progress">${s.status === 'sending' && s.uploads ? msg('Sending your files') : msg('Uploading your file')}</label>
            <div class="upload-bar">
              <progress id="upload-progress" max=${progress.total} value=${progress.loaded}></progress>
              <span class="percent">${this.percent(fraction)}</span>
            </div>
            ${progress.files && progress.files.length > 1
              ? html`<ul class="file-progress">${progress.files.map((f) => html`<li>
                  <span class="break" aria-hidden="true">${f.name}</span>
                  <progress max=${f.total || 1} value=${f.loaded} aria-label=${msg(str`Sending ${f.name}`)}></progress>
                </li>`)}</ul>`
              : nothing}
          </div>`
        : nothing}
      <button type="button" class="button secondary cancel" @click=${() => this.emit('rr-cancel')}>
        ${msg('Cancel sending')}</button>
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
      onChange: (checked) => this.change('submit', { termsAccepted: checked ? true : undefined }),
    });
  }

  override render() {
    const submission = this.submission;
    const busy = isBusy(submission) ? submission : undefined;
    const failed = submission.status === 'failed' ? submission : undefined;
    const view = { draft: sentAnswers(this.config, this.draft), config: this.config, sections: this.sections, locale: this.locale, emailFromHost: !!this.context.customerEmail };
    return html`<h2 tabindex="-1">${msg('Check your request')}</h2>
      <p class="lead">${msg('Your information will be sent. Please confirm the following information.')}</p>
      ${summarySections(view, (step, path) => this.onEdit(step, path))}
      ${shippingNotices(this.config, this.locale)}
      ${this.renderTerms()}
      ${!this.hasEndpoint && failed?.reason !== 'configuration'
        ? html`<p class="notice not-connected">${msg('This form is not connected to a repair service yet, so it cannot be sent. Contact support instead.')}</p>`
        : nothing}
      ${failed ? this.renderFailure(failed) : nothing}
      <div class="actions submit-bar" part="actions">
        <button type="button" class="button secondary" part="back-button" @click=${() => this.emit('rr-back')}>${msg('Previous')}</button>
        <button type="button" class="button next submit" ?disabled=${!!busy} aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.emit('rr-submit')}>${busy ? msg('Sending…') : msg('Submit')}</button>
      </div>
      ${busy ? this.renderBusy(busy) : nothing}
      <div class="visually-hidden" role="status">${this.announcement()}</div>`;
  }
}

define('repair-request-submit-step', SubmitStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-submit-step': SubmitStepElement;
  }
}
