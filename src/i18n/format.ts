/**
 * Numbers, sizes and lists for people, in the active locale (Intl). Pure.
 * Formatters are costly to create (locale data), so each is made once per
 * locale and options, and kept.
 */

type Formatter = Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames | Intl.Collator;
const formatters = new Map<string, Formatter>();

function formatter<T extends Formatter>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export const formatNumber = (n: number, locale: string) =>
  formatter(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);

/** A file size: "240 kB", "3.2 MB", "25 MB". */
export function formatSize(bytes: number, locale: string) {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 1), 'kilobyte'];
  return formatter(`u|${unit}|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 })).format(value);
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

/** A country's (region's) name in the locale; the code itself where Intl has no name for it. */
export function regionName(code: string, locale: string) {
  try {
    return formatter(`r|${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Compares two texts as the locale sorts them. */
export function compareText(a: string, b: string, locale: string) {
  try {
    return formatter(`c|${locale}`, () => new Intl.Collator(locale)).compare(a, b);
  } catch {
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
