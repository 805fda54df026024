/**
 * A date typed as three parts (GOV.UK's date input): day, month and year.
 * The draft keeps one string, `YYYY-MM-DD` once the date is complete and real,
 * and the parts as typed (`year-month-day`, a part possibly empty) before that,
 * so that the rules can name the part that is wrong. Pure: no Lit, no DOM.
 */
import type { ErrorCode } from './codes.js';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

// What the date input needs to read and write parts as typed is in `date-typing.ts`,
// which comes with the Malfunction step; the rule below is part of the schema.

/** The parts of a stored value ('' for each part when there is none). */
export function splitDate(value: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (value ?? '').split('-');
  return { day, month, year };
}

const inRange = (part: string, max: number) => /^\d{1,2}$/.test(part) && Number(part) >= 1 && Number(part) <= max;

/**
 * What is wrong with a stored date, naming the part when one part is the
 * cause: the first missing part, then the first part out of its range, then
 * a day the month does not have (31 February, named as the day's error).
 * Undefined for a real date.
 */
export function dateProblem(value: string): ErrorCode | undefined {
  const parts = value.split('-');
  if (parts.length !== 3) return 'date_invalid';
  const { day, month, year } = splitDate(value);
  if (!day) return 'date_missing_day';
  if (!month) return 'date_missing_month';
  if (!year) return 'date_missing_year';
  if (!inRange(day, 31)) return 'date_invalid_day';
  if (!inRange(month, 12)) return 'date_invalid_month';
  if (!/^\d{4}$/.test(year)) return 'date_invalid_year';
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
  if (!real) return 'date_day_not_in_month';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'date_invalid';
}
