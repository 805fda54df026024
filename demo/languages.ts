// The demo pages' language menus: the 11 languages the widget ships, each in its own name.
import { matchLocale } from '../src/i18n/resolve-locale.js';

/** Locale code and the language's own name, in the order of lit-localize.json (English first). */
export const LANGUAGES: readonly (readonly [code: string, name: string])[] = [
  ['en', 'English'], ['fr', 'Français'], ['de', 'Deutsch'], ['es', 'Español'], ['it', 'Italiano'], ['nl', 'Nederlands'],
  ['pl', 'Polski'], ['pt', 'Português'], ['zh-Hans', '简体中文'], ['ja', '日本語'], ['ar', 'العربية'],
];

/**
 * Fills a `<select>` with the languages (each option marked with its own `lang`,
 * so a screen reader says it in that language) and selects the one matching `tag`
 * (`fr-CA` → Français), else English. Each choice calls `onChoose` with its code.
 */
export function languageMenu(select: HTMLSelectElement, tag: string | null | undefined, onChoose: (code: string) => void) {
  select.replaceChildren(...LANGUAGES.map(([code, name]) => Object.assign(new Option(name, code), { lang: code })));
  select.value = (tag && matchLocale(tag, LANGUAGES.map(([code]) => code))) || 'en';
  select.addEventListener('change', () => onChoose(select.value));
}
