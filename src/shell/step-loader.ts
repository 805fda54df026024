/**
 * The code behind the steps and views, loaded as they are needed: a step's
 * element, its words in the current language and what it checks with; the
 * next step is fetched and built (hidden) in idle time, so that Next only has
 * to show it. Keeps which steps are built, each one's last template, and the
 * load in progress (the element's `updateComplete` waits for it).
 */
import type { ReactiveControllerHost } from 'lit';
import { nextStep } from '../flow/order.js';
import { loadLocale, partsFor } from '../i18n/localization.js';
import { STEPS, type StepId } from '../schema/options.js';
import { later } from './later.js';
import { STEP_REGISTRY, stepNeeds, type StepEntry, type StepNeed } from '../steps/registry.js';

/** Runs `task` when the browser is idle, or after `timeout` ms at the latest (soon, where it cannot tell). */
export const whenIdle = (task: () => void, timeout = 2000) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout }) : setTimeout(task, 50);

/**
 * Styles and lays out a hidden step's panel once as shown, then hides it again in the same task (so it is never
 * painted, focused or announced): it keeps that style and layout while hidden (`content-visibility: hidden`), and the
 * first Next to it costs what a later one does. Shown for the first time, a step built ahead took twice the style and
 * layout of a later show (its styles computed as shown, not inert, for the first time).
 */
function layOutAsShown(panel: HTMLElement) {
  if (!panel.hidden || !panel.isConnected) return;
  panel.hidden = panel.inert = false;
  panel.getBoundingClientRect();
  panel.hidden = panel.inert = true;
}

export interface StepLoaderOptions {
  /** The widget's language. */
  locale: () => string;
  /** Settles once the host's inputs are checked. */
  inputsSettled: () => Promise<void>;
  /** Loads the checks and the whole configuration, which every step after the first reads (it rejects when they cannot be downloaded). */
  checking: () => Promise<unknown>;
  /** How to load what a step needs besides its element (the registry's `needs`). */
  load: Record<StepNeed, () => Promise<unknown>>;
}

export class StepLoader {
  /** Bumped by `reset()`: the views kept by `cache` and the built steps are made anew, forgetting their own state. */
  generation = 0;
  /**
   * Steps whose elements stay in the form, hidden while another is shown: the
   * ones visited (what was half-typed there stays) and the next one, built in
   * idle time so that Next only has to show it.
   */
  builtSteps: ReadonlySet<StepId> = new Set();
  /**
   * Each step's last template, and what it was made from (the language first): a hidden step gets the
   * same one again, so it does not update while hidden (see `template()`).
   */
  readonly #made = new Map<StepId, { template: unknown; from: readonly unknown[] }>();
  /** At the render under way (idle time), hidden steps are made anew, to be laid out again while hidden. */
  #refreshing = false;
  #refreshQueued = false;
  /** The load in progress (or the last one). */
  pending: Promise<unknown> = Promise.resolve();

  /**
   * Each step's code, once asked for: a Next to a step built ahead then waits for no new `import()`, which
   * would settle only in a later task (a frame or two later), but for a promise already settled.
   */
  readonly #code = new Map<StepId, Promise<unknown>>();
  #panelsChanged = true;
  #lastStep?: StepId;
  #lastGeneration = -1;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: StepLoaderOptions,
  ) {}

  /** Keeps `load` as the load in progress. */
  track<T>(load: Promise<T>): Promise<T> {
    this.pending = load;
    return load;
  }

  /** These steps' elements stay in the form. */
  built(...steps: StepId[]) {
    this.builtSteps = new Set([...this.builtSteps, ...steps]);
    this.#panelsChanged = true;
    this.host.requestUpdate();
  }

  /**
   * A step's template: made anew for the current step; a hidden step keeps its last one while the customer
   * types (no update while hidden), and is made anew with the answers of the moment once the browser is idle,
   * then laid out again, still hidden: Next then only shows it. `from` is what the template is made from
   * (compared item by item).
   */
  template(step: StepId, current: boolean, answers: readonly unknown[], make: () => unknown): unknown {
    const made = this.#made.get(step);
    const from = [this.options.locale(), ...answers];
    // In another language, a hidden step waits to be shown: its words in that language may not be loaded yet.
    const stale = !!made && made.from[0] === from[0] && made.from.some((x, i) => x !== from[i]);
    if (current || !made || (stale && this.#refreshing)) {
      this.#made.set(step, { template: make(), from });
    } else if (stale && !this.#refreshQueued) {
      this.#refreshQueued = true;
      const generation = this.generation;
      whenIdle(() => {
        this.#refreshQueued = false;
        this.#refreshing = generation === this.generation;
        this.host.requestUpdate();
      });
    }
    return this.#made.get(step)!.template;
  }

  /** A new, empty form: nothing is built. */
  reset() {
    this.builtSteps = new Set();
    this.#made.clear();
    this.generation++;
    this.#panelsChanged = true;
    this.host.requestUpdate();
  }

  /**
   * A step's code, its words in the current language and what it checks with (once shown: the host's inputs checked);
   * after the first step, also the checks and the whole configuration.
   */
  loadStep(step: StepId, shown = false) {
    const entry: StepEntry = STEP_REGISTRY[step];
    let code = this.#code.get(step);
    if (!code) {
      this.#code.set(step, (code = entry.code ? later(entry.code) : Promise.resolve()));
      // A failed download is tried again on the next call (the customer comes back online).
      code.catch(() => this.#code.delete(step));
    }
    return Promise.all([
      code, this.#words(step),
      ...(entry.needs ?? []).map((need) => this.options.load[need]()),
      stepNeeds(step, 'addressRules') && shown && this.options.inputsSettled(),
      step !== STEPS[0] && this.options.checking(),
      // The language may change while the rest loads: the step's words come in the new one too.
    ]).then(async (loaded) => (await this.#words(step), loaded));
  }

  /** A step's words in the current language; when the language changes while they load, in the new one too. */
  async #words(step: StepId) {
    for (let locale; locale !== this.options.locale();) await loadLocale((locale = this.options.locale()), partsFor(step));
  }

  /** The confirmation's code and words: loaded ahead on the Submit step; never fails (a plain version shows instead). */
  loadConfirmation(step: StepId) {
    return Promise.all([
      later('confirmationView'),
      loadLocale(this.options.locale(), partsFor(step, 'confirmation')),
    ]).catch((error: unknown) => {
      console.error('<repair-request>: the confirmation could not be loaded.', error);
      return later('confirmationFallback').catch(() => undefined);
    });
  }

  /** After each render of the element, on `step`. */
  afterRender(step: StepId) {
    // Hidden steps made anew: laid out again as shown (their layout is kept while hidden, and would be stale), once
    // they have rendered, when the browser is idle (those not laid out yet are below).
    if (this.#refreshing) {
      this.#refreshing = false;
      for (const panel of this.host.renderRoot.querySelectorAll<HTMLElement>('.step-panel[hidden][data-laid-out]')) {
        whenIdle(() => layOutAsShown(panel));
      }
    }
    // A step panel laid out once (two frames after it appears) keeps its layout while hidden.
    // Panels appear only with a new step, a step built ahead or a reset: not on every keystroke.
    if (this.#panelsChanged || step !== this.#lastStep) {
      this.#panelsChanged = false;
      for (const panel of this.host.renderRoot.querySelectorAll<HTMLElement>('.step-panel:not([data-laid-out])')) {
        requestAnimationFrame(() => requestAnimationFrame(() => {
          panel.setAttribute('data-laid-out', '');
          whenIdle(() => layOutAsShown(panel));
        }));
      }
    }
    // Fetch the next step's code while the customer answers this one, so Next is instant;
    // once the browser is idle, so the step just opened paints first.
    if (step !== this.#lastStep || this.generation !== this.#lastGeneration) {
      this.#lastStep = step;
      this.#lastGeneration = this.generation;
      const next = nextStep(step);
      const generation = this.generation;
      if (next) whenIdle(() => { if (generation === this.generation) void this.buildAhead(next); });
    }
  }

  /**
   * Fetches a step's code (and what it checks with) and builds its element,
   * hidden, with the current answers, while the customer is on the step before.
   */
  private async buildAhead(step: StepId) {
    const generation = this.generation;
    try {
      await this.loadStep(step);
    } catch {
      return; // Next loads it again, and says so if it still cannot.
    }
    if (generation === this.generation && !this.builtSteps.has(step)) this.built(step);
  }
}
