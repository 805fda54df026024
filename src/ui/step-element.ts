/**
 * Base of the step elements: receives the draft, the visible errors and the
 * configuration as properties, reports changes with an internal `rr-change`
 * event that does not leave the widget's shadow root, and can focus a field or
 * its heading for the shell.
 */
import type { UploadSettings } from '../submit/uploads.js';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { inLocale } from '../i18n/localization.js';
import type { DeviceConfig, OwnedProduct, RepairConfig, SerialLookup } from '../config/config-schema.js';
import type { FieldErrors, Sections } from '../flow/flow.js';
import { errorMessage } from '../i18n/error-messages.js';
import type { StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';
import type { SavedAddress } from '../schema/address.js';
import type { UnsavedAddress } from '../submit/drafts.js';
import { formStyles } from '../styles/form.styles.js';
import { fieldId } from './fields.js';
import { internalEvent } from './internal-events.js';

/** What the host passes in besides the configuration. */
export interface HostContext {
  ownedProducts: readonly OwnedProduct[];
  serialLookup?: SerialLookup | undefined;
  /** The address book: the host's saved addresses plus the customer's additions and edits. */
  addresses: readonly SavedAddress[];
  /** The address the customer was typing on the Address step, from a resumed draft. */
  addressForm?: UnsavedAddress | undefined;
  /** The signed-in customer's e-mail, offered where the form asks for one. */
  customerEmail?: string | undefined;
  today: string;
  /** Where attached files are sent ahead, one by one (`upload-endpoint`); unset: they go with the request. */
  upload?: UploadSettings | undefined;
}

/** What a step shows that follows the answers (see `StepElement.state`). */
export interface StepState {
  draft: RepairDraft;
  errors: FieldErrors;
  sections: Partial<Sections>;
}

export interface ChangeDetail<S extends StepId = StepId> {
  step: S;
  patch: Partial<NonNullable<RepairDraft[S]>>;
  /**
   * Show these fields' errors now, before Next: only for an explicit check the customer asked for
   * (a Confirm button), never on leaving a field (GOV.UK: errors show when the customer tries to go on).
   */
  reveal?: boolean;
}

/**
 * A step of the form (or a view of the shell), configured with `C`: the whole
 * configuration, except for the Device step, which paints with its part alone.
 */
export class StepElement<C extends DeviceConfig = RepairConfig> extends LitElement {
  static override styles: CSSResultGroup = formStyles;

  @property({ attribute: false }) draft: RepairDraft = {};
  /** Errors to show, by field path. */
  @property({ attribute: false }) errors: FieldErrors = {};
  /** The configuration; the shell always passes it (the whole one to the steps after the first). */
  @property({ attribute: false }) config!: C;
  @property({ attribute: false }) sections: Partial<Sections> = {};

  /**
   * The answers, the errors to show and the sections, as the shell gives them: each renders the step only if it
   * changed. One object, new at each render of the shell, so the shell's value always reaches the step, even after
   * a keystroke gave the step newer ones without rendering the shell (see `updateStepOnly` in shell/form-view.ts).
   */
  set state(state: StepState) {
    this.draft = state.draft;
    this.errors = state.errors;
    this.sections = state.sections;
  }
  @property({ attribute: false }) context: HostContext = { ownedProducts: [], addresses: [], today: '' };
  @property({ attribute: false }) locale = 'en';

  /** Renders in this element's own language, whatever other widgets on the page use. */
  protected override update(changed: PropertyValues<this>) {
    inLocale(this.locale, () => super.update(changed));
  }

  /** The localised message for a field's error, if it has one to show. */
  protected error(path: string) {
    const code = this.errors[path];
    return code ? errorMessage(code, this.config, this.locale, path) : undefined;
  }

  protected change<S extends StepId>(step: S, patch: ChangeDetail<S>['patch'], reveal = false) {
    this.dispatchEvent(internalEvent('rr-change', { step, patch, reveal } as ChangeDetail));
  }

  // A step asked in several screens (Malfunction) implements these; the shell calls them when present.
  /** Whether screens of the step come after the one shown (else its Next leaves the step, or saves and returns to the summary). */
  moreScreens?(): boolean;
  /**
   * Next inside the step, given all its errors: `true` when it opened the next screen; `false` when this screen's
   * fields have errors, or on the last screen (the shell then checks the step, as for any step).
   */
  nextScreen?(errors: FieldErrors): boolean;
  /** Previous inside the step: `true` when it opened the screen before, `false` on the first screen. */
  previousScreen?(): boolean;
  /**
   * Opens the screen that asks the field at `path` (the summary's Edit); without one, the screen of the first error
   * shown, unless the screen shown has one. A change of screen fires `rr-screen`.
   */
  showScreen?(path?: string): Promise<void>;
  /**
   * The errors the shell's error summary lists, given those it would list: a step in several screens keeps those
   * of the screen shown; a step with a form of its own outside the draft (the address being added) adds that
   * form's errors, where the form is on the page.
   */
  listedErrors?(errors: FieldErrors): FieldErrors;

  /** Moves focus to a field, for the error summary. Returns whether it was found. */
  async focusField(path: string) {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldId(path))}`);
    if (!target) return false;
    const control = target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLInputElement>('input:checked:not([disabled])') ?? target.querySelector<HTMLInputElement>('input:not([disabled])')
      : target;
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
    return !!control;
  }

  /** Moves focus to the step's heading (after a step change). */
  async focusHeading() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
