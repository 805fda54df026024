import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cache } from 'lit/directives/cache.js';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { OwnedProduct, RepairConfig, SerialLookup } from './config/config-schema.js';
import { HostInputs } from './config/host-inputs.js';
import type { RepairConfigInput } from './config/validate-config.js';
import {
  RepairRequestErrorEvent, RepairRequestStepChangeEvent, RepairRequestSubmitEvent, RepairRequestSuccessEvent,
} from './events.js';
import { createFlow, localToday, nextStep, previousStep, stepIndex, type Flow } from './flow/flow.js';
import { devicePrefill } from './flow/prefill.js';
import { visibleErrors } from './flow/visible-errors.js';
import { errorMessage } from './i18n/error-messages.js';
import { stepLabel } from './i18n/labels.js';
import { inLocale, loadLocale, partsFor } from './i18n/localization.js';
import { msg, str } from './i18n/msg.js';
import { STEPS, type StepId } from './schema/options.js';
import type { SavedAddress } from './schema/address.js';
import type { RepairDraft, SchemaContext } from './schema/request.js';
import { DEFAULT_TIMEOUT_MS } from './submit/settings.js';
import { newIdempotencyKey } from './submit/idempotency.js';
import { DEFAULT_RETRY_POLICY } from './submit/settings.js';
import {
  activeServerErrors, type ServerErrors,
} from './submit/server-errors.js';
import type { RequestHeadersOption } from './submit/submitter.js';
import type { Submission } from './submit/types.js';
import { SubmissionController, type RefusedAnswers } from './shell/submission.js';
import { DraftAutosave } from './submit/draft-autosave.js';
import { draftStorageKey, toPersist, type DraftSnapshot, type Persist, type UnsavedAddress } from './submit/drafts.js';
import { shellStyles } from './repair-request.styles.js';
import { formStyles } from './styles/form.styles.js';
import { errorSummary } from './ui/error-summary.js';
import { errorSummaryStyles } from './ui/error-summary.styles.js';
import { FormAssociation } from './shell/form-association.js';
import { JsonChildController } from './shell/json-child.js';
import { LocaleController } from './shell/locale.js';
import { resumeBanner } from './ui/resume-banner.js';
import { resumeBannerStyles } from './ui/resume-banner.styles.js';
import type { HostContext, StepElement } from './ui/step-element.js';
import './steps/device-step.js';
import { STEP_REGISTRY, stepNeeds, type StepEntry, type StepNeed } from './steps/registry.js';
import type { InternalEvent } from './ui/internal-events.js';

/** How long a step's code may take to load before "Loading…" shows. */
const LOADING_DELAY_MS = 200;

/** What steps check with (`needs` in the step registry), each loaded with the first step that needs it. */
const RULES = {
  addressRules: () => import('./schema/address-rules.js').then((m) => m.addressRules),
  photoRules: () => import('./schema/photos.js').then((m) => m.photoRules),
} satisfies Record<StepNeed, () => Promise<unknown>>;

/** Runs `task` when the browser is idle (soon, where it cannot tell). */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 50);

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
export class RepairRequestElement extends LitElement {
  static override styles = [formStyles, errorSummaryStyles, resumeBannerStyles, shellStyles];

  /** A field of the page's `<form>` when it sits in one (see `name`). */
  static formAssociated = true;

  /** How the widget takes part in a page's `<form>`. */
  private readonly field = new FormAssociation(this);
  /** The widget's language and its messages. */
  private readonly language = new LocaleController(this, () => partsFor(this.step, this.view));
  /** The configuration from a `<script type="application/json">` child. */
  private readonly jsonChild = new JsonChildController(this);

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Vendor-specific data (brand, catalogue, zones, links…). Parts left out keep
   * the defaults; `brand`, `support`, `links`, `fee`, `files` and `description`
   * are merged key by key, arrays replace the default. Without it, a
   * `<script type="application/json">` child is read instead. A configuration
   * that is not valid shows "This form is not configured correctly" instead of
   * the form, logs every bad path and fires `repair-request-error`
   * (`reason: 'configuration'`).
   */
  @property({ attribute: false }) config?: RepairConfigInput;

  /** Zone id to preselect on the Device step when the customer has not chosen one. */
  @property() zone?: string;

  /** Country (ISO 3166-1 alpha-2, e.g. `FR`) to preselect on the Device step when none is chosen. */
  @property() country?: string;

  /** Catalogue model id to preselect on the Device step ("Choose the product model") when none is chosen. */
  @property() product?: string;

  /** Serial number to prefill on the Device step ("Enter the serial number"); the model is recognised from it. */
  @property() serial?: string;

  /** Colour scheme: `light` or `dark`; without it, the reader's `prefers-color-scheme`. Reflected. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The signed-in customer's e-mail: the request's contact e-mail (the Address step then does not ask for it), and the prefill of the contact form's e-mail and the crash section's flight account. */
  @property({ attribute: 'customer-email' }) customerEmail?: string;

  /**
   * The signed-in customer's products, offered as the first way to identify the
   * device: each `{ model, serial, nickname? }`, with `model` a catalogue model
   * id. Entries that are malformed or name no catalogue model are left out, with
   * a console error.
   */
  @property({ attribute: false }) ownedProducts: OwnedProduct[] = [];

  /**
   * Optional hook that recognises a serial number the catalogue's prefixes do
   * not: `(serial, signal) => Promise<string | { model } | null | undefined>`,
   * resolving to a catalogue model id, or nothing when it does not know the
   * serial. Called after a pause in typing; `signal` aborts when the customer
   * types on. A model that is not in the catalogue counts as not recognised.
   */
  @property({ attribute: false }) serialLookup?: SerialLookup;

  /**
   * The customer's saved return addresses: each `{ id, recipient, line1,
   * line2?, postalCode, city, region?, country, phone }`, `country` an ISO
   * 3166-1 alpha-2 code. Addresses that are not valid for their country are
   * left out, with a console error.
   */
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

  /**
   * Extra headers for the request to `endpoint` (a CSRF or bearer token…): an
   * object (any `HeadersInit`), or a function, possibly async, that returns one
   * and is called before each attempt so a token can be refreshed. The widget's own headers (`Content-Type`, `Accept`,
   * `Idempotency-Key`) win over these.
   */
  @property({ attribute: false }) requestHeaders?: RequestHeadersOption;

  /**
   * Whether cookies go with the request, as in `fetch`: `omit`, `same-origin` (default) or `include`.
   * @type {'omit' | 'same-origin' | 'include'}
   */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * Milliseconds an attempt may go without an answer before it counts as a
   * `timeout` (while a file uploads: without progress).
   * @type {number}
   * @default 30000
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Attempts in all, the first included, before a failure is shown. Network
   * failures, timeouts, `408`, `429` and `5xx` are retried with exponential
   * backoff; other answers are not.
   * @type {number}
   * @default 4
   */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = DEFAULT_RETRY_POLICY.maxAttempts;

  /**
   * The backoff before the first retry, in milliseconds; it doubles for each
   * further retry (up to 30 s), and each wait is a random part of it (jitter).
   * A `Retry-After` answer wins.
   * @type {number}
   * @default 1000
   */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = DEFAULT_RETRY_POLICY.baseDelayMs;

  /**
   * Where the draft is kept as the customer types, so that going back, a failed
   * submission, a reload or a crash loses nothing: `session` (default:
   * `sessionStorage`, for the life of the tab; an attached file must be attached
   * again), `local` (IndexedDB: across browser restarts for 30 days, the attached
   * file included) or `none`. Storage that is full or blocked means no draft, with
   * a console warning. Read when the widget connects.
   * @type {'session' | 'local' | 'none'}
   */
  @property() persist: Persist = 'session';

  /**
   * The name the draft is saved under; default: the page's path. Give each
   * widget on a page its own. Read when the widget connects.
   */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /**
   * In a page's `<form>`, the name of the widget's entries in the form data:
   * the request as JSON under `name` once it is complete and valid (the same
   * JSON as POSTed to `endpoint`), and each attached file as an entry named
   * after its field (`{name}.proofOfPurchase`, `{name}.photos` once per photo).
   * Until then the widget is an invalid field: the
   * form does not submit, and trying to shows the widget's error summary.
   * Without an `endpoint`, Submit submits the form.
   */
  @property({ reflect: true }) name?: string;

  /** The `<form>` the widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.field.form;
  }

  /** Whether the request is complete and valid, as a form field (`valid` unless it is in a form). */
  get validity(): ValidityState | undefined {
    return this.field.internals?.validity;
  }

  /** Why the widget is not a valid form field, in the widget's language; empty when it is. */
  get validationMessage(): string {
    return this.field.internals?.validationMessage ?? '';
  }

  /** As for any form field: whether the request is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    return this.field.internals?.checkValidity() ?? true;
  }

  /** As `checkValidity()`, and when not valid shows the current step's errors with the error summary. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.validate();
    return valid;
  }

  /**
   * The page's form was reset: a new request.
   * @internal Called by the browser.
   */
  formResetCallback() {
    void this.reset();
  }

  /**
   * A disabled `<fieldset>` around the widget, or its form, disables it.
   * @internal Called by the browser.
   */
  formDisabledCallback(disabled: boolean) {
    this.field.setDisabled(disabled);
  }

  @state() private draft: RepairDraft = {};
  @state() private step: StepId = 'device';
  /** Steps on which Next was pressed: all their errors show, with the summary. */
  @state() private attempted = new Set<StepId>();
  /** Fields whose errors an in-step check showed before Next (a Confirm button; see `ChangeDetail.reveal`). */
  @state() private revealed = new Set<string>();
  /** The step change to announce in the live region (worded at render time). */
  @state() private announced?: StepId;
  private get locale() {
    return this.language.locale;
  }
  @state() private loading = false;
  /** The next step's code could not be downloaded (offline, deployment changed). */
  @state() private loadFailed = false;
  @state() private view: 'form' | 'contact' | 'confirmation' = 'form';
  /** Field errors from the endpoint's last `422`, shown until the customer changes those fields. */
  @state() private serverErrors: ServerErrors = {};
  /**
   * The draft's `Idempotency-Key`: made when the draft starts, sent with every
   * attempt and resubmission of it, replaced once the request is stored.
   */
  idempotencyKey: string | undefined = newIdempotencyKey();
  /** The customer's own address book, once they add, edit or delete an address. */
  @state() private addressBook?: SavedAddress[];
  /** The address being typed on the Address step, not saved to the book yet (kept with the draft). */
  @state() private addressForm?: UnsavedAddress;
  /** Bumped by reset(): the views kept by `cache` and the built steps are made anew, forgetting their own state. */
  @state() private generation = 0;
  /** Set when a step was opened from the summary's Edit action. */
  @state() private returnToSummary = false;
  /**
   * Steps whose elements stay in the form, hidden while another is shown: the
   * ones visited (what was half-typed there stays) and the next one, built in
   * idle time so that Next only has to show it.
   */
  @state() private builtSteps: ReadonlySet<StepId> = new Set();
  /** Each step's last template: a hidden step gets the same one again, so it does not update while hidden. */
  private stepTemplates = new Map<StepId, unknown>();

  /** The host's configuration, owned products and saved addresses, as checked. */
  private inputs = new HostInputs({
    onConfig: (config, problems) => {
      this.configProblems = problems;
      if (problems.length) return;
      if (config !== this.resolvedConfig) {
        this.resolvedConfig = config;
        this.flow = this.createFlow();
      }
      this.prefillDevice(true);
    },
    requestUpdate: () => this.requestUpdate(),
  });
  private resolvedConfig: RepairConfig = this.inputs.config;
  /** The Address step's country rules, loaded with that step; until then no return address is valid. */
  /** What steps check with, once loaded with them: the address rules, the photo rules. */
  private rules: Pick<SchemaContext, StepNeed> = { addressRules: null, photoRules: null };
  private rulesLoads: Partial<Record<StepNeed, Promise<void>>> = {};
  private flow: Flow = this.createFlow();
  /** Sends the request: its status, abort signal, lazily loaded transport and error events. */
  private submitter = new SubmissionController(this);
  /** Every problem of the configuration, as `path: problem`; the form is not shown while there are any. */
  @state() private configProblems: readonly string[] = [];
  private stepLoad: Promise<unknown> = Promise.resolve();
  /** Saves the draft as the customer types, offers it back after a reload, forgets it once sent. */
  private drafts = new DraftAutosave(this, {
    read: () => ({
      step: this.step, draft: this.draft, attempted: this.attempted,
      idempotencyKey: this.idempotencyKey, addressBook: this.addressBook, addressForm: this.addressForm,
    }),
    persist: () => toPersist(this.persist),
    key: () => draftStorageKey(this.draftKey, location.pathname),
    onSent: (saved) => void this.restoreSent(saved),
  });

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
    await this.drafts.ready;
    await this.inputs.settled();
    let result = await super.getUpdateComplete();
    await this.stepLoad;
    result = (await super.getUpdateComplete()) && result;
    const step = this.currentStep;
    if (step) await step.updateComplete;
    return result;
  }

  private get currentStep() {
    return this.renderRoot?.querySelector<StepElement>(STEP_REGISTRY[this.step].tag) ?? null;
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
    if (!this.configProblems.length && !this.inputs.configPending && prefills.some((key) => changed.has(key))) this.prefillDevice(true);
  }

  /** The flow for the configuration in use, with the address rules once loaded. */
  private createFlow() {
    return createFlow(this.resolvedConfig, { today: localToday(), ...this.rules });
  }

  /** Loads what steps check with (once each; by default all of it); the flow then checks with it. */
  private loadRules(needs: readonly StepNeed[] = ['addressRules', 'photoRules']) {
    return Promise.all(needs.map((need) => (this.rulesLoads[need] ??= RULES[need]().then((rules) => {
      this.rules = { ...this.rules, [need]: rules };
      this.flow = this.createFlow();
      this.requestUpdate();
    }, (error: unknown) => {
      delete this.rulesLoads[need];
      console.error(`<repair-request>: the ${need} could not be loaded, so the answers they check cannot be checked yet.`, error);
      throw error;
    }))));
  }

  /** The host's Device hints as answers where none is given; unknown ones are reported (when `report`) and ignored. */
  private prefillDevice(report: boolean) {
    const { patch, problems } = devicePrefill(this.resolvedConfig, this.draft, this);
    if (report) for (const problem of problems) console.error(`<repair-request>: ${problem}; it is ignored.`);
    if (Object.keys(patch).length) this.draft = { ...this.draft, device: { ...this.draft.device, ...patch } };
  }

  /** The form value and validity, when the widget is in a form (see `name`). */
  private updateFormValue() {
    const parsed = this.configProblems.length ? undefined : this.flow.parse(this.draft);
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part~="next-button"], .widget') ?? undefined;
    this.field.set(this.name, parsed?.ok ? parsed.request : undefined, () => inLocale(this.locale, () => msg('Complete the repair request.')), anchor);
  }

  /** The page's form cannot be sent yet: the widget shows why, GOV.UK style, instead of the browser's bubble. */
  private onInvalid = (e: Event) => {
    e.preventDefault();
    if (this.view === 'form') void this.validate();
  };

  protected override updated(changed: PropertyValues<this>) {
    // A step panel laid out once (two frames after it appears) keeps its layout while hidden.
    // Panels appear only with a new step, a step built ahead or a reset: not on every keystroke.
    if (['step', 'builtSteps', 'generation'].some((key) => changed.has(key as keyof RepairRequestElement))) {
      for (const panel of this.renderRoot.querySelectorAll<HTMLElement>('.step-panel:not([data-laid-out])')) {
        requestAnimationFrame(() => requestAnimationFrame(() => panel.setAttribute('data-laid-out', '')));
      }
    }
    // In a form: its value follows the answers (parses are kept per draft, so this is cheap).
    if (this.field.form) this.updateFormValue();
    if (changed.has('configProblems' as keyof RepairRequestElement) && this.configProblems.length) {
      const message = `<repair-request>: the configuration is not valid, so the form is not shown:\n${this.configProblems.join('\n')}`;
      console.error(message);
      this.dispatchEvent(new RepairRequestErrorEvent({ reason: 'configuration', message, willRetry: false }));
    }
    if (this.step === 'submit' || this.builtSteps.has('submit')) this.submitter.preload();
    // Fetch the next step's code while the customer answers this one, so Next is instant;
    // once the browser is idle, so the step just opened paints first.
    if (changed.has('step' as keyof RepairRequestElement) || changed.has('generation' as keyof RepairRequestElement)) {
      const next = nextStep(this.step);
      const generation = this.generation;
      if (next) whenIdle(() => { if (generation === this.generation) void this.buildAhead(next); });
    }
  }

  /** A step's code, its words in the current language and what it checks with (once shown: the host's inputs checked). */
  private loadStep(step: StepId, shown = false) {
    return Promise.all([
      STEP_REGISTRY[step].load(), loadLocale(this.locale, partsFor(step)),
      this.loadRules((STEP_REGISTRY[step] as StepEntry).needs ?? []), stepNeeds(step, 'addressRules') && shown && this.inputs.settled(),
    ]);
  }

  /**
   * Fetches a step's code (and what it checks with) and builds its element,
   * hidden, with the current answers, while the customer is on the step before.
   */
  private async buildAhead(step: StepId) {
    const generation = this.generation;
    try {
      await this.loadStep(step);
      // The language changed meanwhile: the step is built in the new one, so its words must be there.
      for (let locale; locale !== this.locale;) await loadLocale((locale = this.locale), partsFor(step));
    } catch {
      return; // Next loads it again, and says so if it still cannot.
    }
    if (generation === this.generation && !this.builtSteps.has(step)) this.builtSteps = new Set([...this.builtSteps, step]);
  }

  private onChange(e: InternalEvent<'rr-change'>) {
    e.stopPropagation();
    const { step, patch, reveal } = e.detail;
    this.draft = { ...this.draft, [step]: { ...this.draft[step], ...patch } };
    if (reveal) this.revealed = new Set([...this.revealed, ...Object.keys(patch).map((f) => `${step}.${f}`)]);
  }

  private async goTo(step: StepId) {
    const previous = this.step;
    if (step === previous) return;
    const generation = this.generation;
    // "Loading…" only when the step's code is slow to come (usually it was fetched ahead): no flash.
    const slow = setTimeout(() => { this.loading = true; }, LOADING_DELAY_MS);
    this.loadFailed = false;
    this.stepLoad = this.loadStep(step, true).catch((error: unknown) => {
      console.error(`<repair-request>: the ${step} step could not be loaded.`, error);
      this.loadFailed = true;
    });
    await this.stepLoad;
    clearTimeout(slow);
    this.loading = false;
    // reset() while the step was loading: the new, empty form stays on its first step.
    if (this.loadFailed || generation !== this.generation) return;
    if (step === 'malfunction' && this.customerEmail && !('flightAccount' in (this.draft.malfunction ?? {}))) {
      // The signed-in customer's e-mail is the likely flight account; the customer may change it.
      this.draft = { ...this.draft, malfunction: { ...this.draft.malfunction, flightAccount: this.customerEmail } };
    }
    if (step === 'address' && this.customerEmail && !this.draft.address?.email) {
      // The signed-in customer's e-mail is the contact e-mail of the case; the Address step asks only without one.
      this.draft = { ...this.draft, address: { ...this.draft.address, email: this.customerEmail } };
    }
    this.step = step;
    this.builtSteps = new Set([...this.builtSteps, previous, step]);
    const index = stepIndex(step) + 1;
    this.announced = step;
    await this.updateComplete;
    await this.currentStep?.focusHeading();
    this.dispatchEvent(new RepairRequestStepChangeEvent({ step, index, previous }));
  }

  private async onNext() {
    if (!this.flow.canLeave(this.draft, this.step)) return this.showErrors(this.step);
    if (this.returnToSummary) {
      // Back to the summary, unless the edit left another step to answer again (a new zone, say).
      const invalid = this.flow.firstInvalidStep(this.draft);
      const target = invalid && invalid !== 'submit' ? invalid : 'submit';
      this.returnToSummary = target !== 'submit';
      if (target !== 'submit') this.attempted = new Set([...this.attempted, target]);
      await this.goTo(target);
      return;
    }
    const next = nextStep(this.step);
    if (next) await this.goTo(next);
  }

  private async onEdit(e: InternalEvent<'rr-edit'>) {
    e.stopPropagation();
    this.returnToSummary = true;
    await this.goTo(e.detail.step);
  }

  private onAddressBook(e: InternalEvent<'rr-address-book'>) {
    e.stopPropagation();
    this.addressBook = e.detail.addresses;
  }

  private onAddressForm(e: InternalEvent<'rr-address-form'>) {
    e.stopPropagation();
    this.addressForm = e.detail.form;
  }

  private async openView(view: 'contact' | 'form') {
    if (view === 'contact') {
      this.loadFailed = false;
      this.stepLoad = Promise.all([import('./contact/contact-form.js'), loadLocale(this.locale, partsFor(this.step, view))])
        .catch((error: unknown) => {
          console.error('<repair-request>: the contact form could not be loaded.', error);
          this.loadFailed = true;
        });
      await this.stepLoad;
      if (this.loadFailed) return;
    }
    this.view = view;
    await this.updateComplete;
    await (view === 'contact' ? this.renderRoot.querySelector<StepElement>('repair-request-contact-form') : this.currentStep)?.focusHeading();
  }

  /**
   * Validates everything, then sends the request, retrying while that may
   * help; one submission at a time, however often Submit is pressed.
   */
  private async onSubmit(e: Event) {
    e.stopPropagation();
    if (this.submitter.busy) return;
    // Submit shows once the address and photo rules are loaded; should they not be, nothing may slip in meanwhile.
    if (!this.rules.addressRules || !this.rules.photoRules) await this.submitter.hold(this.loadRules());
    const parsed = this.flow.parse(this.draft);
    if (!parsed.ok) {
      return this.showErrors(this.flow.firstInvalidStep(this.draft) ?? 'submit');
    }
    const idempotencyKey = (this.idempotencyKey ??= newIdempotencyKey());
    // A copy for the page: what a listener changes in it is not what the widget sends, now or on a retry.
    if (!this.dispatchEvent(new RepairRequestSubmitEvent({ request: structuredClone(parsed.request), idempotencyKey }))) return;
    const form = this.field.form;
    // In a page's form and without an endpoint of its own: the page's form sends it (see `name`).
    if (!this.endpoint && form) {
      this.updateFormValue();
      form.requestSubmit();
      return;
    }
    await this.submitter.send(parsed.request, idempotencyKey, {
      started: () => { this.serverErrors = {}; },
      language: () => this.locale,
      sent: (caseNumber, response) => this.onSent(caseNumber, response),
      draft: () => this.draft,
      rejected: (refused) => this.showServerErrors(refused),
    });
  }

  /** Stored: whatever fails to load from here on, the customer sees the case number, and a reload shows it again. */
  private async onSent(caseNumber: string, response: unknown) {
    await this.drafts.saveSent(caseNumber);
    await this.showConfirmation({ status: 'sent', caseNumber, response });
    // The confirmation is on screen: a new draft gets a new key.
    this.idempotencyKey = undefined;
    this.dispatchEvent(new RepairRequestSuccessEvent({ caseNumber, response }));
    const confirmation = this.renderRoot.querySelector('repair-request-confirmation, repair-request-confirmation-fallback');
    (confirmation?.shadowRoot ?? this.renderRoot).querySelector<HTMLElement>('h2')?.focus();
  }

  /** The confirmation's code and words: loaded ahead on the Submit step; never fails (a plain version shows instead). */
  private loadConfirmation() {
    return Promise.all([
      import('./confirmation/confirmation-view.js'),
      loadLocale(this.locale, partsFor(this.step, 'confirmation')),
    ]).catch((error: unknown) => {
      console.error('<repair-request>: the confirmation could not be loaded.', error);
      return import('./confirmation/confirmation-fallback.js').catch(() => undefined);
    });
  }

  /** Shows the confirmation of a stored request. */
  private async showConfirmation(submission: Extract<Submission, { status: 'sent' }>) {
    this.stepLoad = this.loadConfirmation();
    await this.stepLoad;
    this.submitter.status = submission;
    this.view = 'confirmation';
    await this.updateComplete;
  }

  /** After a reload: the saved request was sent, so its confirmation shows again (not the form). */
  private async restoreSent(saved: DraftSnapshot & { sent: { caseNumber: string } }) {
    this.draft = saved.draft;
    this.addressBook = saved.addressBook;
    this.idempotencyKey = undefined;
    await this.showConfirmation({ status: 'sent', caseNumber: saved.sent.caseNumber, response: undefined });
  }

  /** Cancel while sending, retrying or waiting for the network: the answers stay, nothing more is sent. */
  private onCancel(e: Event) {
    e.stopPropagation();
    this.submitter.cancel();
  }

  /**
   * The endpoint's field errors (`422`), on their fields: opens the first step
   * with one (Next then returns to the summary) and focuses the error summary.
   */
  private async showServerErrors({ errors, step }: RefusedAnswers) {
    this.serverErrors = errors;
    if (!step) return;
    if (step !== this.step) {
      this.returnToSummary = true;
      await this.goTo(step);
    }
    await this.updateComplete;
    this.focusErrorSummary();
  }

  /** Opens a step with all its errors shown, as Next does, and focuses the error summary. */
  private async showErrors(step: StepId) {
    this.attempted = new Set([...this.attempted, step]);
    await this.goTo(step);
    await this.updateComplete;
    this.focusErrorSummary();
  }

  private focusErrorSummary() {
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async onBack() {
    this.returnToSummary = false;
    const previous = previousStep(this.step);
    if (previous) await this.goTo(previous);
  }

  /** Resume: the saved answers, step, shown errors, address book and idempotency key come back. */
  private async onResume() {
    const saved = this.drafts.take();
    if (!saved) return;
    this.draft = saved.draft;
    this.attempted = new Set(saved.attempted);
    this.addressBook = saved.addressBook;
    this.addressForm = saved.addressForm;
    this.idempotencyKey = saved.idempotencyKey ?? newIdempotencyKey();
    if (saved.step !== this.step) {
      await this.goTo(saved.step);
      return;
    }
    await this.updateComplete;
    await this.currentStep?.focusHeading();
  }

  /** Start over: the saved draft is forgotten and the first step shows, empty. */
  private async onStartOver() {
    await this.reset();
    await this.currentStep?.focusHeading();
  }

  /**
   * Empties the form: forgets every answer and the saved draft, clears errors
   * and returns to the first step, e.g. for a new request after a successful
   * one, or after the host sent the request itself. A submission in progress is
   * cancelled. Focus moves to the first step's heading if it was in the widget.
   */
  async reset(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    const previous = this.step;
    this.drafts.discard();
    this.submitter.reset();
    this.draft = {};
    if (!this.configProblems.length) this.prefillDevice(false);
    this.attempted = new Set();
    this.revealed = new Set();
    this.addressBook = undefined;
    this.addressForm = undefined;
    this.serverErrors = {};
    this.idempotencyKey = newIdempotencyKey();
    this.returnToSummary = false;
    this.loadFailed = false;
    this.announced = undefined;
    this.view = 'form';
    this.step = STEPS[0];
    this.builtSteps = new Set();
    this.stepTemplates.clear();
    this.generation++;
    await this.updateComplete;
    if (hadFocus) await this.currentStep?.focusHeading();
    if (previous !== this.step) this.dispatchEvent(new RepairRequestStepChangeEvent({ step: this.step, index: 1, previous }));
  }

  /**
   * Checks the whole request: shows the current step's errors and the error
   * summary, as Next does, and returns whether the request could be sent, with
   * the error code of every invalid field by path (`device.zone: 'required'`).
   */
  async validate(): Promise<{ valid: boolean; errors: Record<string, string> }> {
    if (this.configProblems.length) return { valid: false, errors: {} };
    await this.loadRules().catch(() => undefined);
    const result = this.flow.parse(this.draft);
    if (result.ok) return { valid: true, errors: {} };
    if (this.view === 'form' && !this.flow.canLeave(this.draft, this.step)) await this.showErrors(this.step);
    return { valid: false, errors: { ...result.errors } };
  }

  /**
   * Opens a step (`device`, `malfunction`, `parts`, `address` or `submit`) if
   * every step before it is answered, and resolves to `true`. Otherwise opens
   * the first step that is not, shows its errors and resolves to `false`.
   */
  async goToStep(step: StepId): Promise<boolean> {
    if (this.configProblems.length || !STEPS.includes(step)) return false;
    await this.loadRules().catch(() => undefined);
    this.view = 'form';
    if (this.flow.reachable(this.draft, step)) {
      await this.goTo(step);
      return this.step === step;
    }
    await this.showErrors(this.flow.firstInvalidStep(this.draft) ?? STEPS[0]);
    return false;
  }

  /**
   * The request as it would be sent now: the answers given, without those of
   * questions that no longer apply. A copy: changing it changes nothing.
   */
  get value(): RepairDraft {
    return structuredClone(this.flow.prune(this.draft));
  }

  private get hostContext(): HostContext {
    return {
      ownedProducts: this.inputs.ownedProducts,
      serialLookup: this.serialLookup,
      addresses: this.addressBook ?? this.inputs.addresses,
      customerEmail: this.customerEmail,
      addressForm: this.addressForm,
      today: localToday(),
    };
  }

  /** A step's element: every step takes the same properties (submission ones only matter to Submit). */
  private stepTemplate(step: StepId) {
    const tag = unsafeStatic(STEP_REGISTRY[step].tag);
    return staticHtml`<${tag} .draft=${this.draft} .errors=${visibleErrors(this.flow, this.draft, step, { attempted: this.attempted, revealed: this.revealed, serverErrors: this.serverErrors })} .config=${this.resolvedConfig}
      .sections=${this.flow.sections(this.draft)} .context=${this.hostContext} .locale=${this.locale}
      .submission=${this.submitter.status} .hasEndpoint=${!!this.endpoint || !!this.form} @rr-cancel=${this.onCancel}
      exportparts="actions, back-button"></${tag}>`;
  }

  /** The current step, and the built ones hidden (see `builtSteps`). */
  private renderStepPanels() {
    // One place per step, always in the same order, so each keeps its element.
    return STEPS.map((s) => {
      const current = s === this.step;
      if (!current && !this.builtSteps.has(s)) return nothing;
      let template = this.stepTemplates.get(s);
      if (current || !template) this.stepTemplates.set(s, (template = this.stepTemplate(s)));
      return html`<div class="step-panel" ?hidden=${!current} ?inert=${!current}>${template}</div>`;
    });
  }

  private renderSteps() {
    const current = stepIndex(this.step);
    return html`<nav aria-label=${msg('Progress')}>
      <ol class="steps" part="steps">
        ${STEPS.map((s, i) => html`<li class=${i < current ? 'done' : ''} aria-current=${i === current ? 'step' : 'false'}>
          <span class="number" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
          <span class="label"><span class="visually-hidden">${msg(str`Step ${i + 1}:`)} </span>${stepLabel(s)}${i < current
            ? html`<span class="visually-hidden">, ${msg('completed')}</span>` : nothing}</span>
        </li>`)}
      </ol>
    </nav>`;
  }

  /** The polite live region exists in every view, so step changes are always announced. */
  override render() {
    // `cache` keeps each view's elements while another is shown (and the form keeps its built steps), so what the
    // customer half-typed there (a new address, the contact form) is still there on return.
    return html`${keyed(this.generation, html`<div class="widget" part="base" ?inert=${this.field.disabled} lang=${this.locale}
        dir=${this.language.dir}>${cache(this.renderView())}</div>`)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announced
        ? msg(str`Step ${stepIndex(this.announced) + 1} of ${STEPS.length}: ${stepLabel(this.announced)}`)
        : nothing}</div>`;
  }

  /** Instead of the form, when the configuration is not valid (the details are in the console). */
  private renderConfigError() {
    return html`
      <div class="config-error" role="alert">
        <p class="title">${msg('Service request')}</p>
        <p class="load-error">${this.inputs.checkUnavailable
          ? msg('This form could not be loaded. Check your connection, then reload the page.')
          : msg('This form is not configured correctly. Please contact the site owner.')}</p>
      </div>
    `;
  }

  private renderView() {
    if (this.configProblems.length) return this.renderConfigError();
    if (this.inputs.checking || this.drafts.checking || this.drafts.offer) return this.renderResume(this.drafts.offer);
    const submission = this.submitter.status;
    if (this.view === 'confirmation' && submission.status === 'sent') {
      const { caseNumber } = submission;
      return html`
        ${customElements.get('repair-request-confirmation')
          ? html`<repair-request-confirmation exportparts="confirmation-panel" .caseNumber=${caseNumber} .draft=${this.draft}
            .accessToken=${(submission.response as { accessToken?: unknown } | undefined)?.accessToken}
            .config=${this.resolvedConfig} .context=${this.hostContext} .locale=${this.locale}></repair-request-confirmation>`
          // Its content shows until the element is defined (neither confirmation could be downloaded): the case number.
          : html`<repair-request-confirmation-fallback exportparts="confirmation-panel" .caseNumber=${caseNumber}
            .config=${this.resolvedConfig} .locale=${this.locale}><h2 tabindex="-1">${msg('Request sent!')}</h2>
            <p>${msg('Case number:')} <strong>${caseNumber}</strong></p></repair-request-confirmation-fallback>`}
        <p class="new-request"><button type="button" class="button secondary" part="new-request-button"
          @click=${() => void this.onStartOver()}>${msg('Start a new request')}</button></p>
      `;
    }
    if (this.view === 'contact') {
      return html`
        <repair-request-contact-form .draft=${this.draft} .config=${this.resolvedConfig} .context=${this.hostContext}
          .locale=${this.locale} .endpoint=${this.contactEndpoint} .verificationToken=${this.verificationToken}
          .hasVerificationSlot=${!!this.querySelector(':scope > [slot="verification"]')}
          @rr-close-contact=${() => this.openView('form')}>
          <slot name="verification" slot="verification"></slot>
        </repair-request-contact-form>
      `;
    }
    return this.renderForm();
  }

  /** While a saved draft is looked up, then if one was found: resume it or start over, before the form shows. */
  private renderResume(saved: DraftSnapshot | undefined) {
    return html`
      <p class="title">${msg('Service request')}</p>
      ${saved
        ? resumeBanner(saved, this.locale, { onResume: () => void this.onResume(), onStartOver: () => void this.onStartOver() })
        : nothing}
    `;
  }

  private renderForm() {
    const errors = {
      ...activeServerErrors(this.serverErrors, this.draft, this.step),
      ...(this.attempted.has(this.step) ? this.flow.stepErrors(this.draft, this.step) : {}),
    };
    const summary = Object.entries(errors).map(([path, code]) => ({
      path,
      message: errorMessage(code, this.resolvedConfig, this.locale, path),
    }));
    const first = this.step === STEPS[0];
    return html`
      <p class="title">${msg('Service request')}</p>
      <p class="intro">${msg('Please fill in the case information.')}</p>
      ${this.renderSteps()}
      ${errorSummary(summary, (path) => void this.currentStep?.focusField(path))}
      <div @rr-change=${this.onChange} @rr-edit=${this.onEdit} @rr-submit=${this.onSubmit} @rr-back=${this.onBack}
        @rr-address-book=${this.onAddressBook} @rr-address-form=${this.onAddressForm} @rr-open-contact=${(e: Event) => { e.stopPropagation(); void this.openView('contact'); }}>
        ${this.renderStepPanels()}
      </div>
      ${this.loading ? html`<p class="loading" role="status">${msg('Loading…')}</p>` : nothing}
      ${this.loadFailed
        ? html`<p class="load-error" role="alert">${msg('This part of the form could not be loaded. Check your connection and try again. If it still does not load, reload the page.')}</p>`
        : nothing}
      <!-- The Submit step draws its own bar, with Submit where Next is. -->
      <div class="actions" part="actions" ?hidden=${this.step === 'submit'}>
        ${first ? nothing : html`<button type="button" class="button secondary" part="back-button" @click=${this.onBack}>${msg('Previous')}</button>`}
        ${this.step === 'submit' ? nothing : html`<button type="button" class="button next" part="next-button" @click=${this.onNext}>
          ${this.returnToSummary ? msg('Save and return to summary') : msg('Next')}</button>`}
      </div>
      <p class="escape">
        <button type="button" class="link-button" part="contact-link" @click=${() => this.openView('contact')}>
          ${msg('Can’t complete the request online? Contact support')}</button>
      </p>
    `;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('repair-request')) customElements.define('repair-request', RepairRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-request': RepairRequestElement;
  }
}
