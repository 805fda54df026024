/**
 * Which view `<repair-request>` shows, and the views other than the form: the
 * configuration error, the resume choice (while a saved draft is looked up),
 * the confirmation of a stored request and the contact form. Render functions
 * only (see `form-view.ts`).
 */
import { html, nothing } from 'lit';
import type { RepairConfig } from '../config/config-schema.js';
import type { HostInputs } from '../config/host-inputs.js';
import { msg } from '../i18n/msg.js';
import { formView, type ShellView } from './form-view.js';
import type { DraftResume } from './resume.js';

/** The views' inputs besides the form's. */
export interface ShellViews extends ShellView {
  readonly inputs: HostInputs;
  readonly resume: DraftResume;
  readonly contactEndpoint?: string | undefined;
  readonly verificationToken?: (() => Promise<string>) | undefined;
  readonly hasVerificationSlot: boolean;
}

/** Instead of the form, when the configuration is not valid (the details are in the console). */
const configError = (inputs: HostInputs) => html`
  <div class="config-error" role="alert">
    <p class="title">${msg('Service request')}</p>
    <p class="load-error">${inputs.checkUnavailable
      ? msg('This form could not be loaded. Check your connection, then reload the page.')
      : msg('This form is not configured correctly. Please contact the site owner.')}</p>
  </div>
`;

/** While the host's inputs are checked, then if a saved draft was found: resume it or start over, before the form shows. */
const resumeView = (v: ShellViews) => html`
  <p class="title">${msg('Service request')}</p>
  ${v.resume.banner(v.locale) ?? nothing}
`;

function confirmationView(v: ShellViews, config: RepairConfig, caseNumber: string, response: unknown) {
  return html`
    ${customElements.get('repair-request-confirmation')
      ? html`<repair-request-confirmation exportparts="confirmation-panel" .caseNumber=${caseNumber} .draft=${v.answers.draft}
        .accessToken=${(response as { accessToken?: unknown } | undefined)?.accessToken}
        .config=${config} .context=${v.context} .locale=${v.locale}></repair-request-confirmation>`
      // Its content shows until the element is defined (neither confirmation could be downloaded): the case number.
      : html`<repair-request-confirmation-fallback exportparts="confirmation-panel" .caseNumber=${caseNumber}
        .config=${config} .locale=${v.locale}><h2 tabindex="-1">${msg('Request sent!')}</h2>
        <p>${msg('Case number:')} <strong>${caseNumber}</strong></p></repair-request-confirmation-fallback>`}
    <p class="new-request"><button type="button" class="button secondary" part="new-request-button"
      @click=${() => void v.resume.startOver()}>${msg('Start a new request')}</button></p>
  `;
}

const contactView = (v: ShellViews, config: RepairConfig) => html`
  <repair-request-contact-form .draft=${v.answers.draft} .config=${config} .context=${v.context}
    .locale=${v.locale} .endpoint=${v.contactEndpoint} .verificationToken=${v.verificationToken}
    .hasVerificationSlot=${v.hasVerificationSlot}
    @rr-close-contact=${() => v.nav.openView('form')}>
    <slot name="verification" slot="verification"></slot>
  </repair-request-contact-form>
`;

/** The view to show now. */
export function currentView(v: ShellViews) {
  if (v.checks.problems.length) return configError(v.inputs);
  // The form shows while the saved draft is looked up (just after the first paint); one found is offered then.
  if (v.inputs.checking || v.resume.offer) return resumeView(v);
  // The other views open once the checks, and with them the whole configuration, have loaded.
  const { submission } = v;
  const { whole } = v.checks;
  if (whole && v.nav.view === 'confirmation' && submission.status === 'sent') return confirmationView(v, whole, submission.caseNumber, submission.response);
  if (whole && v.nav.view === 'contact') return contactView(v, whole);
  return formView(v);
}
