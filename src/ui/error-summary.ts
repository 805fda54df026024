/**
 * The GOV.UK error summary, inside the shadow root: a heading and a link per
 * error. It takes focus when shown; a link asks the step to focus its field
 * (document.getElementById cannot see into a shadow root).
 */
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';
import { fieldId } from './fields.js';

export interface SummaryItem {
  path: string;
  message: string;
}

export function errorSummary(items: readonly SummaryItem[], onSelect: (path: string) => void) {
  if (!items.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${msg('There is a problem')}</h2>
    <ul>
      ${items.map((item) => html`<li>
        <a href="#${fieldId(item.path)}" @click=${(e: Event) => { e.preventDefault(); onSelect(item.path); }}>${item.message}</a>
      </li>`)}
    </ul>
  </div>`;
}

/**
 * Once `el` has rendered the errors it was just told to show, focuses its
 * error summary: the one way errors are brought to the customer's attention
 * (Next, Submit, `validate()`, the endpoint's field errors, the contact form's Send).
 */
export async function focusErrorSummary(el: { updateComplete: Promise<unknown>; renderRoot: ParentNode }) {
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
}
