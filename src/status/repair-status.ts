import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '../i18n/msg.js';
import { inLocale, isLoaded, isRtl, loadLocale, supportedLocales, type LocalePart } from '../i18n/localization.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { formStyles } from '../styles/form.styles.js';
import { focusErrorSummary } from '../ui/error-summary.js';
import { errorSummaryStyles } from '../ui/error-summary.styles.js';
import { answerQuote, failureOf, fetchCase, type CaseView, type Credential } from './status-client.js';
import { keepLookup, takeLookup } from './kept-lookup.js';
import { checkLookup, lookupForm, normalisedLookup, type LookupFieldErrors } from './lookup-form.js';
import { pageFeeOf } from './page-fee.js';
import { readStatusLink } from './status-link.js';
import { announcementText, failureMessage, type Announcement, type LookupError } from './status-texts.js';
import type * as CaseViews from './status-views.js';

type Phase = 'lookup' | 'loading' | 'case';

/** The message parts the element renders with. */
const PARTS: readonly LocalePart[] = ['core', 'status'];

/**
 * The case view's code (its templates and the words of its statuses), loaded with the first case opened, beside the
 * case's own request, so that the look-up form is painted without it. If it cannot be downloaded, it fails with a
 * `CodeUnavailable` (Chromium keeps a failed `import()` failed until the page is reloaded).
 */
let caseViews: typeof CaseViews | undefined;
class CodeUnavailable extends Error {}
const loadCaseViews = async () => (caseViews ??= await import('./status-views.js').catch((cause: unknown) => {
  throw new CodeUnavailable('', { cause });
}));

/**
 * `<repair-status>`: the customer follows a repair case filed with
 * `<repair-request>`: looked up by case number and e-mail, or opened from the
 * link of the confirmation and the e-mails (`#case=…&token=…&lang=…` in the
 * page's URL; `lang`, the customer's language, is used when the element has no
 * `lang` attribute). Shows the timeline, what happens next, the return label and the
 * case form to print until the parcel arrives, and the quote to accept or decline (once).
 *
 * @attr lang - Language; without it, the status link's `lang` (a supported one), else the nearest ancestor's `lang`, else the browser's, else English.
 * @csspart base - The element's box.
 * @csspart timeline - The list of status events.
 * @csspart quote - The quote waiting for an answer.
 * @csspart next - What happens next.
 * @fires repair-request-quote-answered - The customer's answer was stored. `detail`: `{ caseNumber, answer }`.
 */
export class RepairStatusElement extends LitElement {
  static override styles = [formStyles, errorSummaryStyles, css`
    /* The case number is never broken; on a narrow screen it may shrink to fit the element's width (its widest letters). */
    [part='base'] { container-type: inline-size; }
    .case-number { white-space: nowrap; font-size: min(1em, 7.5cqi); }
    .facts div { display: flex; gap: var(--_space-s, 0.5rem); }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    .timeline { padding-inline-start: 1.25em; }
    .timeline li { margin-block-end: var(--_space-s, 0.5rem); }
    .timeline .status { font-weight: 600; display: block; }
    .timeline .detail, .timeline .note, .timeline .link-button { display: block; }
    .amount { font-size: 1.5em; font-weight: 700; margin: 0; }
    .quote, .decline { border: 1px solid var(--_color-border, currentColor); padding: var(--_space-m, 1rem); margin-block: var(--_space-m, 1rem); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_space-s, 0.5rem); }
  `];

  /** The server's base path of the routes (`/api`: `GET /api/cases/{caseNumber}`). */
  @property() endpoint = '/api';
  /**
   * The inspection fee charged when a quote is declined, per hour, for a back end that does not send it: the
   * server's figure (`inspectionFee` in the case, from its configuration) always wins. Without either, the page
   * says a fee is charged without an amount: it never shows a figure nobody configured.
   */
  @property({ attribute: 'inspection-fee', type: Number }) inspectionFee?: number;
  /** The currency (ISO 4217) of `inspection-fee`. */
  @property({ attribute: 'fee-currency' }) feeCurrency = 'EUR';
  /** Product names by model id (from the request's configuration); the id is shown otherwise. */
  @property({ attribute: false }) modelNames: Record<string, string> = {};

  @state() private locale = 'en';
  /** The messages of the language are loaded: nothing renders before, so nothing flashes in English. */
  @state() private localeReady = false;
  @state() private phase: Phase = 'lookup';
  @state() private view?: CaseView;
  @state() private error?: LookupError;
  /** The look-up form's fields in error, each with its own message. */
  @state() private fieldErrors: LookupFieldErrors = {};
  @state() private announcement?: Announcement;
  @state() private form = { caseNumber: '', email: '' };
  @state() private confirmingDecline = false;
  @state() private feeAcknowledged = false;
  @state() private busy = false;
  private credential?: Credential;
  /** Connected (the `lang` attributes an upgrade reports come before `connectedCallback`, which resolves the language anyway). */
  private connected = false;
  /** The language last asked for: a slower download of an earlier one does not replace it. */
  private wantedLocale?: string;
  /** The language the status link asks for (`#…&lang=fr`); `resolveLocale` passes over it when it is not a supported one. */
  private linkLang?: string;
  /** The Idempotency-Key of an answer to a quote: a retry of the same answer to the same quote reuses it. */
  private answerKey?: { answer: string; quoteEventId: number; key: string };

  /** The page's own fee (`inspection-fee`, `fee-currency`), checked once when they change, not at each render. */
  private pageFee?: CaseViews.Money;
  /** The case form, printed by the button and by the browser's own Print while the case view offers it. */
  private caseForm?: CaseViews.CaseFormPrint;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('inspectionFee') || changed.has('feeCurrency')) this.pageFee = pageFeeOf(this.inspectionFee, this.feeCurrency);
  }

  override connectedCallback() {
    super.connectedCallback();
    const link = typeof location === 'undefined' ? {} : readStatusLink(location.href);
    this.linkLang = link.lang;
    this.connected = true;
    // A printed case form's link has the case number but no token: the look-up form starts with it.
    this.form = takeLookup() ?? (link.caseNumber ? { ...this.form, caseNumber: link.caseNumber } : this.form);
    void this.applyLocale();
    this.requestUpdate(); // Offers the case form again, if it was offered before the element was moved.
    if (link.credential) void this.open(link.credential);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.connected = false;
    this.caseForm?.follow(undefined);
  }

  protected override updated() {
    const { view, credential, endpoint, locale } = this;
    const offered = this.connected && this.phase === 'case' && view && credential && caseViews?.offersCaseForm(view);
    if (offered || this.caseForm) (this.caseForm ??= new caseViews!.CaseFormPrint()).follow(offered ? { endpoint, credential, locale } : undefined);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.connected) void this.applyLocale();
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Resolves the language and renders in it once its messages are loaded. Messages already there (English's
   * always are) apply at once, so the first update renders the look-up form rather than nothing, then the form.
   */
  private async applyLocale() {
    const locale = resolveLocale([this.getAttribute('lang'), this.linkLang, this.parentElement?.closest('[lang]')?.getAttribute('lang'), ...navigator.languages], supportedLocales);
    this.wantedLocale = locale;
    if (!isLoaded(locale, PARTS)) {
      await loadLocale(locale, PARTS).catch((error: unknown) => console.error('<repair-status>: the language could not be loaded.', error));
      if (this.wantedLocale !== locale) return;
    }
    this.locale = locale;
    this.localeReady = true;
  }

  override update(changed: Map<PropertyKey, unknown>) {
    inLocale(this.locale, () => super.update(changed));
  }

  private async focusHeading(selector = 'h2') {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async open(credential: Credential) {
    this.phase = 'loading';
    this.error = undefined;
    try {
      [this.view] = await Promise.all([fetchCase(this.endpoint, credential), loadCaseViews()]);
      this.credential = credential;
      this.phase = 'case';
      keepLookup();
      this.announcement = { kind: 'shown', caseNumber: this.view.caseNumber };
    } catch (error) {
      this.phase = 'lookup';
      this.form = { ...this.form, caseNumber: this.form.caseNumber || credential.caseNumber };
      if (error instanceof CodeUnavailable) {
        // Only a reload tries the download again: what was typed is kept for it. (A status link stays in the URL.)
        console.error('<repair-status>: the case view’s code could not be downloaded.', error.cause);
        keepLookup(this.form);
      }
      this.error = error instanceof CodeUnavailable ? 'reload' : failureOf(error);
    }
    await this.focusHeading();
  }

  /** Answers the quote. Whatever comes back after the customer turned to another case is dropped. */
  private async answer(answer: 'accept' | 'decline') {
    const credential = this.credential;
    const quoteEventId = this.view?.pendingQuote?.eventId;
    if (!credential || this.busy || quoteEventId === undefined) return;
    if (this.answerKey?.answer !== answer || this.answerKey.quoteEventId !== quoteEventId) {
      this.answerKey = { answer, quoteEventId, key: crypto.randomUUID() };
    }
    this.busy = true;
    try {
      await answerQuote(this.endpoint, credential, answer, quoteEventId, this.answerKey.key);
      this.dispatchEvent(new CustomEvent('repair-request-quote-answered', { detail: { caseNumber: credential.caseNumber, answer }, bubbles: true, composed: true }));
      if (!await this.reread(credential)) return;
      this.confirmingDecline = false;
      this.announcement = { kind: answer === 'accept' ? 'accepted' : 'declined' };
      await this.focusHeading('#timeline-title');
    } catch (error) {
      if (this.credential !== credential) return;
      const reason = failureOf(error);
      this.announcement = { kind: 'failed', reason };
      if (reason === 'answered') await this.reread(credential).catch(() => false);
    } finally {
      this.busy = false;
    }
  }

  /** Reads the case of `credential` again and shows it; false, and nothing shown, if the customer turned to another case meanwhile. */
  private async reread(credential: Credential) {
    const view = await fetchCase(this.endpoint, credential);
    if (this.credential !== credential) return false;
    this.view = view;
    return true;
  }

  /**
   * Reads the case again (the workshop may have added events since it was opened). A reading that comes back after
   * the customer turned to another case is dropped.
   */
  async refresh() {
    const credential = this.credential;
    if (!credential) return;
    try {
      if (await this.reread(credential)) this.announcement = { kind: 'up-to-date' };
    } catch (error) {
      if (this.credential === credential) this.announcement = { kind: 'failed', reason: failureOf(error) };
    }
  }

  /** Does `action` with the case view's code and the case's credential; a failure is said in the live region. */
  private async withCase(action: (views: typeof CaseViews, credential: Credential) => Promise<void>) {
    if (!this.credential || !caseViews) return;
    try {
      await action(caseViews, this.credential);
    } catch (error) {
      this.announcement = { kind: 'failed', reason: failureOf(error) };
    }
  }

  private renderBody() {
    if (this.phase === 'loading') return html`<p role="status">${msg('Loading your case…')}</p>`;
    if (this.phase === 'lookup' || !this.view || !caseViews) {
      return lookupForm({
        ...this.form, error: this.error && failureMessage(this.error), busy: false,
        fieldErrors: this.fieldErrors,
        onInput: (field, value) => { this.form = { ...this.form, [field]: value }; },
        onSubmit: () => {
          this.fieldErrors = checkLookup(this.form);
          if (!Object.keys(this.fieldErrors).length) return void this.open(normalisedLookup(this.form));
          this.error = undefined;
          void focusErrorSummary(this);
        },
        onSelect: (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
      });
    }
    return caseViews.caseDetails({
      view: this.view, locale: this.locale, busy: this.busy,
      modelName: this.modelNames[this.view.model ?? ''] ?? this.view.model ?? '',
      fee: this.view.inspectionFee ?? this.pageFee,
      confirmingDecline: this.confirmingDecline, feeAcknowledged: this.feeAcknowledged,
      onAccept: () => void this.answer('accept'),
      onDecline: () => { this.confirmingDecline = true; this.feeAcknowledged = false; void this.focusHeading('#decline-title'); },
      onAcknowledge: (value) => { this.feeAcknowledged = value; },
      onConfirmDecline: () => void this.answer('decline'),
      onCancelDecline: () => { this.confirmingDecline = false; void this.focusHeading('#quote-title'); },
      onLabel: () => void this.withCase((views, c) => views.downloadLabel(this.endpoint, c, this.view?.label?.name ?? '')),
      onPrint: () => void this.withCase((views, c) => (this.caseForm ??= new views.CaseFormPrint()).print({ endpoint: this.endpoint, credential: c, locale: this.locale })),
      onRefresh: () => void this.refresh(),
      onOther: () => { this.view = undefined; this.credential = undefined; this.phase = 'lookup'; void this.focusHeading(); },
    });
  }

  override render() {
    if (!this.localeReady) return nothing;
    return html`<div part="base" lang=${this.locale} dir=${isRtl(this.locale) ? 'rtl' : 'ltr'}>
      ${this.renderBody()}
      <p class="visually-hidden" role="status" aria-live="polite">${announcementText(this.announcement)}</p>
    </div>`;
  }
}

// Spelled out (not `define()`) so that the manifest's analyser sees the tag.
if (typeof customElements !== 'undefined' && !customElements.get('repair-status')) customElements.define('repair-status', RepairStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'repair-status': RepairStatusElement;
  }
}
