import { html, type PropertyValues } from 'lit';
import { cache } from 'lit/directives/cache.js';
import { keyed } from 'lit/directives/keyed.js';
import { HostInputs } from './config/host-inputs.js';
import { RepairRequestStepChangeEvent } from './events.js';
import { pruneSteps } from './flow/prune-steps.js';
import { inLocale, partsFor } from './i18n/localization.js';
import { msg } from './i18n/msg.js';
import { STEPS, type StepId } from './schema/options.js';
import type { RepairDraft } from './schema/request.js';
import { newIdempotencyKey } from './submit/idempotency.js';
import { shellStyles } from './repair-request.styles.js';
import { Answers } from './shell/answers.js';
import { Checks } from './shell/checks.js';
import { announcement, updateStepOnly } from './shell/form-view.js';
import { JsonChildController } from './shell/json-child.js';
import { later } from './shell/later.js';
import { LocaleController } from './shell/locale.js';
import { Navigation } from './shell/navigation.js';
import { RepairRequestProperties } from './shell/properties.js';
import { DraftResume } from './shell/resume.js';
import { whenIdle } from './shell/step-loader.js';
import type { Sending } from './shell/sending.js';
import type { SubmissionState } from './shell/submission.js';
import { currentView, type ShellViews } from './shell/views.js';
import { formStyles } from './styles/form.styles.js';
import { errorSummaryStyles } from './ui/error-summary.styles.js';
import { resumeBannerStyles } from './ui/resume-banner.styles.js';
import './steps/device-step.js';

/**
 * An online repair (RMA) request, end to end: device, malfunction, parts to
 * send, return address, summary and terms.
 * The draft is saved as the customer types and offered back after a reload
 * (`persist`, `draft-key`); `reset()` starts a new request.
 *
 * @summary The `<repair-request>` widget.
 *
 * @fires repair-request-step-change - After the visible step changed. `detail`: `{ step, index, previous }`.
 * @fires repair-request-submit - Before the request is sent; cancelable (the host then sends it itself).
 *   `detail`: `{ request, idempotencyKey }`.
 * @fires repair-request-success - The endpoint stored the request. `detail`: `{ caseNumber, response }`.
 * @fires repair-request-error - An attempt failed and the widget tries again (`willRetry: true`), or the
 *   submission failed or cannot be made (`willRetry: false`). `detail`: `{ reason, message, status?, attempt?,
 *   maxAttempts?, willRetry, fieldErrors? }`; `reason` is `network`, `timeout`, `http`, `validation`,
 *   `offline`, `aborted` or `configuration`.
 *
 * @attr lang - Language of the widget; without it, the nearest ancestor's `lang`, else the browser's languages, else English.
 *
 * @slot verification - A verification challenge (captcha) for the contact form. It must set a hidden
 *   input named `verification-token`, or the host sets `verificationToken` instead.
 *
 * @csspart base - The widget's outer container.
 * @csspart steps - The step indicator list.
 * @csspart error-summary - The error summary shown above a step with errors.
 * @csspart actions - The Back / Next bar.
 * @csspart back-button - The Back button.
 * @csspart next-button - The Next button.
 * @csspart confirmation-panel - The "Request sent!" panel with the case number.
 * @csspart new-request-button - The confirmation's "Start a new request" button (as `reset()`).
 * @csspart contact-link - The "Can’t complete the request online? Contact support" link button, under every step.
 * @csspart resume-banner - The "Resume your request / Start over" choice shown when a saved draft is found.
 *
 * @cssprop --repair-request-font-family - Font of the whole widget. Default `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`.
 * @cssprop --repair-request-font-size - Base font size. Default `1rem`.
 * @cssprop --repair-request-line-height - Base line height. Default `1.5`.
 * @cssprop --repair-request-color-text - Text colour. Default `#1d2430`. Dark `#e7eaf0`.
 * @cssprop --repair-request-color-text-muted - Hints and secondary text. Default `#4f5b6b`. Dark `#b0bac8`.
 * @cssprop --repair-request-color-background - Background of the widget and inputs. Default `#ffffff`. Dark `#14181f`.
 * @cssprop --repair-request-color-surface - Panels. Default `#f4f6f9`. Dark `#1f252e`.
 * @cssprop --repair-request-color-border - Input and divider borders. Default `#8692a3`. Dark `#7f8a9b`.
 * @cssprop --repair-request-color-primary - Buttons, links, current step. Default `#0b5cad`. Dark `#8cc2ff`.
 * @cssprop --repair-request-color-primary-hover - Buttons on hover. Default `#084a8c`. Dark `#b5d7ff`.
 * @cssprop --repair-request-color-on-primary - Text on primary buttons. Default `#ffffff`. Dark `#0b1524`.
 * @cssprop --repair-request-color-error - Error messages and borders. Default `#b3261e`. Dark `#ff9b93`.
 * @cssprop --repair-request-color-success - Confirmations. Default `#0f6b3a`. Dark `#7fdba5`.
 * @cssprop --repair-request-color-notice - Background of notices. Default `#fff6d6`. Dark `#3a321c`.
 * @cssprop --repair-request-color-focus - Focus ring colour (its outer band). Default `#ffbf47`.
 * @cssprop --repair-request-color-focus-edge - Inner band of the focus ring, which stands out on light backgrounds where the focus colour does not. Default `#0b0c0c`.
 * @cssprop --repair-request-focus-ring - The whole focus ring (box-shadow): a 2px edge band inside a 3px focus-colour band. Default `0 0 0 2px var(--repair-request-color-focus-edge), 0 0 0 5px var(--repair-request-color-focus)`.
 * @cssprop --repair-request-radius - Corner radius. Default `6px`.
 * @cssprop --repair-request-space-xs - Smallest spacing. Default `0.25rem`.
 * @cssprop --repair-request-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --repair-request-space-m - Medium spacing. Default `1rem`.
 * @cssprop --repair-request-space-l - Large spacing. Default `1.5rem`.
 * @cssprop --repair-request-space-xl - Largest spacing. Default `2.5rem`.
 * @cssprop --repair-request-control-height - Minimum height of inputs and buttons. Default `2.75rem`.
 */
export class RepairRequestElement extends RepairRequestProperties {
  static override styles = [formStyles, errorSummaryStyles, resumeBannerStyles, shellStyles];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The widget's language and its messages. */
  private readonly language: LocaleController = new LocaleController(this, () => partsFor(this.nav.step, this.nav.view));
  /** The configuration from a `<script type="application/json">` child. */
  private readonly jsonChild = new JsonChildController(this);
  /** What the customer answered, and which errors show. */
  private readonly answers = new Answers(this, (step) => this.stepOnly(step));
  #idleRender = false;
  /** The configuration in use, the address rules, and the flow made from them. */
  private readonly checks = new Checks(this);
  /** The host's configuration, owned products and saved addresses, as checked. */
  private readonly inputs = new HostInputs({
    onConfig: (config, problems) => {
      if (this.checks.setConfig(config, problems)) this.prefillDevice(true);
    },
    requestUpdate: () => this.requestUpdate(),
  });
  /** The step and view, loading their code, building ahead, announcements and focus. */
  private readonly nav: Navigation = new Navigation(this, this.answers, this.checks, {
    locale: () => this.locale, inputsSettled: () => this.inputs.settled(), checking: () => this.checks.checking(),
    load: { addressRules: () => this.checks.loadRules(['addressRules']), photoRules: () => this.checks.loadRules(['photoRules']), sending: () => this.loadSending() },
  });
  /** Where the submission stands (see `shell/submission.ts`, loaded with the Submit step). */
  private readonly submission: SubmissionState = { status: { status: 'idle' } };
  /** Submit: validation, the page's say, sending, then the confirmation or the endpoint's field errors. */
  private sending?: Sending;
  /** The draft kept across reloads: autosave, resume or start over, a sent request's confirmation. */
  private readonly resume: DraftResume = new DraftResume(this, this.answers, this.nav, this.submission);
  private sendingLoad?: Promise<void>;

  /** Submit's code, loaded with the Submit step (the step registry's `needs`), so Submit works offline. */
  private loadSending() {
    return (this.sendingLoad ??= later('sending').then(({ Sending }) => {
      const { submission: state, checks, answers, nav } = this;
      this.sending = new Sending(this, { state, checks, answers, nav }, {
        locale: () => this.locale, form: () => this.field.form, updateFormValue: () => this.updateFormValue(),
        saveSent: (caseNumber, accessToken) => this.resume.saveSent(caseNumber, accessToken), showSent: this.resume.showSent,
      });
    }, (error: unknown) => {
      this.sendingLoad = undefined;
      throw error;
    }));
  }

  /**
   * The draft's `Idempotency-Key`: made when the draft starts, sent with every
   * attempt and resubmission of it, replaced once the request is stored.
   */
  idempotencyKey: string | undefined = newIdempotencyKey();

  private get locale(): string {
    return this.language.locale;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) void this.language.apply();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  /** Resolves when the element, the current step and its lazily loaded code have rendered. */
  protected override async getUpdateComplete() {
    await this.resume.ready;
    await this.inputs.settled();
    let result = await super.getUpdateComplete();
    await this.nav.loader.pending;
    result = (await super.getUpdateComplete()) && result;
    const step = this.nav.currentStep;
    if (step) await step.updateComplete;
    return result;
  }

  protected override update(changed: PropertyValues<this>) {
    inLocale(this.locale, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.jsonChild.takeChange() || !this.hasUpdated || changed.has('config')) {
      this.inputs.setConfig(this.config !== undefined ? { value: this.config } : this.jsonChild.value);
    }
    if (changed.has('ownedProducts')) this.inputs.setOwnedProducts(this.ownedProducts);
    if (changed.has('addresses')) this.inputs.setAddresses(this.addresses);
    const prefills = ['zone', 'country', 'product', 'serial'] as const;
    // While a configuration is checked, its catalogue and zones are not known yet: onConfig prefills then.
    if (!this.checks.problems.length && !this.inputs.configPending && prefills.some((key) => changed.has(key))) this.prefillDevice(true);
  }

  /** The host's Device hints as answers where none is given; unknown ones are reported (when `report`) and ignored. */
  private prefillDevice(report: boolean) {
    this.answers.prefillDevice(this.checks.config, this, report);
  }

  /**
   * A change that only the shown step shows (a keystroke; see `updateStepOnly`): the step renders it alone; the form
   * value follows at once (the autosave saves it on leaving the page), the rest (the steps built ahead) at idle.
   */
  private stepOnly(step: StepId) {
    const { nav, answers, checks } = this;
    if (this.isUpdatePending || nav.view !== 'form' || !updateStepOnly({ nav, answers, checks }, step)) return false;
    if (this.field.form) this.updateFormValue();
    if (!this.#idleRender) whenIdle(() => { this.#idleRender = false; this.requestUpdate(); }, 500);
    this.#idleRender = true;
    return true;
  }

  /** The form value and validity, when the widget is in a form (see `name`); not complete until the checks have loaded. */
  private updateFormValue() {
    const parsed = this.checks.problems.length ? undefined : this.checks.flow?.parse(this.answers.draft);
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part~="next-button"], .widget') ?? undefined;
    this.field.set(this.name, parsed?.ok ? parsed.request : undefined, () => inLocale(this.locale, () => msg('Complete the repair request.')), anchor);
  }

  /** The page's form cannot be sent yet: the widget shows why, GOV.UK style, instead of the browser's bubble. */
  private onInvalid = (e: Event) => {
    e.preventDefault();
    if (this.nav.view === 'form') void this.validate();
  };

  protected override updated() {
    // In a form: its value follows the answers (parses are kept per draft, so this is cheap).
    if (this.field.form) this.updateFormValue();
    if (this.nav.step === 'submit' || this.nav.loader.builtSteps.has('submit')) this.sending?.submitter.preload();
  }

  /**
   * Empties the form: forgets every answer and the saved draft, clears errors
   * and returns to the first step, e.g. for a new request after a successful
   * one, or after the host sent the request itself. A submission in progress is
   * cancelled. Focus moves to the first step's heading if it was in the widget.
   */
  async reset(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    const { nav } = this;
    const previous = nav.step;
    this.resume.discard();
    this.sending?.submitter.cancel();
    this.submission.status = { status: 'idle' };
    this.answers.clear();
    if (!this.checks.problems.length) this.prefillDevice(false);
    this.idempotencyKey = newIdempotencyKey();
    nav.reset();
    await this.updateComplete;
    if (hadFocus) await nav.currentStep?.focusHeading();
    if (previous !== nav.step) this.dispatchEvent(new RepairRequestStepChangeEvent({ step: nav.step, index: 1, previous }));
  }

  /**
   * Checks the whole request: shows the current step's errors and the error
   * summary, as Next does, and returns whether the request could be sent, with
   * the error code of every invalid field by path (`device.zone: 'required'`).
   */
  async validate(): Promise<{ valid: boolean; errors: Record<string, string> }> {
    if (this.checks.problems.length) return { valid: false, errors: {} };
    const flow = await this.nav.checkingAll();
    if (!flow) return { valid: false, errors: {} };
    const result = flow.parse(this.answers.draft);
    if (result.ok) return { valid: true, errors: {} };
    if (this.nav.view === 'form' && !flow.canLeave(this.answers.draft, this.nav.step)) await this.nav.showErrors(this.nav.step);
    return { valid: false, errors: { ...result.errors } };
  }

  /**
   * Opens a step (`device`, `malfunction`, `parts`, `address` or `submit`) if
   * every step before it is answered, and resolves to `true`. Otherwise opens
   * the first step that is not, shows its errors and resolves to `false`.
   */
  async goToStep(step: StepId): Promise<boolean> {
    if (this.checks.problems.length || !STEPS.includes(step)) return false;
    const { nav } = this;
    const flow = await nav.checkingAll();
    if (!flow) return false;
    nav.view = 'form';
    if (flow.reachable(this.answers.draft, step)) {
      await nav.goTo(step);
      return nav.step === step;
    }
    await nav.showErrors(flow.firstInvalidStep(this.answers.draft) ?? STEPS[0]);
    return false;
  }

  /**
   * The request as it would be sent now: the answers given, without those of
   * questions that no longer apply. A copy: changing it changes nothing.
   */
  get value(): RepairDraft {
    // Before the checks (with the whole configuration) have loaded, only the first step can have been answered.
    return structuredClone(this.checks.flow?.prune(this.answers.draft) ?? pruneSteps(this.answers.draft));
  }

  /** What the views read. */
  private get views(): ShellViews {
    const { nav, answers, checks, resume, inputs } = this;
    return {
      nav, answers, checks, resume, inputs, locale: this.locale, submission: this.submission.status,
      onSubmit: (e) => { e.stopPropagation(); void this.sending?.submit(); },
      onCancel: (e) => { e.stopPropagation(); this.sending?.submitter.cancel(); },
      context: answers.context(inputs, this), hasEndpoint: !!this.endpoint || !!this.form,
      contactEndpoint: this.contactEndpoint, verificationToken: this.verificationToken,
      hasVerificationSlot: !!this.querySelector(':scope > [slot="verification"]'),
    };
  }

  /** The polite live region exists in every view, so step changes are always announced. */
  override render() {
    // `cache` keeps each view's elements while another is shown (and the form keeps its built steps), so what the
    // customer half-typed there (a new address, the contact form) is still there on return.
    return html`${keyed(this.nav.loader.generation, html`<div class="widget" part="base" ?inert=${this.field.disabled}
        lang=${this.locale} dir=${this.language.dir}>${cache(currentView(this.views))}</div>`)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${announcement(this.nav.announced)}</div>`;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('repair-request')) customElements.define('repair-request', RepairRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request': RepairRequestElement;
  }
}
