/** Picks the widget's locale from language tags, most preferred first. Pure. */

/** Tags that do not reduce to their primary language. */
const SPECIAL: Record<string, string> = { 'zh': 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-hans': 'zh-Hans' };

/** The supported locale for one tag (`fr-CA` → `fr`), or undefined. */
export function matchLocale(tag: string, supported: readonly string[]): string | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  const exact = supported.find((s) => s.toLowerCase() === lower);
  if (exact) return exact;
  const special = SPECIAL[lower] ?? SPECIAL[lower.split('-').slice(0, 2).join('-')];
  if (special && supported.includes(special)) return special;
  const primary = lower.split('-')[0];
  return supported.find((s) => s.toLowerCase() === primary);
}

/** The first candidate that matches a supported locale, else the fallback. */
export function resolveLocale(candidates: readonly (string | null | undefined)[], supported: readonly string[], fallback = 'en') {
  for (const tag of candidates) {
    const match = tag ? matchLocale(tag, supported) : undefined;
    if (match) return match;
  }
  return fallback;
}
