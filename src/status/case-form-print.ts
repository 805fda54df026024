/**
 * Printing the case form again from `<repair-status>`: its content from the server's customer route
 * (`GET …/cases/{caseNumber}/case-form`: the answers as sent and the configuration they were checked against),
 * rendered by the confirmation's own case form in the element's language. Loaded once the case view offers to
 * print it, so that neither the look-up form nor the case view carries the case form's code or words; its content
 * and words are fetched then too, so that the browser's own Print (whose `beforeprint` cannot wait) prints it.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { caseForm, caseFormStyles } from '../confirmation/case-form.js';
import { PrintOnPrint } from '../confirmation/print.js';
import { inLocale, isLoaded, loadLocale, type LocalePart } from '../i18n/localization.js';
import type { RepairDraft } from '../schema/request.js';
import { sentAnswers } from '../steps/submit/answers.js';
import { tokens } from '../styles/tokens.styles.js';
import { call, caseUrl, headersOf, type Credential } from './status-client.js';

/** What the server gives the case's customer to print the case form from. */
export interface CaseFormContent {
  caseNumber: string;
  receivedAt: string;
  answers: RepairDraft;
  config: RepairConfig;
  statusUrl?: string;
}

/** The message parts of the case form: the answers' words come from the steps, its own from the confirmation. */
const PARTS: readonly LocalePart[] = ['core', 'malfunction', 'steps', 'extra'];

/** The case form's content, for the case's customer. */
export async function fetchCaseForm(endpoint: string, c: Credential): Promise<CaseFormContent> {
  return (await call(caseUrl(endpoint, c.caseNumber, '/case-form'), { headers: { Accept: 'application/json', ...headersOf(c) } })).json();
}

/** The case form offered: whose, from where, in which language. */
export interface CaseFormOffer { endpoint: string; credential: Credential; locale: string }

/** A case's form content: asked for, then there. */
interface Fetched { credential: Credential; done: Promise<CaseFormContent>; value?: CaseFormContent }

/**
 * The case form of one `<repair-status>`, while it offers it: printed alone by its button and by the browser's
 * own Print. `offer()` fetches the content (once per case) and the words of the language ahead; `withdraw()` ends it.
 */
export class CaseFormPrinting {
  #offer?: CaseFormOffer;
  #content?: Fetched;
  readonly #printing = new PrintOnPrint(() => this.#form(), [tokens, caseFormStyles]);

  /** The form offered, if its content and words are here (the browser's Print cannot wait for them). */
  #form() {
    const offer = this.#offer;
    const content = this.#content?.credential === offer?.credential ? this.#content?.value : undefined;
    return offer && content && isLoaded(offer.locale, PARTS) ? formOf(offer.locale, content) : undefined;
  }

  /** Offers the case form of `offer` (the browser's Print then prints it) and makes it ready; rejects if it cannot be. */
  async offer(offer: CaseFormOffer): Promise<void> {
    if (!this.#offer) this.#printing.attach();
    this.#offer = offer;
    if (this.#content?.credential !== offer.credential) {
      const content: Fetched = { credential: offer.credential, done: fetchCaseForm(offer.endpoint, offer.credential) };
      // A failed download is tried again on the next offer (the button's).
      content.done.then((value) => { content.value = value; }, () => { if (this.#content === content) this.#content = undefined; });
      this.#content = content;
    }
    await Promise.all([this.#content.done, loadLocale(offer.locale, PARTS)]);
  }

  /** No longer offered (the parcel arrived, another case, the element gone): the browser's Print prints the page. */
  withdraw() {
    this.#printing.detach();
    this.#offer = undefined;
    this.#content = undefined;
  }

  /** The Print button: prints the form of `offer` once ready (fetched now if it was not: a failure is thrown). */
  async print(offer: CaseFormOffer): Promise<void> {
    await this.offer(offer);
    if (this.#offer?.credential === offer.credential) this.#printing.print();
  }
}

/** The case form to print, in `locale`. */
function formOf(locale: string, content: CaseFormContent) {
  const { config, statusUrl } = content;
  return inLocale(locale, () => caseForm({
    caseNumber: content.caseNumber, draft: sentAnswers(config, content.answers), config, locale, date: new Date(content.receivedAt),
    // Printed as text and as a QR code: only a web address.
    statusLink: statusUrl && /^https?:\/\//i.test(statusUrl) ? statusUrl : undefined,
  }));
}
