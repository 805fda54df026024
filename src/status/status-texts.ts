/** The words of the status element that depend on a status or a failure; rendered at render time in the element's locale. */
import { msg, str } from '../i18n/msg.js';
import type { StatusFailure } from './status-client.js';

/** A status's name on the timeline. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'received': return msg('Request received');
    case 'label_available': return msg('Return label available');
    case 'parcel_received': return msg('Parcel received');
    case 'in_diagnosis': return msg('In diagnosis');
    case 'quote_waiting': return msg('Quote waiting for your answer');
    case 'quote_accepted': return msg('Quote accepted');
    case 'quote_declined': return msg('Quote declined');
    case 'repair_in_progress': return msg('Repair in progress');
    case 'shipped_back': return msg('Shipped back');
    case 'closed': return msg('Closed');
    case 'cancelled': return msg('Cancelled');
    case 'refused': return msg('Refused');
    default: return status;
  }
}

/** What happens next, and what the customer must do, after the latest status. */
export function nextStep(status: string): string {
  switch (status) {
    case 'received': return msg('We are checking your request. If you are eligible, a return label will be available here and sent by e-mail within two business days.');
    case 'label_available': return msg('Print the return label and the case form, put the form in the parcel and send your products.');
    case 'parcel_received': return msg('Your parcel has arrived at the workshop. A technician will examine your products.');
    case 'in_diagnosis': return msg('A technician is examining your products. If the repair is not free of charge, you will receive a quote.');
    case 'quote_waiting': return msg('Accept or decline the quote below. The repair starts once you accept it.');
    case 'quote_accepted': return msg('Thank you. The repair will start shortly.');
    case 'quote_declined': return msg('Your products will be sent back unrepaired. The inspection fee will be charged.');
    case 'repair_in_progress': return msg('Your products are being repaired. You will be told when they are shipped back.');
    case 'shipped_back': return msg('Your products are on their way back. Follow the parcel with the tracking number.');
    case 'refused': return msg('The workshop cannot take this case. The reason is in the note, if there is one.');
    default: return msg('Nothing more is needed from you for this case.');
  }
}

/** Why the look-up form shows an error: a failed call, or an e-mail address that cannot be one. */
export type LookupError = StatusFailure | 'invalid-email';

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
    default: return msg('The case could not be loaded. Check your connection and try again.');
  }
}
