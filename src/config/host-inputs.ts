/**
 * What the host passes — the configuration (the `config` property or a JSON
 * child), the customer's owned products and saved addresses — checked before
 * the form uses it. The checking code loads only when there is something to
 * check: a page that passes nothing shows the first step without it.
 *
 * The form waits for the configuration's check (a wrong one must never show a
 * half-working form) and for the first check of the owned products (they are
 * on the first step); saved addresses are checked with the Address step's
 * country rules, which the shell awaits before it opens that step. Pure: no
 * Lit, no DOM.
 */
import type { DeviceConfig, OwnedProduct, RepairConfig } from './config-schema.js';
import { deviceDefaults } from './device-defaults.js';
import type { SavedAddress } from '../schema/address.js';
import { later } from '../shell/later.js';

/**
 * The code that checks the host's configuration and owned products: its own
 * `import()`, not through {@link later}, since the first paint may wait for it.
 */
const configChecks = () => import('./validate-config.js');

/** The configuration the host gave: none, a value to check, or a JSON child that does not parse. */
export type ConfigSource = { value: unknown } | 'invalid' | undefined;

export interface HostInputsOptions {
  /**
   * A configuration was checked: usable when `problems` is empty, and then
   * `config` is it (the host's merged over the default), or undefined when
   * the host gives none: the default then, whose Device step part
   * (`deviceDefaults`) is here and whose rest loads with the checks.
   */
  onConfig(config: RepairConfig | undefined, problems: readonly string[]): void;
  /** Something the form shows changed. */
  requestUpdate(): void;
  /** Reports inputs that are left out. */
  error?: (message: string) => void;
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

export class HostInputs {
  /** The host's configuration merged over the default, once checked; undefined for the default. */
  config?: RepairConfig;
  /** Every problem of the last configuration, as `path: problem`; the form is not shown while there are any. */
  problems: readonly string[] = [];
  /** The code that checks the configuration could not be downloaded: a network problem, not the site owner's. */
  checkUnavailable = false;
  /** The owned products that are well formed and name a catalogue model. */
  ownedProducts: OwnedProduct[] = [];
  /** The saved addresses that are valid for their country. */
  addresses: SavedAddress[] = [];

  private owned: unknown = [];
  private saved: unknown = [];
  private runs = { config: 0, owned: 0, addresses: 0 };
  private checkingConfig = false;
  private ownedChecked = true;
  /** The form has been shown: later checks never take it away (the previous inputs serve meanwhile). */
  private shown = false;
  private pending = new Set<Promise<void>>();

  constructor(private readonly options: HostInputsOptions) {}

  /**
   * The form waits: the first configuration, or the first owned products, are
   * being checked. Once it has shown, it stays (focus, typing and timers are
   * never interrupted) while later inputs are checked.
   */
  get checking() {
    if (this.shown) return false;
    const waiting = this.checkingConfig || !this.ownedChecked;
    if (!waiting) this.shown = true;
    return waiting;
  }

  /** A configuration is being checked: what depends on it (the prefilled answers) waits for it. */
  get configPending() {
    return this.checkingConfig;
  }

  /** Settles once every check in progress is done, including checks started meanwhile. */
  async settled() {
    while (this.pending.size) await Promise.all(this.pending);
  }

  setConfig(source: ConfigSource) {
    const run = ++this.runs.config;
    if (source === undefined) {
      this.applyConfig(undefined, []);
      return;
    }
    if (source === 'invalid') {
      this.applyConfig(this.config, ['<script type="application/json">: not valid JSON']);
      return;
    }
    this.checkingConfig = true;
    this.checkUnavailable = false;
    this.track(configChecks().then(({ checkHostConfig }) => {
      if (run !== this.runs.config) return;
      const { config, problems } = checkHostConfig(source.value);
      this.applyConfig(config ?? this.config, problems);
    }, (error: unknown) => {
      if (run !== this.runs.config) return;
      this.checkUnavailable = true;
      this.applyConfig(this.config, [`(configuration): it could not be checked, the code that checks it did not load (${String(error)})`]);
    }));
  }

  setOwnedProducts(value: unknown) {
    this.owned = value;
    // Checked against the configuration being checked, once it is (see applyConfig).
    if (!this.checkingConfig) this.checkOwned();
  }

  setAddresses(value: unknown) {
    this.saved = value;
    if (!this.checkingConfig) this.checkAddresses();
  }

  /** The end of every configuration check, whatever its outcome. */
  private applyConfig(config: RepairConfig | undefined, problems: readonly string[]) {
    this.checkingConfig = false;
    this.config = config;
    this.problems = problems;
    this.options.onConfig(config, problems);
    if (!problems.length) {
      this.checkOwned();
      this.checkAddresses();
    }
  }

  private checkOwned() {
    // Only a list given before the form first shows holds it back (see `checking`).
    this.ownedChecked = false;
    this.checkList('owned', 'owned products', this.owned,
      () => configChecks().then((m) => m.validOwnedProducts),
      (valid) => { this.ownedProducts = valid; },
      () => { this.ownedChecked = true; });
  }

  private checkAddresses() {
    this.checkList('addresses', 'saved addresses', this.saved,
      () => later('validateAddresses').then((m) => m.validAddresses),
      (valid) => { this.addresses = valid; });
  }

  /**
   * Checks a list the host passed, with a check whose code loads on demand (an
   * empty list needs none). Only the latest check of a kind counts.
   */
  private checkList<T>(
    kind: 'owned' | 'addresses',
    what: string,
    value: unknown,
    loadCheck: () => Promise<(config: DeviceConfig, value: unknown) => { valid: T[]; problems: string[] }>,
    apply: (valid: T[]) => void,
    done?: () => void,
  ) {
    const run = ++this.runs[kind];
    if (isEmptyList(value)) {
      apply([]);
      done?.();
      return;
    }
    // The catalogue and zones are the Device step's part, which the default has from the start.
    const config = this.config ?? deviceDefaults;
    const latest = () => run === this.runs[kind];
    this.track(loadCheck().then((check) => {
      if (!latest()) return;
      let result: { valid: T[]; problems: string[] };
      try {
        result = check(config, value);
      } catch (error) {
        result = { valid: [], problems: [`(all): they could not be checked (${String(error)})`] };
      }
      apply(result.valid);
      this.report(what, result.problems);
    }, (error: unknown) => {
      if (latest()) this.report(what, [`(all): their check did not load (${String(error)})`]);
    }).finally(() => {
      if (latest()) done?.();
    }));
  }

  private report(what: string, problems: readonly string[]) {
    if (!problems.length) return;
    (this.options.error ?? console.error)(`<repair-request>: these ${what} are ignored:\n${problems.join('\n')}`);
  }

  private track(work: Promise<void>) {
    const done: Promise<void> = work.finally(() => {
      this.pending.delete(done);
      this.options.requestUpdate();
    });
    this.pending.add(done);
  }
}
