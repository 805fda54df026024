/**
 * `createSmtpNotifier`: a ready `notify` that e-mails the customer through
 * SMTP (nodemailer, an optional peer dependency loaded on first use), in the
 * customer's language, with the case number, what changed and the link to
 * the status page. Plain text and a small HTML version, both from escaped
 * text. Its `message` acknowledges a contact message to the customer and
 * sends the message to the workshop (`message-email.ts`).
 */
import { composeAcknowledgement, composeWorkshopCopy } from './message-email.js';
import { fill, textsFor } from './texts.js';
import type { CaseNotification, MessageNotification, Notify, NotifyMessage } from './types.js';

export interface SmtpNotifierOptions {
  /** Nodemailer's SMTP options or URL (`smtp://user:pass@mail.example:587`). */
  transport: string | Record<string, unknown>;
  /** The sender, `"Acme Repairs" <repairs@acme.example>`. */
  from: string;
  /** The brand named in the subject line (default none). */
  brand?: string | undefined;
  /** Where contact messages are sent, with the customer as Reply-To (default none: the customer's acknowledgement only). */
  workshop?: string | undefined;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail of a notification: subject, text and HTML, in the customer's language. */
export function composeEmail(n: CaseNotification, brand?: string) {
  const { locale, texts } = textsFor(n.locale);
  const status = texts.statuses[n.event.status as keyof typeof texts.statuses] ?? n.event.status;
  const lines = [fill(texts.update, { case: n.caseNumber, status })];
  if (n.event.note) lines.push(fill(texts.note, { note: n.event.note }));
  const money = (m: { amount: number; currency: string }) => new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount);
  const fee = n.event.inspectionFee && money(n.event.inspectionFee);
  if (n.event.quote) lines.push(fill(texts.quote, { amount: money(n.event.quote), covers: n.event.quote.covers }));
  if (fee) lines.push(fill(n.event.status === 'quote_declined' ? texts.feeDeclined : texts.feeIfDeclined, { fee }));
  if (n.event.label) lines.push(texts.label);
  if (n.event.label || n.event.status === 'received') lines.push(texts.caseForm);
  if (n.event.trackingNumber) lines.push(fill(texts.tracking, { number: n.event.trackingNumber }) + (n.event.trackingUrl ? ` (${n.event.trackingUrl})` : ''));
  if (n.statusUrl) lines.push(fill(texts.follow, { url: n.statusUrl }));
  const subject = (brand ? `${brand} – ` : '') + fill(texts.subject, { case: n.caseNumber, status });
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body>${lines.map((line) => {
    const url = n.statusUrl && line.endsWith(n.statusUrl) ? n.statusUrl : undefined;
    return url
      ? `<p>${escapeHtml(line.slice(0, -url.length))}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
      : `<p>${escapeHtml(line)}</p>`;
  }).join('')}</body></html>`;
  return { subject, text: `${lines.join('\n\n')}\n`, html, language: locale };
}

/**
 * A `notify` that sends each notification as an e-mail, and whose `message`
 * acknowledges each contact message and sends it to `workshop`; a sending
 * error rejects (the handler logs it).
 */
export function createSmtpNotifier(options: SmtpNotifierOptions): Notify & { message: NotifyMessage; close(): void } {
  let transporter: Promise<{ sendMail(mail: Record<string, unknown>): Promise<unknown>; close(): void }> | undefined;
  const open = () => (transporter ??= import('nodemailer').then((m) => (m.default ?? m).createTransport(options.transport as never) as never));
  const notify = async (n: CaseNotification) => {
    const mail = composeEmail(n, options.brand);
    await (await open()).sendMail({
      from: options.from, to: n.email, subject: mail.subject, text: mail.text, html: mail.html,
      headers: { 'Content-Language': mail.language },
    });
  };
  const message = async (n: MessageNotification) => {
    const transport = await open();
    const ack = composeAcknowledgement(n, options.brand);
    await transport.sendMail({
      from: options.from, to: n.email, subject: ack.subject, text: ack.text, html: ack.html, headers: { 'Content-Language': ack.language },
    });
    if (!options.workshop) return;
    const copy = composeWorkshopCopy(n);
    const attachments = await Promise.all(n.files.map(async (f) => ({ filename: f.name, contentType: f.type, content: Buffer.from(await f.content()) })));
    await transport.sendMail({ from: options.from, to: options.workshop, replyTo: n.email, subject: copy.subject, text: copy.text, html: copy.html, attachments });
  };
  return Object.assign(notify, { message, close: () => { void transporter?.then((t) => t.close()); } });
}
