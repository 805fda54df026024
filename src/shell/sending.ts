/**
 * Submit, from the shell's side (loaded with the Submit step, see the step
 * registry's `needs`): validates everything, lets the page take over
 * (`repair-request-submit`, cancelable) or the page's `<form>` send it, else
 * sends it through the {@link SubmissionController}; then shows the
 * confirmation (`repair-request-success`) or the endpoint's field errors.
 */
import { RepairRequestSubmitEvent, RepairRequestSuccessEvent } from '../events.js';
import { newIdempotencyKey } from '../submit/idempotency.js';
import type { Submission } from '../submit/types.js';
import type { StepElement } from '../ui/step-element.js';
import type { Answers } from './answers.js';
import type { Checks } from './checks.js';
import type { Navigation } from './navigation.js';
import { SubmissionController, type RefusedAnswers, type SubmissionHost, type SubmissionState } from './submission.js';

/** The element, as sending needs it. */
export interface SendingHost extends SubmissionHost {
  idempotencyKey: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SendingOptions {
  /** The widget's language. */
  locale: () => string;
  /** The page's `<form>` the widget is in, if any. */
  form: () => HTMLFormElement | null;
  /** Brings the form value up to date (before the page's form sends it). */
  updateFormValue: () => void;
  /** Keeps the sent draft with its case number and access token (the confirmation shows again after a reload). */
  saveSent: (caseNumber: string, accessToken: unknown) => Promise<void>;
  /** Shows the confirmation of the stored request. */
  showSent: (submission: Extract<Submission, { status: 'sent' }>) => Promise<void>;
}

export class Sending {
  /** Sends the request: its status, abort signal, lazily loaded transport and error events. */
  readonly submitter: SubmissionController;
  private readonly parts: { submitter: SubmissionController; checks: Checks; answers: Answers; nav: Navigation };

  constructor(
    private readonly host: SendingHost,
    parts: { state: SubmissionState; checks: Checks; answers: Answers; nav: Navigation },
    private readonly options: SendingOptions,
  ) {
    this.submitter = new SubmissionController(host, parts.state);
    this.parts = { ...parts, submitter: this.submitter };
  }

  /**
   * Validates everything, then sends the request, retrying while that may
   * help; one submission at a time, however often Submit is pressed.
   */
  async submit() {
    const { host, options } = this;
    const { submitter, checks, answers, nav } = this.parts;
    if (submitter.busy) return;
    // Submit shows once the address and photo rules are loaded; should they not be, nothing may slip in meanwhile.
    if (!checks.allRules) await submitter.hold(checks.loadRules());
    const flow = await submitter.hold(nav.checking());
    if (!flow) return;
    const parsed = flow.parse(answers.draft);
    if (!parsed.ok) {
      return nav.showErrors(flow.firstInvalidStep(answers.draft) ?? 'submit');
    }
    const idempotencyKey = (host.idempotencyKey ??= newIdempotencyKey());
    // A copy for the page: what a listener changes in it is not what the widget sends, now or on a retry.
    if (!host.dispatchEvent(new RepairRequestSubmitEvent({ request: structuredClone(parsed.request), idempotencyKey }))) return;
    const form = options.form();
    // In a page's form and without an endpoint of its own: the page's form sends it (see `name`).
    if (!host.endpoint && form) {
      options.updateFormValue();
      form.requestSubmit();
      return;
    }
    await submitter.send(parsed.request, idempotencyKey, {
      started: () => answers.set({ serverErrors: {} }),
      language: options.locale,
      sent: (caseNumber, response) => this.sent(caseNumber, response),
      draft: () => answers.draft,
      rejected: (refused) => this.showServerErrors(refused),
    });
  }

  /** Stored: whatever fails to load from here on, the customer sees the case number, and a reload shows it again. */
  private async sent(caseNumber: string, response: unknown) {
    const { host } = this;
    await this.options.saveSent(caseNumber, (response as { accessToken?: unknown } | undefined)?.accessToken);
    await this.options.showSent({ status: 'sent', caseNumber, response });
    // The confirmation is on screen: a new draft gets a new key.
    host.idempotencyKey = undefined;
    // Focus on its heading before the page hears of it, so a listener that moves focus itself has the last word.
    const confirmation = host.renderRoot.querySelector<Partial<StepElement> & Element>('repair-request-confirmation, repair-request-confirmation-fallback');
    // Neither confirmation's code could be loaded: the fallback's content (its heading) is in the shell's own tree.
    if (confirmation?.focusHeading) await confirmation.focusHeading();
    else host.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    host.dispatchEvent(new RepairRequestSuccessEvent({ caseNumber, response }));
  }

  /**
   * The endpoint's field errors (`422`), on their fields: opens the first step
   * with one (Next then returns to the summary) and focuses the error summary.
   */
  private async showServerErrors({ errors, step }: RefusedAnswers) {
    const { answers, nav } = this.parts;
    answers.set({ serverErrors: errors });
    if (!step) return;
    if (step !== nav.step) nav.returnToSummary = true;
    await nav.showErrors(step, { attempt: false });
  }
}
