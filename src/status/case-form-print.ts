/**
 * Printing the case form again from `<repair-status>`: its content from the server's customer route
 * (`GET …/cases/{caseNumber}/case-form`: the answers as sent and the configuration they were checked against),
 * rendered by the confirmation's own case form in the element's language. Loaded when the customer asks to print,
 * so that neither the look-up form nor the case view carries the case form's code or words.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { caseForm, caseFormStyles } from '../confirmation/case-form.js';
import { printNow } from '../confirmation/print.js';
import { inLocale, loadLocale, type LocalePart } from '../i18n/localization.js';
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

/** Fetches the case form's content and words, then prints the form in `locale`. */
export async function printCaseForm(endpoint: string, credential: Credential, locale: string): Promise<void> {
  const [content] = await Promise.all([fetchCaseForm(endpoint, credential), loadLocale(locale, PARTS)]);
  const { config, statusUrl } = content;
  const form = inLocale(locale, () => caseForm({
    caseNumber: content.caseNumber, draft: sentAnswers(config, content.answers), config, locale, date: new Date(content.receivedAt),
    // Printed as text and as a QR code: only a web address.
    statusLink: statusUrl && /^https?:\/\//i.test(statusUrl) ? statusUrl : undefined,
  }));
  printNow(form, [tokens, caseFormStyles]);
}
