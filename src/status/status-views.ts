/**
 * The status element's templates of a case: its timeline, what happens next, the quote and its answer; and what its
 * buttons do beyond the element's state (download the label, print the case form, whose code loads only then).
 * Loaded with the first case shown (`<repair-status>` imports it then, beside the case's own request), so that the
 * look-up form paints without it.
 */
import { html, nothing } from 'lit';
import { auto, ltr } from '../i18n/bidi.js';
import { msg, str } from '../i18n/msg.js';
import { nextStep, statusLabel } from './case-texts.js';
import type { CaseFormOffer, CaseFormPrinting } from './case-form-print.js';
import { call, caseUrl, headersOf, type CaseView, type Credential } from './status-client.js';

/**
 * The case form of one element's case while its view offers it (`offersCaseForm`), printed by the button and by the
 * browser's own Print: its code (`case-form-print.ts`), content and words are loaded as soon as it is offered, since
 * `beforeprint` cannot wait for them.
 */
export class CaseFormPrint {
  #printing?: Promise<CaseFormPrinting>;
  /** Once its code is here (only then can it listen to the browser's Print). */
  #loaded?: CaseFormPrinting;
  #offered?: CaseFormOffer;

  #load() {
    return (this.#printing ??= import('./case-form-print.js').then((m) => (this.#loaded = new m.CaseFormPrinting()), (error: unknown) => {
      this.#printing = undefined;
      throw error;
    }));
  }

  /** The form is offered for this case (made ready ahead; a failure waits for the button, which says so), or no longer (`undefined`). */
  follow(offer: CaseFormOffer | undefined) {
    this.#offered = offer;
    if (!offer) return this.#loaded?.withdraw();
    void this.#load().then((p) => (this.#offered === offer ? p.offer(offer) : undefined)).catch(() => undefined);
  }

  /** The button: prints the form now (its code, content or words fetched first if they are not here: a failure is thrown). */
  async print(offer: CaseFormOffer) {
    await (await this.#load()).print(offer);
  }
}

/** Downloads the case's return label, saved as `name` (the route needs the credential, so a plain link cannot fetch it). */
export async function downloadLabel(endpoint: string, credential: Credential, name: string) {
  const blob = await (await call(caseUrl(endpoint, credential.caseNumber, '/label'), { headers: headersOf(credential) })).blob();
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** An amount in a currency (ISO 4217), as the server gives a quote or the inspection fee. */
export interface Money { amount: number; currency: string }

const money = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
const when = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

export interface QuoteOptions {
  view: CaseView;
  locale: string;
  /** The inspection fee a declined quote costs, per hour; none when neither the server nor the page gives one. */
  fee: Money | undefined;
  confirmingDecline: boolean;
  feeAcknowledged: boolean;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
  onAcknowledge: (value: boolean) => void;
  onConfirmDecline: () => void;
  onCancelDecline: () => void;
}

function quotePanel(o: QuoteOptions) {
  const q = o.view.pendingQuote;
  if (!q) return nothing;
  const fee = o.fee && msg(str`${money(o.fee.amount, o.fee.currency, o.locale)} per hour`);
  return html`<section class="quote" part="quote" aria-labelledby="quote-title">
    <h3 id="quote-title" tabindex="-1">${msg('Your quote')}</h3>
    <p class="amount">${money(q.amount, q.currency, o.locale)}</p>
    <p>${msg(str`It covers: ${auto(q.covers)}`)}</p>
    <p class="fee" id="quote-fee">${fee
      ? msg(str`If you decline, your products are sent back unrepaired and an inspection fee of ${fee} is charged.`)
      : msg('If you decline, your products are sent back unrepaired and an inspection fee is charged.')}</p>
    ${o.confirmingDecline
      ? html`<div class="decline" role="group" aria-labelledby="decline-title" aria-describedby="quote-fee">
          <h4 id="decline-title" tabindex="-1">${msg('Decline the quote?')}</h4>
          <p class="check"><input id="fee-ack" type="checkbox" .checked=${o.feeAcknowledged}
            @change=${(e: Event) => o.onAcknowledge((e.target as HTMLInputElement).checked)} />
            <label for="fee-ack">${msg('I understand that the inspection fee is charged.')}</label></p>
          <p class="actions">
            <button class="button" type="button" ?disabled=${o.busy || !o.feeAcknowledged} @click=${o.onConfirmDecline}>${msg('Confirm: decline the quote')}</button>
            <button class="button secondary" type="button" ?disabled=${o.busy} @click=${o.onCancelDecline}>${msg('Go back')}</button>
          </p>
        </div>`
      : html`<p class="actions">
          <button class="button" type="button" ?disabled=${o.busy} @click=${o.onAccept}>${msg('Accept the quote')}</button>
          <button class="button secondary" type="button" ?disabled=${o.busy} @click=${o.onDecline}>${msg('Decline the quote')}</button>
        </p>`}
  </section>`;
}

/** The statuses before the parcel reaches the workshop: the return label is then what the customer needs. */
const BEFORE_ARRIVAL = ['received', 'label_available'];

/** The case's latest status. */
const latestOf = (v: CaseView) => v.events.at(-1)?.status ?? v.status;

/** Whether the case view offers the case form to print: until the parcel arrives (the customer needs it in the parcel). */
export const offersCaseForm = (v: CaseView) => !v.closed && BEFORE_ARRIVAL.includes(latestOf(v));

/** "Case CAS-…" in the locale's words, the case number kept whole (a line wraps before it, never inside it). */
function caseHeading(caseNumber: string) {
  const [before = '', ...after] = msg(str`Case ${caseNumber}`).split(caseNumber);
  return after.length
    ? html`${before}<span class="case-number" dir="ltr">${caseNumber}</span>${after.join(caseNumber)}`
    : before;
}

export interface CaseOptions extends QuoteOptions {
  modelName: string;
  onLabel: () => void;
  /** Prints the case form (offered until the parcel arrives). */
  onPrint: () => void;
  onOther: () => void;
  onRefresh: () => void;
}

export function caseDetails(o: CaseOptions) {
  const v = o.view;
  const latest = latestOf(v);
  // Until the parcel arrives, the customer needs the case form in it, and the label on it.
  const beforeArrival = offersCaseForm(v);
  const labelFirst = !!v.label && beforeArrival;
  // The label served is the last one issued: only its event offers it, and only while the case is open.
  const labelEvent = v.label && !v.closed && !labelFirst ? [...v.events].reverse().find((e) => e.label) : undefined;
  return html`<h2 tabindex="-1">${caseHeading(v.caseNumber)}</h2>
    <dl class="facts">
      <div><dt>${msg('Product')}</dt><dd>${o.modelName}</dd></div>
      <div><dt>${msg('Serial number')}</dt><dd>${v.serial || msg('Not provided')}</dd></div>
      <div><dt>${msg('Status')}</dt><dd>${statusLabel(latest)}</dd></div>
    </dl>
    <section aria-labelledby="next-title" class="next" part="next">
      <h3 id="next-title">${msg('What happens next')}</h3>
      <p>${nextStep(v.closed && latest !== 'shipped_back' ? 'closed' : latest)}</p>
      ${beforeArrival ? html`<p>${msg('Put the printed case form in the parcel with your products: without it, the repair is delayed.')}</p>
        <p class="actions">
          ${labelFirst ? html`<button class="button" type="button" @click=${o.onLabel}>${msg('Download the return label')}</button>` : nothing}
          <button class=${labelFirst ? 'button secondary' : 'button'} type="button" @click=${o.onPrint}>${msg('Print the case form')}</button>
        </p>` : nothing}
    </section>
    ${quotePanel(o)}
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title" tabindex="-1">${msg('Timeline')}</h3>
      <ol class="timeline" part="timeline">
        ${v.events.map((e) => html`<li>
          <span class="status">${statusLabel(e.status)}</span>
          <time datetime=${e.at}>${when(e.at, o.locale)}</time>
          ${e.quote ? html`<span class="detail">${money(e.quote.amount, e.quote.currency, o.locale)}</span>` : nothing}
          ${e.trackingNumber ? html`<span class="detail">${msg(str`Tracking number: ${ltr(e.trackingNumber)}`)}
            ${e.trackingUrl?.startsWith('https:') ? html`<a href=${e.trackingUrl} target="_blank" rel="noopener noreferrer">${msg('Follow the parcel')}</a>` : nothing}</span>` : nothing}
          ${e.note ? html`<span class="note" dir="auto">${e.note}</span>` : nothing}
          ${e === labelEvent
            ? html`<button class="link-button" type="button" @click=${o.onLabel}>${msg('Download the return label')}</button>` : nothing}
        </li>`)}
      </ol>
    </section>
    <p class="actions">
      <button class="button secondary" type="button" @click=${o.onRefresh}>${msg('Check for news')}</button>
      <button class="button secondary" type="button" @click=${o.onOther}>${msg('Look up another case')}</button>
    </p>`;
}
