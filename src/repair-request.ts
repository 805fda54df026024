import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { OwnedProduct, RepairConfig, SerialLookup } from './config/config-schema.js';
import { defaultConfig } from './config/default-config.js';
import {
  RepairRequestErrorEvent, RepairRequestStepChangeEvent, RepairRequestSubmitEvent, RepairRequestSuccessEvent,
} from './events.js';
import { createFlow, localToday, nextStep, previousStep, stepIndex, type FieldErrors, type Flow } from './flow/flow.js';
import { errorMessage } from './i18n/error-messages.js';
import { stepLabel } from './i18n/labels.js';
import { inLocale, isRtl, loadLocale, partsFor, supportedLocales } from './i18n/localization.js';
import { msg, str } from './i18n/msg.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { STEPS, type StepId } from './schema/options.js';
import type { SavedAddress } from './schema/address.js';
import type { RepairDraft } from './schema/request.js';
import { submitRequest } from './submit/client.js';
import { SubmitError, type Submission, type SubmitFailureReason } from './submit/types.js';
import { shellStyles } from './repair-request.styles.js';
import { formStyles } from './styles/form.styles.js';
import { errorSummary } from './ui/error-summary.js';
import { errorSummaryStyles } from './ui/error-summary.styles.js';
import type { ChangeDetail, HostContext, StepElement } from './ui/step-element.js';
import './steps/device-step.js';

/** Later steps load on demand, so the first step shows with the least code. */
const STEP_LOADERS: Record<StepId, () => Promise<unknown>> = {
  device: () => Promise.resolve(),
  malfunction: () => import('./steps/malfunction-step.js'),
  parts: () => import('./steps/parts-step.js'),
  address: () => import('./steps/address-step.js'),
  submit: () => import('./steps/submit-step.js'),
};

const STEP_TAGS = {
  device: 'repair-request-device-step',
  malfunction: 'repair-request-malfunction-step',
  parts: 'repair-request-parts-step',
  address: 'repair-request-address-step',
  submit: 'repair-request-submit-step',
} as const satisfies Record<StepId, string>;

/**
 * An online repair (RMA) request, end to end: device, malfunction, parts to
 * send, return address, summary and terms.
 *
 * @summary The `<repair-request>` widget.
 *
 * @fires repair-request-step-change - After the visible step changed. `detail`: `{ step, index, previous }`.
 * @fires repair-request-submit - Before the request is sent; cancelable. `detail`: `{ request }`.
 * @fires repair-request-success - The endpoint stored the request. `detail`: `{ caseNumber, response }`.
 * @fires repair-request-error - A submission failed or cannot be made. `detail`: `{ reason, message, status? }`.
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
 *
 * @cssprop --repair-request-font-family - Font of the whole widget.
 * @cssprop --repair-request-font-size - Base font size. Default `1rem`.
 * @cssprop --repair-request-line-height - Base line height. Default `1.5`.
 * @cssprop --repair-request-color-text - Text colour. Default `#1d2430`.
 * @cssprop --repair-request-color-text-muted - Hints and secondary text. Default `#4f5b6b`.
 * @cssprop --repair-request-color-background - Background of the widget and inputs. Default `#ffffff`.
 * @cssprop --repair-request-color-surface - Panels. Default `#f4f6f9`.
 * @cssprop --repair-request-color-border - Input and divider borders. Default `#8692a3`.
 * @cssprop --repair-request-color-primary - Buttons, links, current step. Default `#0b5cad`.
 * @cssprop --repair-request-color-primary-hover - Buttons on hover. Default `#084a8c`.
 * @cssprop --repair-request-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssprop --repair-request-color-error - Error messages and borders. Default `#b3261e`.
 * @cssprop --repair-request-color-success - Confirmations. Default `#0f6b3a`.
 * @cssprop --repair-request-color-notice - Background of notices. Default `#fff6d6`.
 * @cssprop --repair-request-color-focus - Focus ring colour. Default `#ffbf47`.
 * @cssprop --repair-request-focus-ring - The whole focus ring (box-shadow). Default `0 0 0 3px` focus colour.
 * @cssprop --repair-request-radius - Corner radius. Default `6px`.
 * @cssprop --repair-request-space-xs - Smallest spacing. Default `0.25rem`.
 * @cssprop --repair-request-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --repair-request-space-m - Medium spacing. Default `1rem`.
 * @cssprop --repair-request-space-l - Large spacing. Default `1.5rem`.
 * @cssprop --repair-request-space-xl - Largest spacing. Default `2.5rem`.
 * @cssprop --repair-request-control-height - Minimum height of inputs and buttons. Default `2.75rem`.
 */
export class RepairRequestElement extends LitElement {
  static override styles = [formStyles, errorSummaryStyles, shellStyles];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** Vendor-specific data (brand, catalogue, zones, links…). Parts left out keep the defaults. */
  @property({ attribute: false }) config: Partial<RepairConfig> = {};

  /** The signed-in customer's products, offered as the first way to identify the device. */
  @property({ attribute: false }) ownedProducts: OwnedProduct[] = [];

  /** Optional hook that recognises a serial number and returns its catalogue model. */
  @property({ attribute: false }) serialLookup?: SerialLookup;

  /** The customer's saved return addresses. */
  @property({ attribute: false }) addresses: SavedAddress[] = [];

  /** Where the request is POSTed. Without it, Submit explains that the form is not connected. */
  @property() endpoint?: string;

  /** Where the contact form is POSTed; without it the contact form falls back to an e-mail link. */
  @property({ attribute: 'contact-endpoint' }) contactEndpoint?: string;

  /**
   * Verification for the contact form (anti-spam): returns a token from the host's challenge.
   * Alternatively, slot a challenge element into `verification`. Without either, the
   * contact form says it is unavailable instead of sending unverified mail.
   */
  @property({ attribute: false }) verificationToken?: () => Promise<string>;

  @state() private draft: RepairDraft = {};
  @state() private step: StepId = 'device';
  /** Steps on which Next was pressed: all their errors show, with the summary. */
  @state() private attempted = new Set<StepId>();
  /** Fields the customer has finished with: their errors show before Next. */
  @state() private touched = new Set<string>();
  /** The step change to announce in the live region (worded at render time). */
  @state() private announced?: StepId;
  @state() private locale = 'en';
  @state() private loading = false;
  /** The next step's code could not be downloaded (offline, deployment changed). */
  @state() private loadFailed = false;
  @state() private view: 'form' | 'contact' | 'confirmation' = 'form';
  @state() private submission: Submission = { status: 'idle' };
  /** The customer's own address book, once they add, edit or delete an address. */
  @state() private addressBook?: SavedAddress[];
  /** Set when a step was opened from the summary's Edit action. */
  @state() private returnToSummary = false;

  private flow!: Flow;
  /** Aborts the request in flight when the widget leaves the page. */
  private sending?: AbortController;
  private resolvedConfig: RepairConfig = defaultConfig;
  private stepLoad: Promise<unknown> = Promise.resolve();

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) void this.applyLocale();
  }

  /** Follows `lang` changes on the page, for a widget that takes its language from an ancestor. */
  private langObserver?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    void this.applyLocale();
    if (typeof MutationObserver !== 'undefined') {
      this.langObserver = new MutationObserver(() => {
        if (!this.hasAttribute('lang')) void this.applyLocale();
      });
      this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.sending?.abort();
  }

  /** Resolves when the element, the current step and its lazily loaded code have rendered. */
  protected override async getUpdateComplete() {
    let result = await super.getUpdateComplete();
    await this.stepLoad;
    result = (await super.getUpdateComplete()) && result;
    const step = this.currentStep;
    if (step) await step.updateComplete;
    return result;
  }

  private get currentStep() {
    return this.renderRoot?.querySelector<StepElement>(STEP_TAGS[this.step]) ?? null;
  }

  /** The element's language: its `lang`, else the nearest ancestor's, else the browser's, else English. */
  private async applyLocale() {
    const candidates = [
      this.getAttribute('lang'),
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      ...(typeof navigator === 'undefined' ? [] : navigator.languages),
    ];
    const locale = resolveLocale(candidates, supportedLocales);
    try {
      await loadLocale(locale, partsFor(this.step, this.view));
    } catch (error) {
      console.error(`<repair-request>: the "${locale}" messages could not be loaded; showing English.`, error);
      this.locale = 'en';
      return;
    }
    // A later change may have won while this locale was loading.
    if (resolveLocale([this.getAttribute('lang'), ...candidates.slice(1)], supportedLocales) === locale) this.locale = locale;
  }

  protected override update(changed: PropertyValues<this>) {
    inLocale(this.locale, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('config') || !this.flow) {
      this.resolvedConfig = { ...defaultConfig, ...this.config };
      this.flow = createFlow(this.resolvedConfig, { today: localToday() });
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    // Fetch the next step's code while the customer answers this one, so Next is instant.
    if (changed.has('step' as keyof RepairRequestElement)) {
      const next = nextStep(this.step);
      if (next) STEP_LOADERS[next]().catch(() => undefined);
    }
  }

  private get visibleErrors(): FieldErrors {
    const all = this.flow.stepErrors(this.draft, this.step);
    if (this.attempted.has(this.step)) return all;
    return Object.fromEntries(Object.entries(all).filter(([path]) => this.touched.has(path)));
  }

  private onChange(e: CustomEvent<ChangeDetail>) {
    e.stopPropagation();
    const { step, patch, touch } = e.detail;
    this.draft = { ...this.draft, [step]: { ...this.draft[step], ...patch } };
    if (touch) this.touched = new Set([...this.touched, ...Object.keys(patch).map((f) => `${step}.${f}`)]);
  }

  private async goTo(step: StepId) {
    const previous = this.step;
    if (step === previous) return;
    this.loading = true;
    this.loadFailed = false;
    this.stepLoad = Promise.all([
      STEP_LOADERS[step](),
      loadLocale(this.locale, partsFor(step)),
    ]).catch((error: unknown) => {
      console.error(`<repair-request>: the ${step} step could not be loaded.`, error);
      this.loadFailed = true;
    });
    await this.stepLoad;
    this.loading = false;
    if (this.loadFailed) return;
    this.step = step;
    const index = stepIndex(step) + 1;
    this.announced = step;
    await this.updateComplete;
    await this.currentStep?.focusHeading();
    this.dispatchEvent(new RepairRequestStepChangeEvent({ step, index, previous }));
  }

  private async onNext() {
    if (!this.flow.canLeave(this.draft, this.step)) {
      this.attempted = new Set([...this.attempted, this.step]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    if (this.returnToSummary) {
      this.returnToSummary = false;
      await this.goTo('submit');
      return;
    }
    const next = nextStep(this.step);
    if (next) await this.goTo(next);
  }

  private async onEdit(e: CustomEvent<{ step: StepId }>) {
    e.stopPropagation();
    this.returnToSummary = true;
    await this.goTo(e.detail.step);
  }

  private onAddressBook(e: CustomEvent<{ addresses: SavedAddress[] }>) {
    e.stopPropagation();
    this.addressBook = e.detail.addresses;
  }

  private async openView(view: 'contact' | 'form') {
    if (view === 'contact') {
      this.stepLoad = Promise.all([import('./contact/contact-form.js'), loadLocale(this.locale, partsFor(this.step, view))]);
      await this.stepLoad;
    }
    this.view = view;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(view === 'contact' ? 'repair-request-contact-form' : STEP_TAGS[this.step])
      ?.shadowRoot?.querySelector<HTMLElement>('h2')?.focus();
  }

  private fail(reason: SubmitFailureReason, message: string, status?: number) {
    this.submission = { status: 'failed', reason, httpStatus: status };
    this.dispatchEvent(new RepairRequestErrorEvent({ reason, message, status }));
  }

  /** Validates everything, then sends the request once, however often Submit is pressed. */
  private async onSubmit(e: Event) {
    e.stopPropagation();
    if (this.submission.status === 'sending') return;
    const parsed = this.flow.parse(this.draft);
    if (!parsed.ok) {
      const step = this.flow.firstInvalidStep(this.draft) ?? 'submit';
      this.attempted = new Set([...this.attempted, step]);
      if (step !== this.step) await this.goTo(step);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    if (!this.dispatchEvent(new RepairRequestSubmitEvent({ request: parsed.request }))) return;
    if (!this.endpoint) {
      const message = '<repair-request>: no `endpoint` attribute is set, so the request cannot be sent.';
      console.error(message);
      this.fail('configuration', message);
      return;
    }
    this.submission = { status: 'sending' };
    try {
      this.sending = new AbortController();
      const { caseNumber, response } = await submitRequest(this.endpoint, parsed.request, { signal: this.sending.signal });
      this.stepLoad = Promise.all([
        import('./confirmation/confirmation-view.js'),
        loadLocale(this.locale, partsFor(this.step, 'confirmation')).catch(() => undefined),
      ]);
      await this.stepLoad;
      this.submission = { status: 'sent', caseNumber, response };
      this.view = 'confirmation';
      await this.updateComplete;
      this.dispatchEvent(new RepairRequestSuccessEvent({ caseNumber, response }));
      this.renderRoot.querySelector('repair-request-confirmation')?.shadowRoot?.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      const err = error instanceof SubmitError ? error : new SubmitError('network', String(error));
      this.fail(err.reason, err.message, err.httpStatus);
    }
  }

  private async onBack() {
    const previous = previousStep(this.step);
    if (previous) await this.goTo(previous);
  }

  private get hostContext(): HostContext {
    return {
      ownedProducts: this.ownedProducts,
      serialLookup: this.serialLookup,
      addresses: this.addressBook ?? this.addresses,
      today: localToday(),
    };
  }

  /** The current step's element: every step takes the same properties (submission ones only matter to Submit). */
  private renderStep() {
    const tag = unsafeStatic(STEP_TAGS[this.step]);
    return staticHtml`<${tag} .draft=${this.draft} .errors=${this.visibleErrors} .config=${this.resolvedConfig}
      .sections=${this.flow.sections(this.draft)} .context=${this.hostContext} .locale=${this.locale}
      .submission=${this.submission} .hasEndpoint=${!!this.endpoint}></${tag}>`;
  }

  private renderSteps() {
    const current = stepIndex(this.step);
    return html`<nav aria-label=${msg('Progress')}>
      <ol class="steps" part="steps">
        ${STEPS.map((s, i) => html`<li class=${i < current ? 'done' : ''} aria-current=${i === current ? 'step' : 'false'}>
          <span class="number" aria-hidden="true">${i + 1}</span>
          <span class="label"><span class="visually-hidden">${msg(str`Step ${i + 1}:`)} </span>${stepLabel(s)}</span>
        </li>`)}
      </ol>
    </nav>`;
  }

  override render() {
    if (this.view === 'confirmation' && this.submission.status === 'sent') {
      return html`<div class="widget" part="base" lang=${this.locale} dir=${isRtl(this.locale) ? 'rtl' : 'ltr'}>
        <repair-request-confirmation .caseNumber=${this.submission.caseNumber} .draft=${this.draft}
          .config=${this.resolvedConfig} .context=${this.hostContext} .locale=${this.locale}></repair-request-confirmation>
      </div>`;
    }
    if (this.view === 'contact') {
      return html`<div class="widget" part="base" lang=${this.locale} dir=${isRtl(this.locale) ? 'rtl' : 'ltr'}>
        <repair-request-contact-form .draft=${this.draft} .config=${this.resolvedConfig} .context=${this.hostContext}
          .locale=${this.locale} .endpoint=${this.contactEndpoint} .verificationToken=${this.verificationToken}
          .hasVerificationSlot=${!!this.querySelector(':scope > [slot="verification"]')}
          @rr-close-contact=${() => this.openView('form')}>
          <slot name="verification" slot="verification"></slot>
        </repair-request-contact-form>
      </div>`;
    }
    return this.renderForm();
  }

  private renderForm() {
    const errors = this.attempted.has(this.step) ? this.flow.stepErrors(this.draft, this.step) : {};
    const summary = Object.entries(errors).map(([path, code]) => ({
      path,
      message: errorMessage(code, this.resolvedConfig, this.locale, path),
    }));
    const first = this.step === STEPS[0];
    return html`<div class="widget" part="base" lang=${this.locale} dir=${isRtl(this.locale) ? 'rtl' : 'ltr'}>
      <p class="title">${msg('Service request')}</p>
      <p class="intro">${msg('Please fill in the case information.')}</p>
      ${this.renderSteps()}
      ${errorSummary(summary, (path) => void this.currentStep?.focusField(path))}
      <div @rr-change=${this.onChange} @rr-edit=${this.onEdit} @rr-submit=${this.onSubmit}
        @rr-address-book=${this.onAddressBook} @rr-open-contact=${(e: Event) => { e.stopPropagation(); void this.openView('contact'); }}>
        ${this.renderStep()}
      </div>
      ${this.loading ? html`<p class="loading" role="status">${msg('Loading…')}</p>` : nothing}
      ${this.loadFailed
        ? html`<p class="load-error" role="alert">${msg('This part of the form could not be loaded. Check your connection, then press Next again.')}</p>`
        : nothing}
      <div class="actions" part="actions">
        ${first ? nothing : html`<button type="button" class="button secondary" part="back-button" @click=${this.onBack}>${msg('Previous')}</button>`}
        ${this.step === 'submit' ? nothing : html`<button type="button" class="button next" part="next-button" @click=${this.onNext}>
          ${this.returnToSummary ? msg('Save and return to summary') : msg('Next')}</button>`}
      </div>
      <p class="escape">
        <button type="button" class="link-button" part="contact-link" @click=${() => this.openView('contact')}>
          ${msg('Can’t complete the request online? Contact support')}</button>
      </p>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announced
        ? msg(str`Step ${stepIndex(this.announced) + 1} of ${STEPS.length}: ${stepLabel(this.announced)}`)
        : nothing}</div>
    </div>`;
  }
}

if (!customElements.get('repair-request')) customElements.define('repair-request', RepairRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request': RepairRequestElement;
  }
}
