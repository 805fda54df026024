/**
 * The one place that configures @lit/localize. Only the active locale's
 * messages are loaded, each as its own lazy chunk.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

const loaders = {
  fr: () => import('../generated/locales/fr.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
});

export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];
