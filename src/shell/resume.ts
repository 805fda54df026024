/**
 * The draft kept across reloads: autosave (see `submit/draft-autosave.ts`),
 * the choice to resume a saved draft or start over, and the confirmation of a
 * stored request, shown again after a reload instead of the form. The drafts
 * code is not needed to paint the first step: it loads once the widget's first
 * frame has painted, so the saved draft is looked up just after and the Resume
 * banner (or a sent request's confirmation) may come a frame later. That code
 * (`resume-drafts.ts`) brings the banner and what Resume does: they serve only
 * a draft it found (the banner's styles, 0.1 KB, stay with the shell's).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from './after-paint.js';
import { later } from './later.js';
import type { DraftAutosave } from '../submit/draft-autosave.js';
import type { Persist } from '../submit/drafts.js';
import type { Submission } from '../submit/types.js';
import type { Answers } from './answers.js';
import type { Navigation } from './navigation.js';
import type { SubmissionState } from './submission.js';

/** The element, as the drafts need it. */
export interface ResumeHost extends ReactiveControllerHost, HTMLElement {
  idempotencyKey: string | undefined;
  readonly persist: Persist;
  readonly draftKey?: string | undefined;
  /** Where files are sent ahead: a file a draft kept by its id alone is sent by it only there. */
  readonly uploadEndpoint?: string | undefined;
  reset(): Promise<void>;
}

export class DraftResume implements ReactiveController {
  /** Saves the draft as the customer types, offers it back after a reload, forgets it once sent; once its code has loaded. */
  autosave?: DraftAutosave;
  /** Settles once the drafts code has loaded (or could not be) and the saved draft was looked up. */
  ready: Promise<void> = Promise.resolve();
  #load?: Promise<void>;
  #drafts?: typeof import('./resume-drafts.js');

  constructor(
    private readonly host: ResumeHost,
    private readonly answers: Answers,
    private readonly nav: Navigation,
    private readonly submission: SubmissionState,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Once loaded, the autosave is a controller of its own: it looks the draft up again on each connection.
    this.ready = this.#load ??= afterPaint().then(() => later('resumeDrafts')).then((drafts) => {
      this.#drafts = drafts;
      this.autosave = drafts.startAutosave(this.#context);
      return this.autosave.ready;
    }, (error: unknown) => {
      this.#load = undefined;
      console.warn('<repair-request>: the drafts code could not be loaded, so this draft is not saved; the form works without it.', error);
    });
  }

  /** The saved draft offered to the customer (Resume or Start over). */
  get offer() {
    return this.autosave?.offer;
  }

  /** The Resume / Start over choice for the saved draft offered; undefined when none is. */
  banner(locale: string) {
    const saved = this.offer;
    return saved && this.#drafts?.resumeBanner(saved, locale, { onResume: () => void this.resume(), onStartOver: () => void this.startOver() });
  }

  /** Forgets the stored draft (Start over, reset), once the drafts code has looked it up. */
  discard() {
    if (this.autosave) this.autosave.discard();
    else void this.ready.then(() => this.autosave?.discard());
  }

  /** The endpoint stored the request: kept with the draft, so a reload shows its confirmation again. */
  saveSent(caseNumber: string, accessToken?: unknown) {
    return this.autosave?.saveSent(caseNumber, accessToken) ?? Promise.resolve();
  }

  /** Resume: the saved answers, step, shown errors, address book and idempotency key come back (offered once the drafts code has loaded). */
  resume = async () => {
    if (this.#drafts && this.autosave) await this.#drafts.resumeDraft(this.#context, this.autosave);
  };

  /** Start over: the saved draft is forgotten and the first step shows, empty. */
  startOver = async () => {
    await this.host.reset();
    await this.nav.currentStep?.focusHeading();
  };

  /** Shows the confirmation of a stored request (just sent, or sent before a reload). */
  showSent = (submission: Extract<Submission, { status: 'sent' }>) =>
    this.nav.showConfirmation(() => { this.submission.status = submission; });

  /** What the drafts code works with. */
  get #context() {
    return { host: this.host, answers: this.answers, nav: this.nav, resume: this };
  }
}
