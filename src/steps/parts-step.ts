// PLACEHOLDER: replaced by the real step before commit.
import { html } from 'lit';
import { StepElement } from '../ui/step-element.js';
export class PartsStepElement extends StepElement {
  override render() { return html`<h2 tabindex="-1">Parts</h2>`; }
}
customElements.define('repair-request-parts-step', PartsStepElement);
