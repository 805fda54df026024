/**
 * Which locales exist, how each is loaded (a lazy chunk per locale, generated
 * by `lit-localize build` from locales/*.xlf) and how an element renders in one.
 */
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { withTemplates } from './msg.js';

type TargetLocale = (typeof targetLocales)[number];

// A static map: Vite cannot see the generated .ts files through a template-literal import.
const loaders = {
  'fr': () => import('../generated/locales/fr.js'),
  'de': () => import('../generated/locales/de.js'),
  'es': () => import('../generated/locales/es.js'),
  'it': () => import('../generated/locales/it.js'),
  'nl': () => import('../generated/locales/nl.js'),
  'pl': () => import('../generated/locales/pl.js'),
  'pt': () => import('../generated/locales/pt.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'ja': () => import('../generated/locales/ja.js'),
  'ar': () => import('../generated/locales/ar.js'),
} satisfies Record<TargetLocale, () => Promise<{ templates: TemplateMap }>>;

export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

const loaded = new Map<string, TemplateMap | undefined>([[sourceLocale, undefined]]);

/** Loads a locale's messages once; resolves when it can be rendered. */
export async function loadLocale(locale: string): Promise<void> {
  if (loaded.has(locale)) return;
  const loader = loaders[locale as TargetLocale];
  if (!loader) throw new Error(`Unsupported locale "${locale}"`);
  loaded.set(locale, (await loader()).templates);
}

export const isLoaded = (locale: string) => loaded.has(locale);

/** Renders in a loaded locale (the source language if it is not loaded yet). */
export const inLocale = <T>(locale: string, render: () => T): T =>
  withTemplates(locale, loaded.get(locale), render);

/** Right-to-left scripts among the supported locales. */
export const isRtl = (locale: string) => /^(ar|he|fa|ur)(-|$)/.test(locale);
