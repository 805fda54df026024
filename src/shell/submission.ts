/**
 * Sending the request: the submission's status (`idle`, `sending`, `retrying`,
 * `offline`, `sent`, `failed`), its abort signal, the transport's code loaded
 * lazily (ahead on the Submit step: `submit/send.ts`) and the `repair-request-error` events.
 * The shell validates first and shows what comes back (confirmation, field errors).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RepairRequestErrorEvent } from '../events.js';
import type { RepairDraft, RepairRequest } from '../schema/request.js';
import { normalizeAttempts } from '../submit/settings.js';
import type { AttemptFailure, RequestHeadersOption } from '../submit/submitter.js';
import { SubmitError, isBusy, type Submission } from '../submit/types.js';

/** The element's transport options (its public properties). */
export interface SubmissionHost extends ReactiveControllerHost, EventTarget {
  endpoint?: string | undefined;
  uploadEndpoint?: string | undefined;
  maxAttempts: number;
  retryDelay: number;
  timeout: number;
  credentials: RequestCredentials;
  requestHeaders?: RequestHeadersOption | undefined;
}

/** What the shell does when the endpoint answers. */
export interface SubmissionOutcome {
  /** Sending starts: earlier field errors from the endpoint no longer apply. */
  started(): void;
  /** The widget's language, sent as `Content-Language` (the workshop writes to the customer in it). */
  language(): string;
  /** The endpoint stored the request. */
  sent(caseNumber: string, response: unknown): Promise<void>;
  /** The draft sent (the endpoint's errors are kept with its values). */
  draft(): RepairDraft;
  /** The endpoint refused some fields (`422`). */
  rejected(refused: RefusedAnswers): Promise<void>;
}

type Transport = [typeof import('../submit/send.js'), unknown];

/** The endpoint's refused answers, kept with the values they were about, and the first step with one. */
export type RefusedAnswers = ReturnType<typeof import('../submit/send.js').refusedAnswers>;

/** Waits until the browser is back online; rejects when `signal` aborts first. */
const whenOnline = (signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  const done = () => {
    removeEventListener('online', done);
    signal.removeEventListener('abort', done);
    if (signal.aborted) reject(new SubmitError('aborted', 'The submission was cancelled.'));
    else resolve();
  };
  addEventListener('online', done);
  signal.addEventListener('abort', done);
});

/** Why a submission was aborted (its signal's reason): the widget left the page, not the customer's Cancel. */
const INTERRUPTED = 'interrupted';

/** Where the submission stands, held by the element (it renders it before this controller's code is loaded). */
export interface SubmissionState {
  status: Submission;
}

export class SubmissionController implements ReactiveController {
  /** The submission in flight: aborting it cancels the attempt, the backoff or the wait for the network. */
  #sending?: AbortController;
  #transport?: Promise<Transport>;

  constructor(private readonly host: SubmissionHost, private readonly state: SubmissionState) {
    host.addController(this);
  }

  /** Where the submission stands. */
  get status(): Submission {
    return this.state.status;
  }

  set status(status: Submission) {
    this.state.status = status;
    this.host.requestUpdate();
  }

  /** Whether a submission is under way (further presses of Submit send nothing). */
  get busy() {
    return !!this.#sending || isBusy(this.state.status);
  }

  /** Busy while `work` runs (checking before sending), so nothing slips in meanwhile. */
  async hold<T>(work: Promise<T>): Promise<T | undefined> {
    this.#sending = new AbortController();
    const result = await work.catch(() => undefined);
    this.#sending = undefined;
    return result;
  }

  /** The customer's Cancel: the answers stay, nothing more is sent. */
  cancel() {
    this.#sending?.abort();
  }

  /** Cancels what is in flight and forgets the last submission. */
  reset() {
    this.cancel();
    this.state.status = { status: 'idle' };
  }

  /** The widget left the page (a framework moving it, say): sending stops, and is not said to be the customer's doing. */
  hostDisconnected() {
    this.#sending?.abort(INTERRUPTED);
  }

  /** Sends a valid request, retrying while that may help. */
  async send(request: RepairRequest, idempotencyKey: string, outcome: SubmissionOutcome) {
    const { host } = this;
    // Busy from here, so further clicks send nothing while the transport's code loads.
    const sending = (this.#sending = new AbortController());
    const maxAttempts = normalizeAttempts(host.maxAttempts);
    this.status = { status: 'sending', attempt: 1, maxAttempts };
    let transport: Transport;
    try {
      // Offline, the code that sends could not be downloaded (if it was not on the Submit step): wait for the network first.
      if (navigator.onLine === false) {
        this.#attemptFailed({ error: new SubmitError('offline', 'The browser is offline.'), attempt: 1, maxAttempts });
        this.status = { status: 'offline', attempt: 1, maxAttempts };
        await whenOnline(sending.signal);
        this.status = { status: 'sending', attempt: 1, maxAttempts };
      }
      transport = await this.loadTransport();
    } catch (error) {
      this.#sending = undefined;
      // Cancelled by reset(), which has already moved on: nothing failed.
      if (sending.signal.aborted && !isBusy(this.state.status)) return;
      this.#fail(error instanceof SubmitError ? error
        : new SubmitError('network', `<repair-request>: the code that sends the request could not be loaded: ${String(error)}`), sending.signal);
      return;
    }
    const [{ send, refusedAnswers }] = transport;
    outcome.started();
    try {
      const { caseNumber, response } = await send(request, idempotencyKey, sending.signal, {
        endpoint: host.endpoint, baseURI: document.baseURI, maxAttempts, retryDelay: host.retryDelay, timeout: host.timeout,
        credentials: host.credentials, requestHeaders: host.requestHeaders, language: outcome.language(),
        uploadEndpoint: host.uploadEndpoint,
      }, {
        onState: (state) => { if (!sending.signal.aborted) this.status = state; },
        onAttemptFailed: (failure) => this.#attemptFailed(failure),
      });
      await outcome.sent(caseNumber, response);
    } catch (error) {
      // Cancelled by reset(), which has already moved on: nothing failed.
      if (sending.signal.aborted && !isBusy(this.state.status)) return;
      const err = error instanceof SubmitError ? error : new SubmitError('network', String(error));
      this.#fail(err, sending.signal);
      if (err.reason === 'validation' && err.fieldErrors) await outcome.rejected(refusedAnswers(err.fieldErrors, outcome.draft()));
    } finally {
      if (this.#sending === sending) this.#sending = undefined;
    }
  }

  /**
   * The code that sends the request (once), with the plain confirmation, so that one is there whenever a
   * request was stored; loaded ahead on the Submit step, so Submit works offline.
   */
  loadTransport() {
    return (this.#transport ??= Promise.all([import('../submit/send.js'), import('../confirmation/confirmation-fallback.js')]).catch((error: unknown) => {
      this.#transport = undefined;
      throw error;
    }));
  }

  /**
   * On the Submit step (shown or built ahead), while online: fetches what Submit needs, so that going
   * offline or a deployment after this changes nothing. Offline, Submit waits for the network instead.
   */
  preload() {
    if (this.#transport || navigator.onLine === false) return;
    void this.loadTransport().then(() => import('../confirmation/confirmation-view.js')).catch(() => undefined);
  }

  /** Ends the submission without a case and tells the page; `signal` says whether it was aborted, and by whom. */
  #fail(error: SubmitError, signal: AbortSignal) {
    const last = isBusy(this.state.status) ? this.state.status : undefined;
    const interrupted = error.reason === 'aborted' && signal.reason === INTERRUPTED;
    this.status = { status: 'failed', reason: error.reason, httpStatus: error.httpStatus, ...(interrupted ? { interrupted } : {}) };
    this.host.dispatchEvent(new RepairRequestErrorEvent({
      reason: error.reason, message: error.message, status: error.httpStatus, willRetry: false,
      attempt: last?.attempt, maxAttempts: last?.maxAttempts, fieldErrors: error.fieldErrors,
    }));
  }

  /** An attempt failed, or the browser is offline; the submission goes on by itself. */
  #attemptFailed({ error, attempt, maxAttempts }: AttemptFailure) {
    this.host.dispatchEvent(new RepairRequestErrorEvent({
      reason: error.reason, message: error.message, status: error.httpStatus, willRetry: true, attempt, maxAttempts,
    }));
  }
}
