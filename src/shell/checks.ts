/**
 * What the answers are checked against: the configuration in use (or why it
 * cannot be used), the rules some steps check with (the Address step's
 * country rules, the Malfunction step's photo rules: each loaded with the
 * first step that needs it), and the flow made from them. The flow's checks
 * (the schema and zod) are not needed to paint the first step, so they load
 * right after the first render: until then `flow` is undefined and no error
 * is known yet, and whatever must decide (Next, `validate()`, Submit) awaits
 * {@link Checks.checking}. Without a host configuration, the first step paints
 * with the default's Device step part, and the rest of the default loads with
 * the checking code: the whole configuration ({@link Checks.whole}) is there
 * once the checks are. A configuration that is not valid is reported
 * once it has rendered: in the console and with `repair-request-error`
 * (`reason: 'configuration'`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeviceConfig, RepairConfig } from '../config/config-schema.js';
import { deviceDefaults } from '../config/device-defaults.js';
import { RepairRequestErrorEvent } from '../events.js';
import type { Flow } from '../flow/flow.js';
import { localToday } from '../flow/order.js';
import { afterPaint } from './after-paint.js';
import { later } from './later.js';
import type { SchemaContext } from '../schema/request.js';

/** The rules steps check with (`needs` in the step registry), by need. */
export type RuleNeed = 'addressRules' | 'photoRules';

/** Each rule set's code, loaded with the first step that needs it. */
const RULES = {
  addressRules: () => later('addressRules').then((m) => m.addressRules),
  photoRules: () => later('photoRules').then((m) => m.photoRules),
} satisfies Record<RuleNeed, () => Promise<unknown>>;

const ALL_RULES = Object.keys(RULES) as RuleNeed[];

export class Checks implements ReactiveController {
  /**
   * The whole configuration in use, as checked: the host's, or the default once
   * its later parts have loaded (with the checking code). What the steps after
   * the first, the flow, the form's value and the views read.
   */
  whole?: RepairConfig;
  /** Every problem of the configuration, as `path: problem`; the form is not shown while there are any. */
  problems: readonly string[] = [];
  /** The rules loaded so far; until the address rules are, no return address is valid. */
  rules: Pick<SchemaContext, RuleNeed> = { addressRules: null, photoRules: null };
  /** The checks for the configuration in use; undefined until the checking code has loaded. */
  flow?: Flow;

  #createFlow?: typeof import('../flow/flow.js').createFlow;
  /** The host's configuration, checked; undefined for the default. */
  #host?: RepairConfig;
  /** The whole default, once loaded with the checking code. */
  #defaults?: RepairConfig;
  #checksLoad?: Promise<void>;
  #checksStarted = false;
  #loads: Partial<Record<RuleNeed, Promise<void>>> = {};
  /** New problems, reported once rendered. */
  #unreported = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** What the Device step reads: the whole configuration, or the default's Device step part until the rest has loaded. */
  get config(): DeviceConfig {
    return this.whole ?? deviceDefaults;
  }

  /** The host's configuration was checked (undefined: the default): returns whether it can be used. */
  setConfig(config: RepairConfig | undefined, problems: readonly string[]): boolean {
    if (problems !== this.problems) this.#unreported = problems.length > 0;
    this.problems = problems;
    this.host.requestUpdate();
    if (problems.length) return false;
    this.#host = config;
    this.useWhole();
    return true;
  }

  /** The whole configuration, when known (the host's, or the loaded default), and the flow for it. */
  private useWhole() {
    const whole = this.#host ?? this.#defaults;
    if (whole === this.whole) return;
    this.whole = whole;
    this.flow = this.createFlow();
  }

  /** The flow for the configuration in use, with the rules loaded so far (once the checking code and the whole configuration have). */
  private createFlow() {
    return this.whole && this.#createFlow?.(this.whole, { today: localToday(), ...this.rules });
  }

  /**
   * The checks for the configuration in use, once their code and the rest of
   * the default configuration have loaded (then {@link whole} is set); it
   * rejects when either cannot be downloaded (the next call tries again).
   */
  async checking(): Promise<Flow> {
    this.#checksStarted = true;
    await (this.#checksLoad ??= Promise.all([later('flow'), later('defaultConfig')]).then(([{ createFlow }, { defaultConfig }]) => {
      this.#createFlow = createFlow;
      this.#defaults = defaultConfig;
      this.whole = this.#host ?? defaultConfig;
      this.flow = this.createFlow();
      this.host.requestUpdate();
    }, (error: unknown) => {
      this.#checksLoad = undefined;
      throw error;
    }));
    return this.flow!;
  }

  /** Whether every rule set is loaded (Submit and `validate()` check the whole request). */
  get allRules() {
    return ALL_RULES.every((need) => this.rules[need]);
  }

  /** Loads rule sets (once each; by default all of them); the flow then checks with them. */
  loadRules(needs: readonly RuleNeed[] = ALL_RULES) {
    return Promise.all(needs.map((need) => (this.#loads[need] ??= RULES[need]().then((rules) => {
      this.rules = { ...this.rules, [need]: rules };
      this.flow = this.createFlow();
      this.host.requestUpdate();
    }, (error: unknown) => {
      delete this.#loads[need];
      console.error(`<repair-request>: the ${need} could not be loaded, so the answers they check cannot be checked yet.`, error);
      throw error;
    }))));
  }

  hostUpdated() {
    // Right after the first paint, not when idle: the customer may type or press Next at once.
    if (!this.#checksStarted) {
      this.#checksStarted = true;
      void afterPaint().then(() => this.checking()).catch((error: unknown) => {
        console.error('<repair-request>: the checking code could not be loaded; it is tried again on Next.', error);
      });
    }
    if (!this.#unreported) return;
    this.#unreported = false;
    const message = `<repair-request>: the configuration is not valid, so the form is not shown:\n${this.problems.join('\n')}`;
    console.error(message);
    this.host.dispatchEvent(new RepairRequestErrorEvent({ reason: 'configuration', message, willRetry: false }));
  }
}
