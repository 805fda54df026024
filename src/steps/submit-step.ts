// PLACEHOLDER: replaced by the real step before commit.
import { html } from 'lit';
import { StepElement } from '../ui/step-element.js';
export class SubmitStepElement extends StepElement {
  override render() { return html`<h2 tabindex="-1">Submit</h2>`; }
}
customElements.define('repair-request-submit-step', SubmitStepElement);
