import { css, html } from 'lit';
import { msg } from '../i18n/msg.js';
import { nextSteps } from './next-steps.js';

/**
 * The confirmation when its own code (the case form, the barcode) cannot be
 * downloaded after the request was stored: the case number and the next steps
 * still show, so the customer never sends the request again. Part of the shell.
 */
export const confirmationFallback = (caseNumber: string, brand: string) => html`<div class="confirmation-fallback">
  <div class="confirmation-panel" part="confirmation-panel">
    <h2 tabindex="-1">${msg('Request sent!')}</h2>
    <p class="case-number">${msg('Case number:')} <strong>${caseNumber}</strong></p>
  </div>
  <p><button type="button" class="button" @click=${() => window.print()}>${msg('Print my case')}</button></p>
  ${nextSteps(brand)}
</div>`;

export const confirmationFallbackStyles = css`
  .confirmation-fallback .confirmation-panel {
    border: 2px solid var(--_color-success);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin-block-end: var(--_space-l);
  }
  .confirmation-fallback .case-number strong { font-size: 1.25em; overflow-wrap: anywhere; }
`;
