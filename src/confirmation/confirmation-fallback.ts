import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../i18n/msg.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { nextSteps } from './next-steps.js';

/**
 * The confirmation when its own code (the case form, the barcode) cannot be
 * downloaded after the request was stored: the case number and the next steps
 * still show, so the customer never sends the request again. Small, and
 * downloaded with the code that sends, so it is there whenever a request was sent.
 *
 * @csspart confirmation-panel - The panel with the heading and the case number.
 */
export class ConfirmationFallbackElement extends StepElement {
  static override styles = [StepElement.styles, css`
    .confirmation-panel {
      border: 2px solid var(--_color-success);
      border-radius: var(--_radius);
      padding: var(--_space-m);
      margin-block-end: var(--_space-l);
    }
    .case-number strong { font-size: 1.25em; overflow-wrap: anywhere; }
  `];

  /** The case number the endpoint returned. */
  @property({ attribute: false }) caseNumber = '';

  override render() {
    return html`<div class="confirmation-panel" part="confirmation-panel">
        <h2 tabindex="-1">${msg('Request sent!')}</h2>
        <p class="case-number">${msg('Case number:')} <strong>${this.caseNumber}</strong></p>
      </div>
      <p><button type="button" class="button" @click=${() => window.print()}>${msg('Print or save as PDF')}</button></p>
      ${nextSteps(this.config.brand.name)}`;
  }
}

define('repair-request-confirmation-fallback', ConfirmationFallbackElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-confirmation-fallback': ConfirmationFallbackElement;
  }
}
