/**
 * The public properties of `<repair-request>` (its attributes and inputs from
 * the host page) and its API as a field of a page's `<form>`, with their
 * JSDoc, which the custom elements manifest and README's API reference are
 * made from (the manifest folds this class into the element). The element
 * (`src/repair-request.ts`) extends this class and reads the properties; only
 * the host page writes them.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { OwnedProduct, SerialLookup } from '../config/config-schema.js';
import type { RepairConfigInput } from '../config/validate-config.js';
import type { SavedAddress } from '../schema/address.js';
import { DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT_MS } from '../submit/settings.js';
import type { RequestHeadersOption } from '../submit/submitter.js';
import type { Persist } from '../submit/drafts.js';
import { FormAssociation } from './form-association.js';

/** The host page's inputs of `<repair-request>`: see the element for what it does with them. */
export abstract class RepairRequestProperties extends LitElement {
  /** A field of the page's `<form>` when it sits in one (see `name`). */
  static formAssociated = true;

  /**
   * Vendor-specific data (brand, catalogue, zones, links…). Parts left out keep
   * the defaults; `brand`, `support`, `links`, `fee`, `files` and `description`
   * are merged key by key, arrays replace the default. Without it, a
   * `<script type="application/json">` child is read instead. A configuration
   * that is not valid shows "This form is not configured correctly" instead of
   * the form, logs every bad path and fires `repair-request-error`
   * (`reason: 'configuration'`).
   */
  @property({ attribute: false }) config?: RepairConfigInput;

  /** Zone id to preselect on the Device step when the customer has not chosen one. */
  @property() zone?: string;

  /** Country (ISO 3166-1 alpha-2, e.g. `FR`) to preselect on the Device step when none is chosen. */
  @property() country?: string;

  /** Catalogue model id to preselect on the Device step ("Choose the product model") when none is chosen. */
  @property() product?: string;

  /** Serial number to prefill on the Device step ("Enter the serial number"); the model is recognised from it. */
  @property() serial?: string;

  /** Colour scheme: `light` or `dark`; without it, the reader's `prefers-color-scheme`. Reflected. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The signed-in customer's e-mail: the request's contact e-mail (the Address step then does not ask for it), and the prefill of the contact form's e-mail and the crash section's flight account. */
  @property({ attribute: 'customer-email' }) customerEmail?: string;

  /**
   * The signed-in customer's products, offered as the first way to identify the
   * device: each `{ model, serial, nickname? }`, with `model` a catalogue model
   * id. Entries that are malformed or name no catalogue model are left out, with
   * a console error.
   */
  @property({ attribute: false }) ownedProducts: OwnedProduct[] = [];

  /**
   * Optional hook that recognises a serial number the catalogue's prefixes do
   * not: `(serial, signal) => Promise<string | { model } | null | undefined>`,
   * resolving to a catalogue model id, or nothing when it does not know the
   * serial. Called after a pause in typing; `signal` aborts when the customer
   * types on. A model that is not in the catalogue counts as not recognised.
   */
  @property({ attribute: false }) serialLookup?: SerialLookup;

  /**
   * The customer's saved return addresses: each `{ id, recipient, line1,
   * line2?, postalCode, city, region?, country, phone }`, `country` an ISO
   * 3166-1 alpha-2 code. Addresses that are not valid for their country are
   * left out, with a console error.
   */
  @property({ attribute: false }) addresses: SavedAddress[] = [];

  /** Where the request is POSTed. Without it, Submit explains that the form is not connected. */
  @property() endpoint?: string;

  /**
   * Where each attached file (photos, proof of purchase) is sent ahead, on its
   * own, as soon as it is attached (`POST`, multipart, one part named after
   * its field: `repair-request/server`'s `{base}/uploads`), with its own
   * progress, Cancel and Retry; the request to `endpoint` then references the
   * files by id. `https:` (or this machine), like `endpoint`. Unset: the files
   * go with the request, in one multipart body.
   */
  @property({ attribute: 'upload-endpoint' }) uploadEndpoint?: string;

  /** Where the contact form is POSTed; without it the contact form falls back to an e-mail link. */
  @property({ attribute: 'contact-endpoint' }) contactEndpoint?: string;

  /**
   * Verification for the contact form (anti-spam): returns a token from the host's challenge.
   * Alternatively, slot a challenge element into `verification`. Without either, the
   * contact form says it is unavailable instead of sending unverified mail.
   */
  @property({ attribute: false }) verificationToken?: () => Promise<string>;

  /**
   * Extra headers for the request to `endpoint` (a CSRF or bearer token…): an
   * object (any `HeadersInit`), or a function, possibly async, that returns one
   * and is called before each attempt so a token can be refreshed. The widget's own headers (`Content-Type`, `Accept`,
   * `Idempotency-Key`) win over these.
   */
  @property({ attribute: false }) requestHeaders?: RequestHeadersOption;

  /**
   * Whether cookies go with the request, as in `fetch`: `omit`, `same-origin` (default) or `include`.
   * @type {'omit' | 'same-origin' | 'include'}
   */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * Milliseconds an attempt may go without an answer before it counts as a
   * `timeout` (while a file uploads: without progress).
   * @type {number}
   * @default 30000
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Attempts in all, the first included, before a failure is shown. Network
   * failures, timeouts, `408`, `429` and `5xx` are retried with exponential
   * backoff; other answers are not.
   * @type {number}
   * @default 4
   */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = DEFAULT_RETRY_POLICY.maxAttempts;

  /**
   * The backoff before the first retry, in milliseconds; it doubles for each
   * further retry (up to 30 s), and each wait is a random part of it (jitter).
   * A `Retry-After` answer wins.
   * @type {number}
   * @default 1000
   */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = DEFAULT_RETRY_POLICY.baseDelayMs;

  /**
   * Where the draft is kept as the customer types, so that going back, a failed
   * submission, a reload or a crash loses nothing: `session` (default:
   * `sessionStorage`, for the life of the tab; an attached file must be attached
   * again), `local` (IndexedDB: across browser restarts for 30 days, the attached
   * file included) or `none`. Storage that is full or blocked means no draft, with
   * a console warning. Read when the widget connects.
   * @type {'session' | 'local' | 'none'}
   */
  @property() persist: Persist = 'session';

  /**
   * The name the draft is saved under; default: the page's path. Give each
   * widget on a page its own. Read when the widget connects.
   */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /**
   * In a page's `<form>`, the name of the widget's entries in the form data:
   * the request as JSON under `name` once it is complete and valid (the same
   * JSON as POSTed to `endpoint`), and each attached file as an entry named
   * after its field (`{name}.proofOfPurchase`, `{name}.photos` once per photo).
   * Until then the widget is an invalid field: the form does not submit, and
   * trying to shows the widget's error summary.
   * Without an `endpoint`, Submit submits the form.
   */
  @property({ reflect: true }) name?: string;

  /** How the widget takes part in a page's `<form>`. */
  protected readonly field = new FormAssociation(this);

  /** The `<form>` the widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.field.form;
  }

  /** Whether the request is complete and valid, as a form field (`valid` unless it is in a form). */
  get validity(): ValidityState | undefined {
    return this.field.internals?.validity;
  }

  /** Why the widget is not a valid form field, in the widget's language; empty when it is. */
  get validationMessage(): string {
    return this.field.internals?.validationMessage ?? '';
  }

  /** As for any form field: whether the request is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    return this.field.internals?.checkValidity() ?? true;
  }

  /** As `checkValidity()`, and when not valid shows the current step's errors with the error summary. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.validate();
    return valid;
  }

  /**
   * The page's form was reset: a new request.
   * @internal Called by the browser.
   */
  formResetCallback() {
    void this.reset();
  }

  /**
   * A disabled `<fieldset>` around the widget, or its form, disables it.
   * @internal Called by the browser.
   */
  formDisabledCallback(disabled: boolean) {
    this.field.setDisabled(disabled);
  }

  /** See the element. */
  abstract validate(): Promise<{ valid: boolean; errors: Record<string, string> }>;
  /** See the element. */
  abstract reset(): Promise<void>;
}
