/**
 * The customer's answers in words, for the summary and the printed case form.
 * Render-time helpers: they call msg() and Intl, and return plain strings, so
 * user-entered text is always rendered as text.
 */
import { formatList } from '../../i18n/format.js';
import { msg } from '../../i18n/msg.js';
import type { RepairCentre, RepairConfig } from '../../config/config-schema.js';
import { issueLabel } from '../../i18n/answer-labels.js';
import type { PostalAddress } from '../../schema/address.js';
import type { RepairDraft } from '../../schema/request.js';
import { modelFor } from '../../schema/rules.js';
import { askedPhotos } from '../../schema/shots.js';
import { pruneDraft } from '../../flow/sections.js';
import { addressLines as envelopeLines } from '../address/address-list.js';

/** The product's model name, or its id when the catalogue does not know it. */
export const modelName = (config: RepairConfig, draft: RepairDraft) =>
  modelFor(config, draft.device?.model)?.name ?? draft.device?.model ?? '';

/** The chosen problems' labels as one list ("Battery malfunction and Crash damage"). */
export function issuesText(config: RepairConfig, draft: RepairDraft, locale: string) {
  const all = config.issueGroups.flatMap((g) => g.issues);
  const labels = (draft.malfunction?.issues ?? []).map((id) => issueLabel(all.find((i) => i.id === id) ?? { id }));
  return formatList(labels, locale);
}

/**
 * The answers as they are sent (the form's `value`): without those of questions that no longer apply, a serial
 * number typed before the product was chosen by model, or photos of shots no chosen problem asks for. The summary
 * and the case form show these, so they never show what the case does not have.
 */
export const sentAnswers = (config: RepairConfig, draft: RepairDraft): RepairDraft => pruneDraft(config, draft, { asked: askedPhotos });

/** A postal address line by line, as the Address step shows it; nothing when there is none. */
export const addressLines = (address: Partial<PostalAddress> | undefined, locale: string): string[] =>
  address?.recipient ? envelopeLines(address as PostalAddress, locale) : [];

/** The repair centre that serves the chosen zone. */
export const centreFor = (config: RepairConfig, draft: RepairDraft): RepairCentre | undefined =>
  config.zones.find((z) => z.id === draft.device?.zone)?.centre;

/** A date (YYYY-MM-DD, or a Date) in the customer's words. */
export function formatDate(value: string | Date, locale: string) {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** "Yes" / "No", for the confirmations. */
export const yesNo = (value: boolean | undefined) => (value ? msg('Yes') : msg('No'));
