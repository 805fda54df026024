/**
 * Parts of a date as the customer types them (GOV.UK's date input): joining
 * them into the stored value, and the part an error names. Kept apart from
 * the rule (`date-parts.ts`), which the schema, and so the first step, holds.
 * Pure: no Lit, no DOM.
 */
import type { DatePart, DateParts } from './date-parts.js';

const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);

/**
 * The value to store for parts as typed: undefined when all are empty, the
 * parts joined otherwise. With `complete`, a one-digit day or month gets its
 * leading zero (done when the customer leaves a part, not while typing in it).
 */
export function joinDateParts(parts: DateParts, complete = false): string | undefined {
  const clean = (part: string) => part.replace(/[\s-]/g, '');
  const day = clean(parts.day), month = clean(parts.month), year = clean(parts.year);
  if (!day && !month && !year) return undefined;
  return complete ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${month}-${day}`;
}

/** The part an error code names, if it names one. */
export function problemPart(code: string | undefined): DatePart | undefined {
  if (code === 'date_day_not_in_month') return 'day';
  const match = /^date_(?:missing|invalid)_(day|month|year)$/.exec(code ?? '');
  return match ? (match[1] as DatePart) : undefined;
}
