// PLACEHOLDER: replaced by the real step before commit.
import { html } from 'lit';
import { StepElement } from '../ui/step-element.js';
export class AddressStepElement extends StepElement {
  override render() { return html`<h2 tabindex="-1">Address</h2>`; }
}
customElements.define('repair-request-address-step', AddressStepElement);
