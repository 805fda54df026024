/**
 * The draft kept across reloads: autosave (see `submit/draft-autosave.ts`),
 * the choice to resume a saved draft or start over, and the confirmation of a
 * stored request, shown again after a reload instead of the form. The drafts
 * code is not needed to paint the first step: it loads once the widget's first
 * frame has painted, so the saved draft is looked up just after and the Resume
 * banner (or a sent request's confirmation) may come a frame later. The banner's
 * code comes with it: it shows only for a draft that code found (its styles,
 * 0.1 KB, stay with the shell's).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../submit/idempotency.js';
import { afterPaint } from './after-paint.js';
import type { DraftAutosave } from '../submit/draft-autosave.js';
import type { DraftSnapshot, Persist, SentRecord } from '../submit/drafts.js';
import type { Submission } from '../submit/types.js';
import type { resumeBanner } from '../ui/resume-banner.js';
import type { Answers } from './answers.js';
import type { Navigation } from './navigation.js';
import type { SubmissionState } from './submission.js';

/** The element, as the drafts need it. */
export interface ResumeHost extends ReactiveControllerHost, HTMLElement {
  idempotencyKey: string | undefined;
  readonly persist: Persist;
  readonly draftKey?: string | undefined;
  reset(): Promise<void>;
}

export class DraftResume implements ReactiveController {
  /** Saves the draft as the customer types, offers it back after a reload, forgets it once sent; once its code has loaded. */
  autosave?: DraftAutosave;
  /** Settles once the drafts code has loaded (or could not be) and the saved draft was looked up. */
  ready: Promise<void> = Promise.resolve();
  #load?: Promise<void>;
  #banner?: typeof resumeBanner;

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
    this.ready = this.#load ??= afterPaint().then(() => Promise.all([import('../submit/draft-autosave.js'), import('../submit/drafts.js'),
      import('../ui/resume-banner.js')]))
      .then(([{ DraftAutosave }, { draftStorageKey, toPersist }, { resumeBanner }]) => {
        const { host, answers, nav } = this;
        this.#banner = resumeBanner;
        this.autosave = new DraftAutosave(host, {
          read: () => ({
            step: nav.step, draft: answers.draft, attempted: answers.attempted,
            idempotencyKey: host.idempotencyKey, addressBook: answers.addressBook, addressForm: answers.addressForm,
          }),
          persist: () => toPersist(host.persist),
          key: () => draftStorageKey(host.draftKey, location.pathname),
          onSent: (saved) => void this.restoreSent(saved),
        });
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
    return saved && this.#banner?.(saved, locale, { onResume: () => void this.resume(), onStartOver: () => void this.startOver() });
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

  /** Resume: the saved answers, step, shown errors, address book and idempotency key come back. */
  resume = async () => {
    // The step reopens on the screen of its first error: the checks (loaded after the first paint) must be there.
    await this.nav.checking();
    const saved = this.autosave?.take();
    if (!saved) return;
    const { answers, nav } = this;
    // Steps built ahead while the draft was looked up (after the first paint) hold the empty form: made anew.
    nav.loader.reset();
    answers.set({ draft: saved.draft, attempted: new Set(saved.attempted), addressBook: saved.addressBook, addressForm: saved.addressForm });
    this.host.idempotencyKey = saved.idempotencyKey ?? newIdempotencyKey();
    if (saved.step !== nav.step) {
      await nav.goTo(saved.step);
      return;
    }
    await this.host.updateComplete;
    await nav.currentStep?.focusHeading();
  };

  /** Start over: the saved draft is forgotten and the first step shows, empty. */
  startOver = async () => {
    await this.host.reset();
    await this.nav.currentStep?.focusHeading();
  };

  /** Shows the confirmation of a stored request (just sent, or sent before a reload). */
  showSent = (submission: Extract<Submission, { status: 'sent' }>) =>
    this.nav.showConfirmation(() => { this.submission.status = submission; });

  /** After a reload: the saved request was sent, so its confirmation shows again (not the form). */
  private async restoreSent(saved: DraftSnapshot & { sent: SentRecord }) {
    this.answers.set({ draft: saved.draft, addressBook: saved.addressBook });
    this.host.idempotencyKey = undefined;
    // The endpoint's answer is not kept, only the access token its status link needs.
    const { caseNumber, accessToken } = saved.sent;
    await this.showSent({ status: 'sent', caseNumber, response: { accessToken } });
  }
}
