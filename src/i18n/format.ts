/**
 * Numbers, sizes and lists for people, in the active locale (Intl). Pure.
 * Formatters are costly to create (locale data), so each is made once per
 * locale and options, and kept (`formatters.ts`).
 */
import { formatter } from './formatters.js';

export { compareText, regionName } from './formatters.js';

export const formatNumber = (n: number, locale: string) =>
  formatter(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);

/**
 * A file size: "240 kB", "3.2 MB", "25 MB", the number and its unit joined by a no-break space in every
 * language (Intl joins them with a plain space in most), so that a line never breaks between them.
 */
export function formatSize(bytes: number, locale: string) {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 1), 'kilobyte'];
  return formatter(`u|${unit}|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }))
    .format(value)
    .replace(/\s/g, (space) => (space === '\u202f' ? space : '\u00a0'));
}

/** "A, B and C" (conjunction) or "A, B or C" (disjunction). */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction') {
  try {
    return formatter(`l|${type}|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The accepted file types, upper case, as a list of alternatives. */
export const formatFileTypes = (extensions: readonly string[], locale: string) =>
  formatList(extensions.map((e) => e.toUpperCase()), locale, 'disjunction');
