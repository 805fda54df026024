/** What the handler's `notify` option receives after each event that concerns the customer. */

/** One event of a case, told to the customer. */
export interface CaseNotification {
  caseNumber: string;
  /** The customer's e-mail (the request's `address.email`). */
  email: string;
  /** The customer's language (from the request), `en` when unknown. */
  locale: string;
  /** The product's model id and serial, when the request gave them. */
  model?: string | undefined;
  serial?: string | undefined;
  /** The event: `received`, `label_available`, …, `quote_accepted`, `quote_declined`. */
  event: {
    status: string;
    at: string;
    note?: string | undefined;
    quote?: { amount: number; currency: string; covers: string } | undefined;
    /** With a quote and with its decline: the inspection fee per hour charged when a quote is declined (the handler's `config.fee`). */
    inspectionFee?: { amount: number; currency: string } | undefined;
    trackingNumber?: string | undefined;
    trackingUrl?: string | undefined;
    /** A label file is attached to the case (the customer downloads it from the status page). */
    label?: { name: string } | undefined;
  };
  /**
   * The status page with a new access token for this case, when the handler
   * has `status.pageUrl`; the token lives `status.tokenTtlDays`.
   */
  statusUrl?: string | undefined;
}

/** Called after each event that concerns the customer; a rejection is logged, the event stays stored. */
export type Notify = (notification: CaseNotification) => void | Promise<void>;

/** A contact message that was stored: told to the customer (an acknowledgement) and to the workshop. */
export interface MessageNotification {
  /** The message's reference (`MSG-…`), also in the route's answer: the customer quotes it. */
  reference: string;
  receivedAt: string;
  /** The customer's e-mail (the message's `email`). */
  email: string;
  /** The customer's language (the message's `locale`), `en` when unknown. */
  locale: string;
  /** The validated message: product, name, zone, country, e-mail, phone, issue, subject, description… */
  message: Record<string, unknown>;
  /** The business days support takes to answer (`config.support.answerWithinDays`), when the configuration says. */
  answerWithinDays?: number | undefined;
  /** The attached proof of purchase, if any: its name, detected type, size, and its bytes on demand. */
  files: { name: string; type: string; size: number; content: () => Promise<Uint8Array> }[];
}

/**
 * Called after a contact message is stored, awaited before the route answers;
 * a rejection is logged, the message stays stored (and the answer says it was
 * not acknowledged).
 */
export type NotifyMessage = (notification: MessageNotification) => void | Promise<void>;
