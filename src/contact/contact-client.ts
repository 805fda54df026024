/**
 * Delivering a contact message: how it can be sent, the request body, the one
 * POST (with an abort signal and a timeout), and the `mailto:` fallback.
 * Pure apart from `fetch`: no Lit, no DOM rendering.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { modelFor } from '../schema/rules.js';
import { guardRequest } from '../submit/request-guard.js';
import { SubmitError, type SubmitFailureReason } from '../submit/types.js';
import type { ContactMessage } from './contact-schema.js';

/** `post` to the endpoint, `mailto` from the customer's own mail client, or `unavailable` (unverifiable). */
export type ContactDelivery = 'post' | 'mailto' | 'unavailable';

export function contactDelivery(options: { endpoint?: string | undefined; hasTokenSource: boolean }): ContactDelivery {
  if (!options.endpoint) return 'mailto';
  return options.hasTokenSource ? 'post' : 'unavailable';
}

export type ContactFailureReason = SubmitFailureReason | 'verification';

/**
 * What the endpoint's answer tells the customer: the message's reference to
 * quote (`reference`, a short printable string; `MSG-…` from the widget's
 * server), and whether an acknowledgement was e-mailed (`acknowledged: true`).
 */
export interface ContactReceipt {
  reference?: string | undefined;
  acknowledged: boolean;
}

/** The receipt in an answer (any JSON, or none): what it does not say well is left out. */
export function contactReceipt(answer: unknown): ContactReceipt {
  const a = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  const reference = typeof a.reference === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}._/#-]{0,63}$/u.test(a.reference) ? a.reference : undefined;
  return { reference, acknowledged: a.acknowledged === true };
}

/** The sending of the message, as explicit state. */
export type ContactStatus =
  | { status: 'idle' }
  | { status: 'sending' }
  | ({ status: 'sent'; email: string } & ContactReceipt)
  | { status: 'failed'; reason: ContactFailureReason; httpStatus?: number | undefined };

/** What the endpoint receives: the message as JSON (or as the `message` part beside the file). */
export type ContactPayload = Omit<ContactMessage, 'proofOfPurchase' | 'verificationToken'> & {
  /** The catalogue name of the product, or the name the customer typed. */
  productName?: string | undefined;
  verificationToken?: string | undefined;
  /** The language the customer used, for the answer. */
  locale: string;
};

export function contactPayload(
  config: RepairConfig,
  message: ContactMessage,
  extra: { verificationToken?: string | undefined; locale: string },
): ContactPayload {
  const { proofOfPurchase: _file, verificationToken, ...fields } = message;
  const payload: ContactPayload = {
    ...fields,
    productName: modelFor(config, fields.product)?.name ?? fields.productName,
    verificationToken: extra.verificationToken ?? verificationToken,
    locale: extra.locale,
  };
  return Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)) as ContactPayload;
}

/** JSON without a file; multipart/form-data (`message` JSON + `proofOfPurchase`) with one. */
export function contactBody(payload: ContactPayload, file?: File): { body: string | FormData; headers: Record<string, string> } {
  if (!file) {
    return { body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json', Accept: 'application/json' } };
  }
  const form = new FormData();
  form.append('message', JSON.stringify(payload));
  form.append('proofOfPurchase', file, file.name);
  // No Content-Type: the browser sets multipart/form-data with its boundary.
  return { body: form, headers: { Accept: 'application/json' } };
}

export interface SendOptions {
  signal: AbortSignal;
  /** Give up after this long. Default 30 s. */
  timeoutMs?: number;
}

/** POSTs the message once. Resolves with the parsed answer (if any); throws a `SubmitError`. */
export async function sendContactMessage(endpoint: string, payload: ContactPayload, file: File | undefined, options: SendOptions) {
  const guard = guardRequest(options.signal, options.timeoutMs ?? 30_000, {
    endpoint: 'contact endpoint', cancelled: 'The message was not sent: sending was cancelled.',
  });
  const { body, headers } = contactBody(payload, file);
  try {
    guard.arm();
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', body, headers, signal: guard.signal });
    } catch (error) {
      const failure = guard.failure(error);
      if (failure.reason === 'network' && typeof navigator !== 'undefined' && navigator.onLine === false) {
        throw new SubmitError('offline', 'The browser is offline.');
      }
      throw failure;
    }
    if (!response.ok) throw new SubmitError('http', `The contact endpoint answered ${response.status}.`, response.status);
    return response.headers.get('Content-Type')?.includes('json') ? await response.json().catch(() => undefined) : undefined;
  } finally {
    guard.done();
  }
}

export interface MailtoField {
  label: string;
  value: string | undefined;
  /** A paragraph of its own (long text), even on one line. */
  block?: boolean;
}

/**
 * A `mailto:` URL whose body lists the fields ("Label: value"); a value on
 * several lines gets a paragraph of its own. Empty fields are left out.
 * Line breaks are CRLF, as RFC 6068 asks.
 */
export function contactMailto(to: string, subject: string, fields: readonly MailtoField[] = []) {
  const lines: string[] = [];
  for (const { label, value, block } of fields) {
    const v = value?.trim();
    if (!v) continue;
    if (block || v.includes('\n')) lines.push('', `${label}:`, v, '');
    else lines.push(`${label}: ${v}`);
  }
  const body = lines.join('\n').trim().replace(/\r?\n/g, '\r\n');
  const address = to.split('@').map(encodeURIComponent).join('@');
  const query = [subject ? `subject=${encodeURIComponent(subject)}` : '', body ? `body=${encodeURIComponent(body)}` : '']
    .filter(Boolean).join('&');
  return `mailto:${address}${query ? `?${query}` : ''}`;
}

/** A `tel:` URL from a phone number as printed ("+33 1 76 54 12 34" → "tel:+33176541234"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
