/**
 * Keeps the widget's draft in a {@link DraftStore} while the customer types: a
 * reactive controller that saves after a pause in typing (debounced), at once
 * when the page is hidden or the widget removed, offers a saved draft back when
 * a fresh widget connects, and keeps the case number once the request is stored
 * (the confirmation shows again after a reload) until a new request starts.
 *
 * It notices changes by identity after each update, because the shell replaces
 * its state objects rather than mutating them; the shell only reads its state
 * for it (`read`) and acts on the customer's choice (`take`, `discard`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepId } from '../schema/options.js';
import {
  DRAFT_VERSION, createDraftStore, isEmptyDraft, noDraftStore, type DraftSnapshot, type DraftStore, type Persist, type SentRecord,
} from './drafts.js';
import { lostFilesOf, setLostFiles } from './lost-files.js';
import { adoptSentAheadIds, sentAheadChanges, sentAheadIds } from './sent-ahead.js';
import { withoutStandIns } from './sent-files.js';

/** What the shell holds that a draft keeps. */
export type DraftState = Pick<DraftSnapshot, 'step' | 'draft' | 'idempotencyKey' | 'addressBook' | 'addressForm'> & {
  attempted: ReadonlySet<StepId>;
};

export interface DraftAutosaveOptions {
  /** The shell's current state. */
  read: () => DraftState;
  /** Where to keep drafts; read when the widget connects. */
  persist: () => Persist;
  /** The storage key; read when the widget connects. */
  key: () => string;
  /** A stored draft was found whose request was sent: the shell shows its confirmation again. */
  onSent: (snapshot: DraftSnapshot & { sent: SentRecord }) => void;
  /** The pause in typing after which the draft is saved. Default 400 ms. */
  delayMs?: number;
  /** The store for a `persist` value (tests pass fakes). */
  createStore?: (persist: Persist) => DraftStore;
}

/** How long the form waits for the saved draft to be looked up before it shows anyway. */
export const LOOKUP_TIMEOUT_MS = 1000;

const KEYS = ['step', 'draft', 'idempotencyKey', 'addressBook', 'addressForm', 'attempted'] as const;
const same = (a: DraftState, b: DraftState) => KEYS.every((k) => a[k] === b[k]);

export class DraftAutosave implements ReactiveController {
  /** A saved draft waiting for the customer to resume it or start over. */
  offer?: DraftSnapshot;
  /** The saved draft is being looked up: the form waits (briefly), so it is not replaced under the customer. */
  checking = false;
  /** Settles once the saved draft was looked up, or {@link LOOKUP_TIMEOUT_MS} passed. */
  ready: Promise<void> = Promise.resolve();

  private store: DraftStore = noDraftStore;
  private key = '';
  /** The state last saved or adopted; undefined: adopt the next one without saving it. */
  private last?: DraftState;
  /** Nothing is saved while a stored draft is loading or offered, nor once the request is sent. */
  private holding = true;
  private timer?: ReturnType<typeof setTimeout>;
  /** Storage operations, one after the other, so a clear never overtakes an earlier save. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: DraftAutosaveOptions) {
    host.addController(this);
  }

  hostConnected() {
    this.key = this.options.key();
    const store = (this.store = (this.options.createStore ?? createDraftStore)(this.options.persist()));
    this.last = this.options.read();
    this.holding = true;
    this.offer = undefined;
    addEventListener('pagehide', this.flush);
    sentAheadChanges.addEventListener('change', this.onSentAhead);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.checking = true;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const lookup = new Promise<void>((resolve) => this.enqueue(async () => {
      try {
        const snapshot = await store.load(this.key);
        if (store !== this.store) return; // disconnected meanwhile
        // A widget already in use (moved in the page, or quicker than the storage) keeps what it has.
        if (snapshot?.sent && isEmptyDraft(this.options.read().draft)) {
          this.options.onSent({ ...snapshot, sent: snapshot.sent });
        } else if (snapshot && isEmptyDraft(this.options.read().draft)) {
          this.offer = snapshot;
          this.host.requestUpdate();
        } else {
          this.holding = false;
          // Typed before the lookup ended (its code loads after the first paint): that is saved, not adopted.
          if (isEmptyDraft(this.options.read().draft)) this.hostUpdated();
          else this.schedule(this.options.read());
        }
      } finally {
        resolve();
      }
    }));
    this.ready = Promise.race([lookup, new Promise<void>((resolve) => { timeout = setTimeout(resolve, LOOKUP_TIMEOUT_MS); })])
      .then(() => {
        clearTimeout(timeout);
        this.checking = false;
        this.host.requestUpdate();
      });
  }

  hostDisconnected() {
    this.flush();
    this.holding = true;
    removeEventListener('pagehide', this.flush);
    sentAheadChanges.removeEventListener('change', this.onSentAhead);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibilityChange);
    const store = this.store;
    this.store = noDraftStore;
    this.enqueue(async () => store.close?.());
  }

  hostUpdated() {
    if (this.holding) return;
    const state = this.options.read();
    if (this.last && same(state, this.last)) return;
    const adopt = !this.last;
    this.last = state;
    if (adopt) return;
    this.schedule(state);
  }

  /** Saves `state` after a pause in typing. */
  private schedule(state: DraftState) {
    this.last = state;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delayMs ?? 400);
  }

  /** A file was sent ahead (or sent again): its id is saved with the draft. */
  private onSentAhead = () => {
    if (!this.holding && this.last) this.schedule(this.options.read());
  };

  /**
   * The offered draft, for the shell to restore (its files sent ahead know their ids again, those it could not keep
   * are named beside their fields); saving resumes from the restored state. Without `sendsAhead` (no
   * `upload-endpoint`), a file kept by its id alone cannot be sent by it: it is named to attach again too.
   */
  take(sendsAhead: boolean): DraftSnapshot | undefined {
    let offer = this.offer;
    if (offer && !sendsAhead) {
      const lostFiles = [...offer.lostFiles ?? []];
      offer = { ...offer, draft: withoutStandIns(offer.draft, lostFiles), lostFiles: lostFiles.length ? lostFiles : undefined };
    }
    if (offer) adoptSentAheadIds(offer.draft, offer.uploads);
    if (offer) setLostFiles(this.host, offer.lostFiles);
    this.release();
    return offer;
  }

  /** Forgets the stored draft (Start over, reset); saving resumes from the next state. */
  discard() {
    this.release();
    setLostFiles(this.host, undefined);
    const { store, key } = this;
    this.enqueue(() => store.clear(key));
  }

  private release() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.offer = undefined;
    this.holding = false;
    this.last = undefined;
    this.host.requestUpdate();
  }

  /**
   * The endpoint stored the request: saves the draft with its case number (and
   * the case's access token, for the status link), so a reload shows the confirmation again, and saves nothing more until
   * `discard()` (a new request). Resolves once stored, or after {@link LOOKUP_TIMEOUT_MS} at the most:
   * slow storage never holds the confirmation back.
   */
  saveSent(caseNumber: string, accessToken?: unknown): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.holding = true;
    const { store, key } = this;
    const snapshot = { ...this.snapshot(), sent: { caseNumber, accessToken } };
    let timeout: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      this.enqueue(() => store.save(key, snapshot)),
      new Promise<void>((resolve) => { timeout = setTimeout(resolve, LOOKUP_TIMEOUT_MS); }),
    ]).finally(() => clearTimeout(timeout));
  }

  /**
   * Saves a pending change now: one scheduled, or answers changed since the last render (a keystroke renders only
   * its step; see `Answers.stepOnly`).
   */
  private flush = () => {
    if (this.holding || (this.timer === undefined && (!this.last || same(this.options.read(), this.last)))) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const { store, key } = this;
    const snapshot = this.snapshot();
    if (isEmptyDraft(snapshot.draft)) {
      this.enqueue(() => store.clear(key));
      return;
    }
    this.enqueue(() => store.save(key, snapshot));
  };

  private snapshot(): DraftSnapshot {
    const state = this.options.read();
    return {
      version: DRAFT_VERSION,
      savedAt: Date.now(),
      step: state.step,
      draft: state.draft,
      attempted: [...state.attempted],
      idempotencyKey: state.idempotencyKey,
      addressBook: state.addressBook,
      addressForm: state.addressForm,
      uploads: sentAheadIds(state.draft),
      lostFiles: lostFilesOf(this.host).length ? [...lostFilesOf(this.host)] : undefined,
    };
  }

  private onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private enqueue(operation: () => Promise<unknown>): Promise<void> {
    const done = this.queue.then(operation).then(() => undefined, () => undefined);
    this.queue = done;
    return done;
  }
}
