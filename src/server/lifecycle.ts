/**
 * A case's life, as the repair guide describes what comes after sending:
 * the request is checked and a return label issued (or not), the parcel
 * arrives, a technician inspects it, a quote waits for the customer's answer
 * when the repair is not free, then the repair, the return and the close.
 * Pure data and one question, "may this status follow that one?", asked by the
 * store under its lock on the case (so two workshops cannot race past it).
 */

/**
 * The statuses that may follow each status (staff's and the customer's quote answers). `cancelled` ends a case at any
 * point before it is shipped back; `refused` (the workshop cannot take it) until the repair starts, then the products
 * go back or the case closes. A quote needs the parcel inspected first; a new quote may replace one still waiting.
 */
export const NEXT_STATUSES: Readonly<Record<string, readonly string[]>> = {
  received: ['label_available', 'parcel_received', 'refused', 'cancelled'],
  label_available: ['label_available', 'parcel_received', 'refused', 'cancelled'],
  parcel_received: ['in_diagnosis', 'refused', 'cancelled'],
  in_diagnosis: ['quote_waiting', 'repair_in_progress', 'shipped_back', 'refused', 'cancelled'],
  quote_waiting: ['quote_accepted', 'quote_declined', 'quote_waiting', 'cancelled'],
  quote_accepted: ['repair_in_progress', 'cancelled'],
  quote_declined: ['shipped_back', 'cancelled'],
  repair_in_progress: ['shipped_back', 'cancelled'],
  shipped_back: ['closed'],
  refused: ['shipped_back', 'closed'],
};

/** The statuses that may follow `status` (none after a closing status, or one this table does not know). */
export const nextStatuses = (status: string): readonly string[] => NEXT_STATUSES[status] ?? [];

/** Whether `next` may follow `status`. */
export const mayFollow = (status: string, next: string) => nextStatuses(status).includes(next);
