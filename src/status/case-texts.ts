/** The words of a case's statuses, loaded with the case view (`status-views.ts`); rendered at render time in the element's locale. */
import { msg } from '../i18n/msg.js';

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
