/**
 * What the customer has answered, and what decides which errors show: the
 * draft, the steps where Next was pressed, the fields an in-step check
 * revealed, the endpoint's field errors, and the address book and address
 * being typed. Only the shell's controllers change it, always by replacing
 * objects (never mutating them), so a change is a new identity (the draft
 * autosave relies on it); each change asks the element to render.
 */
import type { RequestHeadersOption } from '../submit/submitter.js';
import type { ReactiveControllerHost } from 'lit';
import type { DeviceConfig, SerialLookup } from '../config/config-schema.js';
import type { HostInputs } from '../config/host-inputs.js';
import { localToday } from '../flow/order.js';
import { devicePrefill, type DeviceHints } from '../flow/prefill.js';
import type { SavedAddress } from '../schema/address.js';
import type { StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';
import type { UnsavedAddress } from '../submit/drafts.js';
import type { ServerErrors } from '../submit/server-errors.js';
import type { InternalEvent } from '../ui/internal-events.js';
import type { HostContext } from '../ui/step-element.js';

/** The answers' state, each part replaced as a whole. */
export interface AnswersState {
  draft: RepairDraft;
  /** Steps on which Next was pressed: all their errors show, with the summary. */
  attempted: ReadonlySet<StepId>;
  /**
   * The draft at each step's last Next (or Submit, `validate()`): the error summary lists the errors found
   * then that still apply, so it does not grow while the customer types (see `summaryErrors`).
   */
  listedAt: ReadonlyMap<StepId, RepairDraft>;
  /** Fields whose errors an in-step check showed before Next (a Confirm button; see `ChangeDetail.reveal`). */
  revealed: ReadonlySet<string>;
  /** Field errors from the endpoint's last `422`, shown until the customer changes those fields. */
  serverErrors: ServerErrors;
  /** The customer's own address book, once they add, edit or delete an address. */
  addressBook?: SavedAddress[] | undefined;
  /** The address being typed on the Address step, not saved to the book yet (kept with the draft). */
  addressForm?: UnsavedAddress | undefined;
}

const empty = (): AnswersState => ({
  draft: {}, attempted: new Set(), listedAt: new Map(), revealed: new Set(), serverErrors: {}, addressBook: undefined, addressForm: undefined,
});

export class Answers implements AnswersState {
  draft: RepairDraft = {};
  attempted: ReadonlySet<StepId> = new Set();
  listedAt: ReadonlyMap<StepId, RepairDraft> = new Map();
  revealed: ReadonlySet<string> = new Set();
  serverErrors: ServerErrors = {};
  addressBook?: SavedAddress[] | undefined;
  addressForm?: UnsavedAddress | undefined;

  /**
   * `stepOnly` takes a change of the shown step's answers that needs no render of the element (a keystroke that
   * changes only what the step shows) and returns whether it did.
   */
  constructor(private readonly host: ReactiveControllerHost, private readonly stepOnly?: (step: StepId) => boolean) {}

  /** Replaces parts of the state. */
  set(patch: Partial<AnswersState>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Forgets every answer and shown error (a new request). */
  clear() {
    this.set(empty());
  }

  /** Next was pressed on `step`: all its errors show, and the summary lists those found now. */
  attempt(step: StepId) {
    this.set({ attempted: new Set([...this.attempted, step]), listedAt: new Map([...this.listedAt, [step, this.draft]]) });
  }

  /** The host's Device hints as answers where none is given; unknown ones are reported (when `report`) and ignored. */
  prefillDevice(config: DeviceConfig, hints: DeviceHints, report: boolean) {
    const { patch, problems } = devicePrefill(config, this.draft, hints);
    if (report) for (const problem of problems) console.error(`<repair-request>: ${problem}; it is ignored.`);
    if (Object.keys(patch).length) this.set({ draft: { ...this.draft, device: { ...this.draft.device, ...patch } } });
  }

  /** A step's answers changed (`rr-change`). */
  onChange = (e: InternalEvent<'rr-change'>) => {
    e.stopPropagation();
    const { step, patch, reveal } = e.detail;
    const draft = { ...this.draft, [step]: { ...this.draft[step], ...patch } };
    if (reveal) {
      this.set({ draft, revealed: new Set([...this.revealed, ...Object.keys(patch).map((f) => `${step}.${f}`)]) });
      return;
    }
    this.draft = draft;
    if (!this.stepOnly?.(step)) this.host.requestUpdate();
  };

  /** The customer's address book changed (`rr-address-book`). */
  onAddressBook = (e: InternalEvent<'rr-address-book'>) => {
    e.stopPropagation();
    this.set({ addressBook: e.detail.addresses });
  };

  /** An error from the endpoint no longer holds (`rr-resolved`): it stops showing. */
  onResolved = (e: InternalEvent<'rr-resolved'>) => {
    e.stopPropagation();
    const { [e.detail.path]: resolved, ...rest } = this.serverErrors;
    if (resolved) this.set({ serverErrors: rest });
  };

  /** The address being typed changed (`rr-address-form`). */
  onAddressForm = (e: InternalEvent<'rr-address-form'>) => {
    e.stopPropagation();
    this.set({ addressForm: e.detail.form });
  };

  /**
   * What the steps get besides the draft: the host's inputs as checked, and the customer's address book.
   * The same object while none of it changes, so that a step given it again has nothing new to render.
   */
  context(inputs: HostInputs, host: {
    serialLookup?: SerialLookup | undefined; customerEmail?: string | undefined; uploadEndpoint?: string | undefined;
    credentials: RequestCredentials; requestHeaders?: RequestHeadersOption | undefined;
  }): HostContext {
    const next: HostContext = {
      upload: this.#uploadSettings(host),
      ownedProducts: inputs.ownedProducts,
      serialLookup: host.serialLookup,
      addresses: this.addressBook ?? inputs.addresses,
      customerEmail: host.customerEmail,
      addressForm: this.addressForm,
      today: localToday(),
    };
    const last = this.#context;
    if (last && (Object.keys(next) as (keyof HostContext)[]).every((key) => Object.is(last[key], next[key]))) return last;
    return (this.#context = next);
  }

  #context?: HostContext;

  /** Where files are sent ahead (`upload-endpoint`), the same object while the host's settings stay the same. */
  #uploadSettings(host: { uploadEndpoint?: string | undefined; credentials: RequestCredentials; requestHeaders?: RequestHeadersOption | undefined }) {
    if (!host.uploadEndpoint) return undefined;
    const last = this.#upload;
    if (last?.endpoint === host.uploadEndpoint && last.credentials === host.credentials && last.headers === host.requestHeaders) return last;
    return (this.#upload = { endpoint: host.uploadEndpoint, baseURI: document.baseURI, credentials: host.credentials, headers: host.requestHeaders });
  }

  #upload?: NonNullable<HostContext['upload']>;
}
