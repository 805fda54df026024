import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '../i18n/msg.js';
import { matchesSerialFormat } from '../schema/rules.js';
import { fieldId } from '../ui/fields.js';
import { define } from '../ui/define.js';
import { StepElement } from '../ui/step-element.js';
import { crashSection } from './malfunction/crash-section.js';
import { expressSection } from './malfunction/express-section.js';
import { problemSection } from './malfunction/problem-section.js';
import { purchaseSection } from './malfunction/purchase-section.js';
import { PhotosController } from './malfunction/photos-controller.js';
import { photosSection } from './malfunction/photos-section.js';
import { serviceSection } from './malfunction/service-section.js';
import { supportSection } from './malfunction/support-section.js';
import { path, type MalfunctionPatch, type MalfunctionView } from './malfunction/view.js';
import { malfunctionStyles } from './malfunction-step.styles.js';
import { dateInputStyles } from '../ui/date-input.styles.js';
import { dropZoneStyles } from '../ui/drop-zone.styles.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { internalEvent } from '../ui/internal-events.js';

/** How long typing must pause before the description's length is announced (as GOV.UK's character count). */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * Step 2, Malfunction: the service wanted, the problem and its description,
 * online support, proof of purchase, the service plan (with the express offer)
 * and, for crash damage, the accident questions. Which conditional sections
 * show comes from the flow (`sections`), never from a rule repeated here.
 *
 * @fires rr-open-contact - Internal: asks the shell to open the contact form (replacement requests).
 */
export class MalfunctionStepElement extends StepElement {
  static override styles = [StepElement.styles, dateInputStyles, dropZoneStyles, malfunctionStyles];

  /** Photos of the damage: written again before they are kept. */
  private photos = new PhotosController(this, () => ({
    photos: this.malfunction.photos, config: this.config, set: (photos) => this.set({ photos }, true),
  }));

  /** The description length last announced to screen readers. */
  @state() private spokenLength?: number;
  private countTimer?: ReturnType<typeof setTimeout>;

  private get malfunction(): MalfunctionPatch {
    return this.draft.malfunction ?? {};
  }

  private set(patch: MalfunctionPatch, reveal = false) {
    this.change('malfunction', patch, reveal);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  private onDescriptionInput(description: string) {
    this.set({ description });
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => { this.spokenLength = description.length; }, COUNT_ANNOUNCE_DELAY_MS);
  }

  private onOpenContact() {
    this.dispatchEvent(internalEvent('rr-open-contact'));
  }

  /** Confirms the express serial if it is an aircraft serial; otherwise shows the serial's error. */
  private onConfirmSerial() {
    const serial = this.malfunction.aircraftSerial ?? '';
    if (serial && matchesSerialFormat(this.config, serial, undefined, 'aircraft')) {
      this.set({ expressConfirmed: true }, true);
      return;
    }
    this.set({ aircraftSerial: serial || undefined }, true);
    this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(path('aircraftSerial'))}`)?.focus();
  }

  private get view(): MalfunctionView {
    return {
      m: this.malfunction,
      config: this.config,
      sections: this.sections,
      locale: this.locale,
      today: this.context.today,
      error: (field) => this.error(path(field)),
      set: (patch) => this.set(patch),
    };
  }

  override render() {
    const v = this.view;
    return html`<h2 tabindex="-1">${msg('Malfunction')}</h2>
      ${serviceSection(v, () => this.onOpenContact())}
      ${!v.sections.repair
        ? nothing
        : html`${problemSection(v, { spoken: this.spokenLength, onInput: (value) => this.onDescriptionInput(value) })}
          ${photosSection(v, this.photos)}
          ${supportSection(v)}
          ${purchaseSection(v, { onRemove: () => this.set({ proofOfPurchase: undefined }) })}
          ${expressSection(v, () => this.onConfirmSerial())}
          ${v.sections.crash ? crashSection(v) : nothing}`}`;
  }
}

define('repair-request-malfunction-step', MalfunctionStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-malfunction-step': MalfunctionStepElement;
  }
}
