import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { FieldErrors } from '../flow/flow.js';
import { screenPrefill } from '../flow/prefill.js';
import {
  answeredFields, currentScreen, nextMove, previousScreen, resumeScreen, screenFor, screenPosition, showsOn, type ScreenConditions,
} from '../flow/screens.js';
import { supportFor } from '../config/support-contacts.js';
import { formatNumber } from '../i18n/format.js';
import { msg, str } from '../i18n/msg.js';
import { shotsFor } from '../schema/shots.js';
import { matchesSerialFormat } from '../schema/rules.js';
import { fieldId } from '../ui/fields.js';
import { define } from '../ui/define.js';
import { CoarsePointerController } from '../ui/coarse-pointer.js';
import { StepElement } from '../ui/step-element.js';
import { analysisSection, crashSection, flightDataSection } from './malfunction/crash-section.js';
import { expressSection } from './malfunction/express-section.js';
import { descriptionField, problemSection } from './malfunction/problem-section.js';
import { MALFUNCTION_SCREENS, type MalfunctionScreen } from './malfunction/screens.js';
import { purchaseSection } from './malfunction/purchase-section.js';
import { PhotosController } from './malfunction/photos-controller.js';
import { photosSection } from './malfunction/photos-section.js';
import { UploadsController } from './malfunction/uploads-controller.js';
import { uploadAnnouncement } from './malfunction/upload-words.js';
import { serviceSection } from './malfunction/service-section.js';
import { supportSection } from './malfunction/support-section.js';
import { path, type MalfunctionPatch, type MalfunctionView } from './malfunction/view.js';
import { malfunctionStyles } from './malfunction-step.styles.js';
import { dateInputStyles } from '../ui/date-input.styles.js';
import { dropZoneStyles } from '../ui/drop-zone.styles.js';
// The error words of this step, added to errorMessage().
import '../i18n/step-error-messages.js';
import { internalEvent } from '../ui/internal-events.js';
import { laterFieldStyles } from '../styles/later-fields.styles.js';

/** How long typing must pause before the description's length is announced (as GOV.UK's character count). */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * Step 2, Malfunction: the service wanted, the problem and its description,
 * online support, proof of purchase, the service plan (with the express offer)
 * and, for crash damage, the accident questions. Which conditional sections
 * show comes from the flow (`sections`), never from a rule repeated here.
 *
 * Asked in short screens, so that it fits a phone (`MALFUNCTION_SCREENS`):
 * the shell's Next and Previous move between them (`nextScreen`,
 * `previousScreen`), and errors or the summary's Edit open the screen holding
 * the field (`showScreen`). The decisions are the pure `flow/screens.ts`.
 *
 * @fires rr-open-contact - Internal: asks the shell to open the contact form (replacement requests).
 */
export class MalfunctionStepElement extends StepElement {
  static override styles = [StepElement.styles, laterFieldStyles, dateInputStyles, dropZoneStyles, malfunctionStyles];

  /** Photos of the damage: written again before they are kept; a limit they pass shows at once, beside the shot. */
  private photos = new PhotosController(this, () => ({
    photos: this.malfunction.photos,
    config: this.config,
    set: (photos) => {
      this.checked.add(path('photos'));
      this.set({ photos }, true);
    },
  }));

  /** Attached files sent ahead, one by one, when the host gives an `upload-endpoint`. */
  private uploads = new UploadsController(this, () => this.draft);

  /** Whether the device is touch-first: each shot then offers "Take a photo" beside the picker, and no zone invites a drop. */
  private pointer = new CoarsePointerController(this);

  /** The description length last announced to screen readers. */
  @state() private spokenLength?: number;
  /** The screen asked (see `MALFUNCTION_SCREENS`); the one shown is the nearest that applies (`screen`). */
  @state() private asked: MalfunctionScreen = 'problem';
  /** Screens whose errors show (as GOV.UK: once Next was pressed there), and fields whose errors Confirm showed before. */
  private checked = new Set<MalfunctionScreen | string>();
  /** The screen shown: the one asked while it applies, else the one before it. */
  private get screen() {
    return currentScreen(MALFUNCTION_SCREENS, this.screenConditions, this.asked);
  }
  private countTimer?: ReturnType<typeof setTimeout>;

  /** The flow's sections, and whether the chosen problems ask for photos (their screen shows only then). */
  private get screenConditions(): ScreenConditions {
    return { ...this.sections, photos: !!this.sections.repair && shotsFor(this.config, this.malfunction.issues).length > 0 };
  }

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
    this.checked.add(path('aircraftSerial'));
    this.set({ aircraftSerial: serial || undefined }, true);
    this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(path('aircraftSerial'))}`)?.focus();
  }

  /**
   * The answers a screen starts with (`screenPrefill`), given before it is asked: the shell's new draft and the
   * new screen then come in one update, and the screen is drawn once, with them.
   */
  private prefill(screen: MalfunctionScreen) {
    const patch = screenPrefill(screen, this.malfunction, this.context.customerEmail);
    if (patch) this.set(patch);
  }

  /** Opens a screen, tells the shell (its error summary lists this screen's errors), and focuses the step's heading. */
  private async open(screen: MalfunctionScreen) {
    if (screen === this.screen) return;
    this.prefill(screen);
    this.asked = screen;
    this.dispatchEvent(internalEvent('rr-screen'));
    await this.focusHeading();
  }

  /** Next inside the step (`errors`: all of the step's): `true` when it opened the next screen, `false` when this screen has errors or is the last. */
  override nextScreen(errors: FieldErrors): boolean {
    this.checked.add(this.screen);
    const move = nextMove(MALFUNCTION_SCREENS, this.screenConditions, this.screen, errors);
    // The next screen's answers (`prefill`) go to the shell first, so that its update comes before this step's and the
    // screen is drawn once, with them.
    if (move.to === 'screen') void this.open(move.screen);
    // This screen's errors show now: the shell gives the same errors again (nothing new to render), this step renders them.
    this.requestUpdate();
    return move.to === 'screen';
  }

  /** Previous inside the step: opens the screen before and returns `true`, or `false` on the first screen. */
  override previousScreen(): boolean {
    const previous = previousScreen(MALFUNCTION_SCREENS, this.screenConditions, this.screen);
    if (previous) void this.open(previous);
    return !!previous;
  }

  /** Opens the screen that asks the field at `path`; without one, the screen of the first error shown, unless this one has one. */
  override async showScreen(path?: string) {
    await this.updateComplete;
    const screen = screenFor(MALFUNCTION_SCREENS, this.screenConditions, this.screen, path ? [path] : Object.keys(this.errors));
    if (!path) {
      this.checked.add(screen);
      this.requestUpdate();
    }
    await this.open(screen);
  }

  /** Whether screens that apply come after the one shown (see `StepElement.moreScreens`). */
  override moreScreens(): boolean {
    const { index, count } = screenPosition(MALFUNCTION_SCREENS, this.screenConditions, this.screen);
    return index < count;
  }

  /** Whether the error of the field at `path` shows: on the screen shown, once Next was pressed there. */
  shows(path: string): boolean {
    return showsOn(MALFUNCTION_SCREENS, this.screen, path, this.checked);
  }

  /**
   * The error summary's link to a single file that could not be sent (the proof of purchase) goes to its row's
   * Try again, as a photo's does, rather than to the field's input, which would open the picker.
   */
  override async focusField(field: string) {
    await this.updateComplete;
    const retry = this.renderRoot.querySelector<HTMLElement>(`.retry-button#${CSS.escape(fieldId(`${field}.0`))}`);
    if (!retry) return super.focusField(field);
    retry.focus();
    return true;
  }

  /** The shell's error summary lists the errors that show (see `shows`). */
  override listedErrors(errors: FieldErrors): FieldErrors {
    return Object.fromEntries(Object.entries(errors).filter(([p]) => this.shows(p)));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated) {
      // Made with answers (a resumed draft): the furthest screen answered (or holding a file to attach again), or the
      // first before it with an error shown.
      const answered = [...answeredFields(this.malfunction), ...this.uploads.lostFields()];
      this.asked = resumeScreen(MALFUNCTION_SCREENS, this.screenConditions, answered, Object.keys(this.errors));
      this.prefill(this.asked);
      // Errors given from the start are a resumed draft's, shown when it was saved.
      this.checked.add(this.asked);
    }
    // The screen asked no longer applies (crash damage unticked, say): keep the one shown, so Next continues from it.
    else if (changed.has('sections')) this.asked = this.screen;
  }

  /** The shell's error summary lists only this screen's errors: it renders again now that the step is there. */
  protected override firstUpdated() {
    this.dispatchEvent(internalEvent('rr-screen'));
  }

  private get view(): MalfunctionView {
    return {
      m: this.malfunction,
      config: this.config,
      support: supportFor(this.config, this.draft.device?.zone),
      sections: this.sections,
      locale: this.locale,
      today: this.context.today,
      error: (field) => (this.shows(path(field)) ? this.error(path(field)) : undefined),
      set: (patch) => this.set(patch),
    };
  }

  /** What each screen asks, in order: one list of sections per screen. */
  private screenSections(v: MalfunctionView): Record<MalfunctionScreen, () => unknown[]> {
    return {
      problem: () => [serviceSection(v, () => this.onOpenContact()), v.sections.repair ? problemSection(v) : nothing],
      description: () => [
        descriptionField(v, { spoken: this.spokenLength, onInput: (value) => this.onDescriptionInput(value) }),
        supportSection(v),
      ],
      photos: () => [photosSection(v, this.photos, this.uploads, this.pointer.coarse)],
      purchase: () => [purchaseSection(v, {
        onRemove: () => this.set({ proofOfPurchase: undefined }), uploads: this.uploads, touch: this.pointer.coarse,
      })],
      plan: () => [expressSection(v, { onConfirm: () => this.onConfirmSerial(), device: this.draft.device })],
      accident: () => [crashSection(v)],
      analysis: () => [analysisSection(v)],
      flight: () => [flightDataSection(v)],
    };
  }

  override render() {
    const v = this.view;
    const screen = this.screen;
    const { index, count } = screenPosition(MALFUNCTION_SCREENS, this.screenConditions, screen);
    // A new heading per screen, so that focusing it announces the screen.
    return html`${keyed(screen, html`<h2 tabindex="-1" aria-describedby=${ifDefined(count > 1 ? 'screen-position' : undefined)}>${msg('Malfunction')}</h2>`)}
      ${count > 1
        ? html`<p class="screen-position" id="screen-position">${msg(str`Part ${formatNumber(index, v.locale)} of ${formatNumber(count, v.locale)}`)}</p>`
        : nothing}
      ${this.screenSections(v)[screen]()}${uploadAnnouncement(this.uploads)}`;
  }
}

define('repair-request-malfunction-step', MalfunctionStepElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request-malfunction-step': MalfunctionStepElement;
  }
}
