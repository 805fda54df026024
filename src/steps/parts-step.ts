import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { radioGroup } from '../ui/fields.js';
import { helpLink } from '../ui/links.js';
import { partsListText } from '../i18n/answer-labels.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { partsStyles } from './parts-step.styles.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { laterFieldStyles } from '../styles/later-fields.styles.js';

/**
 * Step 3, Parts: what the customer sends — only the defective component, or
 * the complete product set — with the service plans' parts lists and what
 * not to send.
 */
export class PartsStepElement extends StepElement {
  static override styles = [StepElement.styles, laterFieldStyles, partsStyles];

  private renderPartsLists() {
    const lists = this.config.partsLists;
    if (!lists.length) return nothing;
    return html`<section class="panel" aria-labelledby="plans-title">
      <h3 id="plans-title">${msg('Service plans')}</h3>
      <p>${msg('If you want to use a service plan, send the parts as required by the list:')}</p>
      <ul class="links">
        ${lists.map((list) => {
          const { label, note } = partsListText(list);
          return html`<li>${helpLink(list.url, label)}${note ? html` <span class="note">(${note})</span>` : nothing}</li>`;
        })}
      </ul>
    </section>`;
  }

  private renderDoNotSend() {
    const brand = this.config.brand.name;
    return html`<section class="notice do-not-send" aria-labelledby="do-not-send-title">
      <h3 id="do-not-send-title">${msg('Please do not send us:')}</h3>
      <ul>
        <li>${msg('Batteries that work normally or are badly damaged')}</li>
        <li>${msg(str`Products that are not ${brand} products`)}</li>
        <li>${msg('Intact propellers')}</li>
        <li>${msg('SD cards that work normally')}</li>
      </ul>
    </section>`;
  }

  override render() {
    const kind = this.draft.parts?.kind;
    const brand = this.config.brand.name;
    return html`<h2 tabindex="-1">${msg('Send us your devices')}</h2>
      ${this.renderPartsLists()}
      <details class="help">
        <summary>${msg('What should I choose?')}</summary>
        <div class="help-body">
          <p>${msg('Send only the defective component when you know which item is at fault: it is quicker to pack and to ship, and nothing else can be lost.')}</p>
          <p>${msg('When you are not sure, send the complete product set with all its accessories, so the technicians can find the cause.')}</p>
        </div>
      </details>
      ${radioGroup({
        path: 'parts.kind',
        label: msg('What will you send?'),
        large: true,
        value: kind,
        error: this.error('parts.kind') ?? this.error('parts'),
        options: [
          {
            value: 'component',
            label: msg('Defective component'),
            hint: msg(str`If you or ${brand} support determined that only one component is defective — for example, the battery cannot be recharged or a button of the remote controller is loose — send only that component.`),
          },
          {
            value: 'complete',
            label: msg('Complete product set'),
            hint: msg('If it is not possible to determine which item is defective, send the product with all its accessories.'),
          },
        ],
        onChange: (v) => this.change('parts', { kind: v }),
      })}
      ${kind === 'component' ? this.renderDoNotSend() : nothing}`;
  }
}

define('repair-request-parts-step', PartsStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-parts-step': PartsStepElement;
  }
}
