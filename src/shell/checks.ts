/**
 * What the answers are checked against: the configuration in use (or why it
 * cannot be used), the Address step's country rules (loaded with that step),
 * and the flow made from both. A configuration that is not valid is reported
 * once it has rendered: in the console and with `repair-request-error`
 * (`reason: 'configuration'`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RepairConfig } from '../config/config-schema.js';
import { defaultConfig } from '../config/default-config.js';
import { RepairRequestErrorEvent } from '../events.js';
import { createFlow, localToday, type Flow } from '../flow/flow.js';
import type { AddressRules } from '../schema/address-rules.js';

export class Checks implements ReactiveController {
  /** The configuration in use, as checked. */
  config: RepairConfig = defaultConfig;
  /** Every problem of the configuration, as `path: problem`; the form is not shown while there are any. */
  problems: readonly string[] = [];
  /** The Address step's country rules, loaded with that step; until then no return address is valid. */
  addressRules: AddressRules | null = null;
  flow: Flow = this.createFlow();

  #addressRulesLoad?: Promise<void>;
  /** New problems, reported once rendered. */
  #unreported = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** The host's configuration was checked: returns whether it can be used. */
  setConfig(config: RepairConfig, problems: readonly string[]): boolean {
    if (problems !== this.problems) this.#unreported = problems.length > 0;
    this.problems = problems;
    this.host.requestUpdate();
    if (problems.length) return false;
    if (config !== this.config) {
      this.config = config;
      this.flow = this.createFlow();
    }
    return true;
  }

  /** The flow for the configuration in use, with the address rules once loaded. */
  private createFlow() {
    return createFlow(this.config, { today: localToday(), addressRules: this.addressRules });
  }

  /** Loads the Address step's country rules (once); the flow then checks return addresses. */
  loadAddressRules() {
    return (this.#addressRulesLoad ??= import('../schema/address-rules.js').then(({ addressRules }) => {
      this.addressRules = addressRules;
      this.flow = this.createFlow();
      this.host.requestUpdate();
    }, (error: unknown) => {
      this.#addressRulesLoad = undefined;
      console.error('<repair-request>: the address rules could not be loaded, so no return address can be checked yet.', error);
      throw error;
    }));
  }

  hostUpdated() {
    if (!this.#unreported) return;
    this.#unreported = false;
    const message = `<repair-request>: the configuration is not valid, so the form is not shown:\n${this.problems.join('\n')}`;
    console.error(message);
    this.host.dispatchEvent(new RepairRequestErrorEvent({ reason: 'configuration', message, willRetry: false }));
  }
}
