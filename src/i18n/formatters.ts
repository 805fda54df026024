/**
 * Intl formatters, made once per locale and options and kept (locale data is
 * costly to load), and the two the first step needs: country names and their
 * sort order. Numbers, sizes and lists are in `format.ts`, which the later
 * steps download (a module the first step imports comes whole with it). Pure.
 */

type Formatter = Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames | Intl.Collator;
const formatters = new Map<string, Formatter>();

export function formatter<T extends Formatter>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

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
