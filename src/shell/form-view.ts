/**
 * The form view of `<repair-request>`: title, progress, error summary, the
 * step panels (the current step and the built ones, hidden), loading and
 * load-error notices, the Back / Next bar and the contact link. Render
 * functions only: they read the shell's controllers and call their handlers.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { stepIndex } from '../flow/order.js';
import type { RepairDraft } from '../schema/request.js';
import { summaryErrors, visibleErrors } from '../flow/visible-errors.js';
import type { Sections } from '../flow/flow.js';
import { errorMessage } from '../i18n/error-messages.js';
import { stepLabel } from '../i18n/labels.js';
import { msg, str } from '../i18n/msg.js';
import { STEPS, type StepId } from '../schema/options.js';
import { STEP_REGISTRY } from '../steps/registry.js';
import { errorSummary } from '../ui/error-summary.js';
import type { InternalEvent } from '../ui/internal-events.js';
import type { Submission } from '../submit/types.js';
import type { HostContext, StepState } from '../ui/step-element.js';
import type { Answers } from './answers.js';
import type { Checks } from './checks.js';
import type { Navigation } from './navigation.js';

/** What the views read: the shell's controllers and a few of its inputs. */
export interface ShellView {
  readonly nav: Navigation;
  readonly answers: Answers;
  readonly checks: Checks;
  /** Where the submission stands. */
  readonly submission: Submission;
  /** Submit (`rr-submit`), and Cancel while sending (`rr-cancel`). */
  readonly onSubmit: (e: Event) => void;
  readonly onCancel: (e: Event) => void;
  readonly locale: string;
  readonly context: HostContext;
  /** Whether Submit can send: an endpoint, or a page's form. */
  readonly hasEndpoint: boolean;
}

/** Before the checks: the first step, which has no sections. */
const NO_SECTIONS: Partial<Sections> = {};

/** The sections that apply, from the checks (the steps that have sections open only with them). */
const sectionsFor = ({ flow, whole }: Checks, draft: RepairDraft): Partial<Sections> =>
  flow && whole ? flow.sections(draft) : NO_SECTIONS;

/** What the shell's controllers hold that the form view reads. */
type FormState = Pick<ShellView, 'nav' | 'answers' | 'checks'>;

/** What a step shows that follows the answers: them, the errors to show, the sections that apply. */
function stepState({ answers, checks }: FormState, step: StepId): StepState {
  const { draft, attempted, revealed, serverErrors, listedAt } = answers;
  return { draft, errors: visibleErrors(checks.flow, draft, step, { attempted, revealed, serverErrors, listedAt }), sections: sectionsFor(checks, draft) };
}

/** A step's element: every step takes the same properties (submission ones only matter to Submit). */
function stepTemplate(v: ShellView, step: StepId) {
  const tag = unsafeStatic(STEP_REGISTRY[step].tag);
  // The first step paints with the configuration's Device part; the later ones open (and are built) once the checks,
  // and with them the whole configuration, have loaded (see `StepLoader.loadStep`).
  const config = step === STEPS[0] ? v.checks.config : v.checks.whole;
  if (!config) return nothing;
  return staticHtml`<${tag} .state=${stepState(v, step)} .config=${config} .context=${v.context} .locale=${v.locale}
    .submission=${v.submission} .hasEndpoint=${v.hasEndpoint} @rr-cancel=${v.onCancel}
    exportparts="actions, back-button"></${tag}>`;
}

/** The current step, and the built ones hidden (see `StepLoader.builtSteps` and `StepLoader.template`). */
function stepPanels(v: ShellView) {
  const { step, loader } = v.nav;
  const { draft, attempted, revealed, serverErrors } = v.answers;
  const from = [draft, attempted, revealed, serverErrors, v.checks.flow, v.checks.config, v.submission, v.hasEndpoint];
  // One place per step, always in the same order, so each keeps its element.
  return STEPS.map((s) => {
    const current = s === step;
    if (!current && !loader.builtSteps.has(s)) return nothing;
    const template = loader.template(s, current, from, () => stepTemplate(v, s));
    return html`<div class="step-panel" ?hidden=${!current} ?inert=${!current}>${template}</div>`;
  });
}

function progress(step: StepId) {
  const current = stepIndex(step);
  return html`<nav aria-label=${msg('Progress')}>
    <ol class="steps" part="steps">
      ${STEPS.map((s, i) => html`<li class=${i < current ? 'done' : ''} aria-current=${i === current ? 'step' : 'false'}>
        <span class="number" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
        <span class="label"><span class="visually-hidden">${msg(str`Step ${i + 1} of ${STEPS.length}:`)} </span>${stepLabel(s)}<span
          class="visually-hidden">${i < current ? `, ${msg('completed')}` : ''}</span></span>
      </li>`)}
    </ol>
  </nav>`;
}

/** The step change announced in the polite live region, which exists in every view. */
export const announcement = (step: StepId | undefined) => (step
  ? msg(str`Step ${stepIndex(step) + 1} of ${STEPS.length}: ${stepLabel(step)}`)
  : nothing);

/** The errors the error summary lists above the step shown. */
function listed({ nav, answers, checks }: FormState) {
  const shown = summaryErrors(checks.flow, answers.draft, nav.step, answers);
  return nav.currentStep?.listedErrors?.(shown) ?? shown;
}

/**
 * What the form view shows around the step that the answers can change: the error summary (its words name the
 * zone's contacts) and Next's label. The one of each element's last render, for `updateStepOnly`.
 */
const around = (v: FormState, errors = listed(v)) => JSON.stringify([errors, v.answers.draft.device?.zone, v.nav.returnsToSummary()]);
const rendered = new WeakMap<Navigation, string>();

/**
 * A change of the shown step's answers (a keystroke): the step gets its answers and errors at once. Returns whether
 * that changed nothing else the form view shows (see `around`, read once the step has them: whether screens follow
 * depends on them); if not, the shell must render.
 */
export function updateStepOnly(v: FormState, step: StepId): boolean {
  const element = v.nav.currentStep;
  if (!element || step !== v.nav.step) return false;
  // The step first: what it tells the shell (whether screens follow, the errors it lists) follows its new answers.
  element.state = stepState(v, step);
  return rendered.get(v.nav) === around(v);
}

export function formView(v: ShellView) {
  const { nav, answers } = v;
  const { step } = nav;
  const errors = listed(v);
  rendered.set(nav, around(v, errors));
  const summary = Object.entries(errors).map(([path, code]) => ({
    path,
    message: errorMessage(code, v.checks.config, v.locale, path, answers.draft.device?.zone),
  }));
  const first = step === STEPS[0];
  return html`
    <p class="title">${msg('Service request')}</p>
    <p class="intro">${msg('Please fill in the case information.')}</p>
    ${guard([step, v.locale], () => progress(step))}
    ${errorSummary(summary, (path) => void nav.currentStep?.focusField(path))}
    <div @rr-change=${answers.onChange} @rr-edit=${(e: InternalEvent<'rr-edit'>) => { e.stopPropagation(); void nav.edit(e.detail.step, e.detail.path); }}
      @rr-submit=${v.onSubmit} @rr-back=${nav.back}
      @rr-address-book=${answers.onAddressBook} @rr-address-form=${answers.onAddressForm} @rr-resolved=${answers.onResolved} @rr-screen=${nav.screenChanged}
      @rr-open-contact=${(e: Event) => { e.stopPropagation(); void nav.openView('contact'); }}>
      ${stepPanels(v)}
    </div>
    ${nav.load === 'slow' ? html`<p class="loading" role="status">${msg('Loading…')}</p>` : nothing}
    ${nav.load === 'failed'
      ? html`<p class="load-error" role="alert">${msg('This part of the form could not be loaded. Check your connection and try again. If it still does not load, reload the page.')}</p>`
      : nothing}
    <!-- The Submit step draws its own bar, with Submit where Next is. -->
    <div class="actions" part="actions" ?hidden=${step === 'submit'}>
      <button type="button" class="button secondary" part="back-button" ?hidden=${first} @click=${nav.back}>${msg('Previous')}</button>
      ${step === 'submit' ? nothing : html`<button type="button" class="button next" part="next-button" @click=${nav.next}>
        ${nav.returnsToSummary() ? msg('Save and return to summary') : msg('Next')}</button>`}
    </div>
    <p class="escape">
      <button type="button" class="link-button" part="contact-link" @click=${() => nav.openView('contact')}>
        ${msg('Can’t complete the request online? Contact support')}</button>
    </p>
  `;
}
