/**
 * The e-mails of a contact message: the customer's acknowledgement, in their
 * language, with the reference to quote (and when support answers, if the
 * configuration says); and the workshop's copy of the message, in English,
 * with the customer as Reply-To and the proof of purchase attached. Plain text
 * and a small HTML version, both from escaped text; the acknowledgement repeats
 * nothing the sender typed.
 */
import { fill, textsFor } from './texts.js';
import type { MessageNotification } from './types.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const htmlOf = (lines: readonly string[], locale: string) =>
  `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><body>${lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('')}</body></html>`;

/** The customer's acknowledgement of a contact message: subject, text and HTML, in the customer's language. */
export function composeAcknowledgement(n: MessageNotification, brand?: string) {
  const { locale, texts } = textsFor(n.locale);
  const lines = [texts.messageReceived];
  if (n.answerWithinDays) {
    const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n.answerWithinDays);
    lines.push(fill(texts.messageAnswerWithin, { days }));
  }
  lines.push(fill(texts.messageReference, { reference: n.reference }));
  const subject = (brand ? `${brand} – ` : '') + fill(texts.messageSubject, { reference: n.reference });
  return { subject, text: `${lines.join('\n\n')}\n`, html: htmlOf(lines, locale), language: locale };
}

/** The fields of a message as the workshop reads them, in the form's order. */
const WORKSHOP_FIELDS: [string, string][] = [
  ['productName', 'Product'], ['product', 'Product id'], ['serial', 'Serial number'], ['reseller', 'Reseller'], ['name', 'Name'],
  ['zone', 'Zone'], ['country', 'Country/region'], ['email', 'E-mail'], ['phone', 'Phone'], ['phoneType', 'Phone type'],
  ['issue', 'Problem type'], ['locale', 'Language'],
];

/** The workshop's copy of a contact message, in English: every field, then the description. */
export function composeWorkshopCopy(n: MessageNotification) {
  const m = n.message;
  const text = (key: string) => (typeof m[key] === 'string' && m[key] ? String(m[key]) : undefined);
  const fields = WORKSHOP_FIELDS.flatMap(([key, label]) => (text(key) ? [`${label}: ${text(key)}`] : []));
  const files = n.files.map((f) => `Attached: ${f.name} (${f.type}, ${f.size} bytes)`);
  const lines = [`Reference: ${n.reference}`, `Received: ${n.receivedAt}`, fields.join('\n'), `Subject: ${text('subject') ?? ''}`, text('description') ?? '', ...files];
  return { subject: `Contact message ${n.reference}: ${(text('subject') ?? '').replace(/\s+/g, ' ')}`, text: `${lines.join('\n\n')}\n`, html: htmlOf(lines, 'en') };
}
