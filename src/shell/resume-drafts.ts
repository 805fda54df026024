/**
 * The drafts code of `DraftResume`, loaded once the first frame has painted:
 * the autosave (`submit/draft-autosave.ts`), what Resume brings back, a sent
 * request's confirmation after a reload, and the Resume choice itself (it
 * shows only for a draft this code found).
 */
import { DraftAutosave } from '../submit/draft-autosave.js';
import { draftStorageKey, toPersist, type DraftSnapshot, type SentRecord } from '../submit/drafts.js';
import { newIdempotencyKey } from '../submit/idempotency.js';
import { resumeBanner } from '../ui/resume-banner.js';
import type { DraftResume, ResumeHost } from './resume.js';
import type { Answers } from './answers.js';
import type { Navigation } from './navigation.js';

export { resumeBanner };

/** What the drafts code works with: the element, its answers and navigation, and the controller it serves. */
export interface DraftsContext {
  host: ResumeHost;
  answers: Answers;
  nav: Navigation;
  resume: DraftResume;
}

/** The autosave of the element's draft; a stored request that was sent shows its confirmation again. */
export function startAutosave({ host, answers, nav, resume }: DraftsContext) {
  return new DraftAutosave(host, {
    read: () => ({
      step: nav.step, draft: answers.draft, attempted: answers.attempted,
      idempotencyKey: host.idempotencyKey, addressBook: answers.addressBook, addressForm: answers.addressForm,
    }),
    persist: () => toPersist(host.persist),
    key: () => draftStorageKey(host.draftKey, location.pathname),
    onSent: (saved) => void restoreSent({ host, answers, resume, nav }, saved),
  });
}

/** Resume: the saved answers, step, shown errors, address book and idempotency key come back. */
export async function resumeDraft({ host, answers, nav }: DraftsContext, autosave: DraftAutosave) {
  // The step reopens on the screen of its first error: the checks (loaded after the first paint) must be there.
  await nav.checking();
  const saved = autosave.take(!!host.uploadEndpoint);
  if (!saved) return;
  // Steps built ahead while the draft was looked up (after the first paint) hold the empty form: made anew.
  nav.loader.reset();
  // The summary of a step attempted before lists the errors the saved draft has.
  answers.set({
    draft: saved.draft, attempted: new Set(saved.attempted), listedAt: new Map(saved.attempted.map((s) => [s, saved.draft])),
    addressBook: saved.addressBook, addressForm: saved.addressForm,
  });
  host.idempotencyKey = saved.idempotencyKey ?? newIdempotencyKey();
  if (saved.step !== nav.step) {
    await nav.goTo(saved.step);
    return;
  }
  await host.updateComplete;
  await nav.currentStep?.focusHeading();
}

/** After a reload: the saved request was sent, so its confirmation shows again (not the form). */
async function restoreSent({ host, answers, resume, nav }: DraftsContext, saved: DraftSnapshot & { sent: SentRecord }) {
  // The confirmation reads the whole configuration, which comes with the checks (loaded after the first paint).
  await nav.checking();
  answers.set({ draft: saved.draft, addressBook: saved.addressBook });
  host.idempotencyKey = undefined;
  // The endpoint's answer is not kept, only the access token its status link needs.
  const { caseNumber, accessToken } = saved.sent;
  await resume.showSent({ status: 'sent', caseNumber, response: { accessToken } });
}
