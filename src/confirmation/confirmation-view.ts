import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../i18n/msg.js';
import { inLocale } from '../i18n/localization.js';
import { tokens } from '../styles/tokens.styles.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { caseForm, caseFormStyles } from './case-form.js';
import { sentAnswers } from '../steps/submit/answers.js';
import { confirmationStyles } from './confirmation-view.styles.js';
import { nextSteps } from './next-steps.js';
import { statusLink } from '../status/status-link.js';
import { PrintOnPrint } from './print.js';
import { ltr } from '../i18n/bidi.js';
import { supportFor } from '../config/support-contacts.js';

/**
 * The view after a successful submission: the case number in a confirmation
 * panel, what happens next, and the case form to print and put in the parcel.
 * Printing (the button or the browser's own Print) shows only the case form.
 *
 * @csspart confirmation-panel - The panel with the heading and the case number.
 */
export class ConfirmationViewElement extends StepElement {
  static override styles = [StepElement.styles, caseFormStyles, confirmationStyles];

  /** The case number the endpoint returned. */
  @property({ attribute: false }) caseNumber = '';

  /** The case's access token from the endpoint's answer (`repair-request/server` returns one). */
  @property({ attribute: false }) accessToken?: unknown;

  /** The status page with this case's token and the customer's language, when the configuration names one and the endpoint gave a token. */
  private get statusLink() {
    const page = this.config.links.statusPage;
    const token = typeof this.accessToken === 'string' ? this.accessToken : undefined;
    return page && token ? statusLink(page, this.caseNumber, token, this.locale) : undefined;
  }

  /** When the request was sent: the date printed on the case form. */
  private readonly sentAt = new Date();
  /** Printing (the button or the browser's own Print) prints the case form alone; built then, in this element's language. */
  private readonly printing = new PrintOnPrint(() => inLocale(this.locale, () => this.form), [tokens, caseFormStyles]);

  override connectedCallback() {
    super.connectedCallback();
    this.printing.attach();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.printing.detach();
  }

  private get form() {
    return caseForm({ caseNumber: this.caseNumber, draft: sentAnswers(this.config, this.draft), config: this.config, locale: this.locale, date: this.sentAt, statusLink: this.statusLink });
  }

  private onPrint() {
    this.printing.print();
  }

  override render() {
    const { account } = this.config.links;
    const tracking = this.statusLink ?? this.config.links.tracking;
    const brand = this.config.brand.name;
    // The seed's "If you have other requests…": the contacts of the case's zone.
    const { email } = supportFor(this.config, this.draft.device?.zone);
    return html`<div class="screen">
        <div class="confirmation-panel" part="confirmation-panel">
          <h2 tabindex="-1">${msg('Request sent!')}</h2>
          <p class="case-number">${msg('Case number:')} <strong>${ltr(this.caseNumber)}</strong></p>
        </div>
        <p><button type="button" class="button" @click=${this.onPrint}>${msg('Print or save as PDF')}</button></p>
        ${nextSteps(brand)}
        <h3>${msg('Follow your request')}</h3>
        <ul class="follow">
          <li>${msg(html`Check the status of your case on the <a href=${tracking} target="_blank" rel="noopener">repair progress page<span
            class="visually-hidden"> (opens in a new tab)</span></a>.`)}</li>
          <li>${msg(html`Or open <a href=${account} target="_blank" rel="noopener">your account<span
            class="visually-hidden"> (opens in a new tab)</span></a> and select the case details.`)}</li>
        </ul>
        <p>${msg('Your online repair request is complete.')}</p>
        <p class="other-requests">${msg(html`If you have other requests, send an e-mail to <a href="mailto:${email}">${ltr(email)}</a> with a description of your problem.`)}</p>
      </div>
      <section class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title" class="screen">${msg('Your case form')}</h3>
        <p class="hint screen">${msg('This is the case form to print, or to save as a PDF.')}</p>
        <div class="paper">${this.form}</div>
      </section>`;
  }
}

define('repair-request-confirmation', ConfirmationViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-confirmation': ConfirmationViewElement;
  }
}
