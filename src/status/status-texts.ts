/**
 * The status element's words for a failure and for its live region, in its first view's code; rendered at render
 * time in the element's locale. Those of a case's statuses are in `case-texts.ts`, loaded with the case view.
 */
import { msg, str } from '../i18n/msg.js';
import type { StatusFailure } from './status-client.js';

/**
 * Why the look-up form shows an error: a failed call, an e-mail address that cannot be one, or the case view's code
 * that could not be downloaded (`reload`: in Chromium only a reload of the page tries it again).
 */
export type LookupError = StatusFailure | 'invalid-email' | 'reload';

/** What the polite live region last said, kept as a code and worded at render time (so a language switch rewords it). */
export type Announcement =
  | { kind: 'shown'; caseNumber: string }
  | { kind: 'accepted' | 'declined' | 'up-to-date' }
  | { kind: 'failed'; reason: StatusFailure };

/** The words of an announcement, in the current locale. */
export function announcementText(a: Announcement | undefined): string {
  switch (a?.kind) {
    case undefined: return '';
    case 'shown': { const { caseNumber } = a; return msg(str`Case ${caseNumber} is shown.`); }
    case 'accepted': return msg('You accepted the quote.');
    case 'declined': return msg('You declined the quote.');
    case 'up-to-date': return msg('The case is up to date.');
    case 'failed': return failureMessage(a.reason);
  }
}

/** The message for a failed call, or a look-up form's error. */
export function failureMessage(reason: LookupError): string {
  switch (reason) {
    case 'invalid-email': return msg('Enter an e-mail address in the correct format, like name@example.com.');
    case 'not-found': return msg('No case matches this case number and e-mail address, or the link is no longer valid. Check both and try again.');
    case 'invalid-number': return msg('Enter the case number in the format CAS-1234567-ABC123.');
    case 'rate-limited': return msg('Too many attempts. Wait a few minutes, then try again.');
    case 'answered': return msg('This quote has already been answered, or the case is closed. The timeline shows the latest status.');
    case 'reload': return msg('Part of this page could not be loaded. Check your connection and try again. If it still does not load, reload the page.');
    default: return msg('The case could not be loaded. Check your connection and try again.');
  }
}
