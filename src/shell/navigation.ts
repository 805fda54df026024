/**
 * Where the customer is: the step and the view (form, contact form,
 * confirmation), whether a step was opened from the summary, the loading of a
 * step's code (a status), the steps built ahead, the polite announcement of a
 * step change, and focus, moved through the step's own `focusHeading()`.
 * Fires `repair-request-step-change` once the new step has rendered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RepairRequestStepChangeEvent } from '../events.js';
import type { Flow } from '../flow/flow.js';
import { nextStep, previousStep, stepIndex } from '../flow/order.js';
import { emailPrefill } from '../flow/prefill.js';
import { loadLocale, partsFor } from '../i18n/localization.js';
import { STEPS, type StepId } from '../schema/options.js';
import { STEP_REGISTRY } from '../steps/registry.js';
import { focusErrorSummary } from '../ui/error-summary.js';
import type { StepElement } from '../ui/step-element.js';
import type { Answers } from './answers.js';
import type { Checks } from './checks.js';
import { later } from './later.js';
import { StepLoader, whenIdle, type StepLoaderOptions } from './step-loader.js';

/** How long a step's code may take to load before "Loading…" shows. */
const LOADING_DELAY_MS = 200;

/** How long new checks may wait for an idle moment before Next's check is made ahead (see `hostUpdated`). */
const PREPARE_NEXT_MS = 100;

/** What the form shows: a step, the contact form, or the confirmation of a stored request. */
export type View = 'form' | 'contact' | 'confirmation';

/** The loading of the code the next step or view needs: `slow` shows "Loading…", `failed` says it could not. */
export type LoadStatus = 'idle' | 'slow' | 'failed';

/** The element, as navigation needs it. */
export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly customerEmail?: string | undefined;
}

export class Navigation implements ReactiveController {
  step: StepId = STEPS[0];
  view: View = 'form';
  /** The step change to announce in the live region (worded at render time). */
  announced?: StepId;
  load: LoadStatus = 'idle';
  /** Set when a step was opened from the summary's Edit action. */
  returnToSummary = false;
  /** Loads steps' code and builds the next step ahead. */
  readonly loader: StepLoader;
  /** The checks whose Next was prepared (see `hostUpdated`). */
  #prepared?: Flow;
  /** The answers Next's check was last prepared for. */
  #preparedFor?: object;

  constructor(
    private readonly host: NavigationHost,
    private readonly answers: Answers,
    private readonly checks: Checks,
    private readonly options: StepLoaderOptions,
  ) {
    host.addController(this);
    this.loader = new StepLoader(host, options);
  }

  /** The current step's element. */
  get currentStep() {
    return this.host.renderRoot?.querySelector<StepElement>(STEP_REGISTRY[this.step].tag) ?? null;
  }

  hostUpdated() {
    this.loader.afterRender(this.step);
    // New checks (their code loaded, or a rule set added with the step built ahead) build their schema on first use.
    // Once the next step is built (the rules it needs are in these checks, which Next then uses), Next's check of the
    // step shown is made when the browser is idle, within PREPARE_NEXT_MS (the customer may press Next while the page
    // is busy): Next finds the schema built and its answer ready. It is made again after each render with new answers
    // (a keystroke renders the shell at idle), so a Next pressed after the last answer finds that answer's check made.
    // (Steps after the first are built once the checks have loaded.)
    const { flow } = this.checks;
    const { draft } = this.answers;
    if ((flow !== this.#prepared || draft !== this.#preparedFor) && this.loader.builtSteps.has(nextStep(this.step)!)) {
      this.#prepared = flow;
      this.#preparedFor = draft;
      whenIdle(() => flow?.canLeave(this.answers.draft, this.step), PREPARE_NEXT_MS);
    }
  }

  /** Back to the first step of the form, forgetting what was built (after `reset()`). */
  reset() {
    this.returnToSummary = false;
    this.load = 'idle';
    this.announced = undefined;
    this.view = 'form';
    this.step = STEPS[0];
    this.loader.reset();
  }

  async goTo(step: StepId) {
    const previous = this.step;
    if (step === previous) return;
    const { generation } = this.loader;
    await this.loading(this.loader.loadStep(step, true), `the ${step} step`);
    // reset() while the step was loading: the new, empty form stays on its first step.
    if (this.load === 'failed' || generation !== this.loader.generation) return;
    const draft = emailPrefill(step, this.answers.draft, this.host.customerEmail);
    if (draft !== this.answers.draft) this.answers.set({ draft });
    this.step = step;
    this.loader.built(previous, step);
    const index = stepIndex(step) + 1;
    this.announced = step;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const shown = this.currentStep;
    // The step's panel was hidden with `content-visibility: hidden` (see the shell's styles): its own style is worked
    // out first, so that Chromium knows it shown before focus goes in. Focus into a panel still taken for hidden
    // forces the rendering of its content through the hidden path first (measured: half as much again as the swap).
    if (shown?.parentElement) void getComputedStyle(shown.parentElement).visibility;
    await shown?.focusHeading();
    this.host.dispatchEvent(new RepairRequestStepChangeEvent({ step, index, previous }));
  }

  /**
   * Waits for code the customer's action needs: "Loading…" only when it is slow
   * to come (usually it was fetched ahead: no flash); when it cannot be
   * downloaded, `load` is `failed` (the form says so) and it resolves to undefined.
   */
  private async loading<T>(load: Promise<T>, what: string): Promise<T | undefined> {
    const slow = setTimeout(() => this.setLoad('slow'), LOADING_DELAY_MS);
    this.setLoad('idle');
    const result = await this.loader.track(load.catch((error: unknown) => {
      console.error(`<repair-request>: ${what} could not be loaded.`, error);
      this.setLoad('failed');
      return undefined;
    }));
    clearTimeout(slow);
    if (this.load === 'slow') this.setLoad('idle');
    return result;
  }

  /**
   * The checks of the answers, once their code (loaded right after the first
   * paint) is there; undefined, with the load failure shown, if it cannot be.
   */
  checking(): Promise<Flow | undefined> {
    const { flow } = this.checks;
    return flow ? Promise.resolve(flow) : this.loading(this.checks.checking(), 'the checking code');
  }

  /** The checks of the whole request: with every rule set (those that can load; else what they check is not valid). */
  async checkingAll(): Promise<Flow | undefined> {
    await this.checks.loadRules().catch(() => undefined);
    return this.checking();
  }

  /** A new load status renders (the same one does not: a Next to a step built ahead renders once, with the step). */
  private setLoad(load: LoadStatus) {
    if (load === this.load) return;
    this.load = load;
    this.host.requestUpdate();
  }

  /** Next: leaves the step if it is answered, else shows its errors. */
  next = async () => {
    // Typed before the checks had loaded: Next waits for them (nothing typed is lost meanwhile).
    const flow = await this.checking();
    if (!flow) return;
    // A step in several screens opens its next screen when this one's fields have no errors; opened from the
    // summary, a step whose every answer is given returns to it from any screen (GOV.UK's "check answers").
    if (!this.returnsToSummary(flow) && this.currentStep?.nextScreen?.(flow.stepErrors(this.answers.draft, this.step))) return;
    if (!flow.canLeave(this.answers.draft, this.step)) return this.showErrors(this.step);
    if (this.returnToSummary) {
      // Back to the summary, unless the edit left another step to answer again (a new zone, say).
      const invalid = flow.firstInvalidStep(this.answers.draft);
      const target = invalid && invalid !== 'submit' ? invalid : 'submit';
      this.returnToSummary = target !== 'submit';
      if (target !== 'submit') this.answers.attempt(target);
      await this.goTo(target);
      return;
    }
    const next = nextStep(this.step);
    if (next) await this.goTo(next);
  };

  /** Whether Next returns to the summary now: opened from it, on the step's last screen or with every answer of the step given. */
  returnsToSummary(flow = this.checks.flow) {
    if (!this.returnToSummary) return false;
    return !this.currentStep?.moreScreens?.() || !!flow?.canLeave(this.answers.draft, this.step);
  }

  /** Previous (also the Submit step's, `rr-back`). */
  back = async () => {
    // Previous inside a step keeps the way back to the summary; leaving the step forgets it.
    if (this.currentStep?.previousScreen?.()) return;
    this.returnToSummary = false;
    const previous = previousStep(this.step);
    if (previous) await this.goTo(previous);
  };

  /** The summary's Change (`rr-edit`): the step opens on the screen holding `path`, with its field focused; Next returns to the summary. */
  edit = async (step: StepId, path?: string) => {
    this.returnToSummary = true;
    await this.goTo(step);
    await this.currentStep?.showScreen?.(path);
    if (path) await this.currentStep?.focusField(path);
  };

  /** A step's screen changed (`rr-screen`): the error summary and the buttons follow it. */
  screenChanged = () => this.host.requestUpdate();

  /** Opens the contact form (loading its code first) or returns to the form, and focuses its heading. */
  openView = async (view: 'contact' | 'form') => {
    if (view === 'contact') {
      this.setLoad('idle');
      await this.loader.track(Promise.all([
        later('contactForm'), loadLocale(this.options.locale(), partsFor(this.step, view)), this.checks.checking(),
      ])
        .catch((error: unknown) => {
          console.error('<repair-request>: the contact form could not be loaded.', error);
          this.setLoad('failed');
        }));
      if (this.load === 'failed') return;
    }
    this.view = view;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await (view === 'contact' ? this.host.renderRoot.querySelector<StepElement>('repair-request-contact-form') : this.currentStep)?.focusHeading();
  };

  /**
   * Opens a step with all its errors shown, as Next does, and focuses the error
   * summary: the one way errors are brought to the customer's attention.
   */
  async showErrors(step: StepId, options: { attempt?: boolean } = {}) {
    if (options.attempt ?? true) this.answers.attempt(step);
    if (step !== this.step) await this.goTo(step);
    // A step in several screens shows the one with the first error.
    await this.currentStep?.showScreen?.();
    await focusErrorSummary(this.host);
  }

  /**
   * Shows the confirmation of a stored request: its code loaded first (a plain
   * version if it cannot be), then `loaded` (which gives it the submission).
   */
  async showConfirmation(loaded: () => void) {
    await this.loader.track(this.loader.loadConfirmation(this.step));
    loaded();
    this.view = 'confirmation';
    this.host.requestUpdate();
    await this.host.updateComplete;
  }
}
