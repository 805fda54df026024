/**
 * Which locales exist, how their messages load and how an element renders in
 * one. Each locale is split into parts (scripts/split-locales.mjs) that load
 * only when the customer reaches the screens that need them.
 */
import type { TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeLoaders, type LocaleIndex, type LocalePart } from '../generated/locale-loaders.js';
import type { StepId } from '../schema/options.js';
import { STEP_REGISTRY } from '../steps/registry.js';
import { withTemplates } from './msg.js';

export type { LocalePart };

export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** The messages loaded so far, merged, per locale; the parts loading or loaded; each locale's index. */
const templates = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<void>>();
const indexes = new Map<string, Promise<LocaleIndex>>();
/** The parts loaded, as `<locale>/<part>`. */
const loaded = new Set<string>();

/** The message parts a screen needs. */
export function partsFor(step: StepId, view: 'form' | 'contact' | 'confirmation' = 'form'): LocalePart[] {
  if (view !== 'form') return ['core', 'extra'];
  const { part } = STEP_REGISTRY[step];
  return part === 'core' ? ['core'] : ['core', part];
}

/** A failed download may be tried again later (the customer comes back online). */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

/**
 * Loads parts of a locale's messages once each; resolves when they can be rendered.
 * A locale's index holds its core part and loads the others.
 */
export async function loadLocale(locale: string, parts: readonly LocalePart[] = ['core']): Promise<void> {
  if (locale === sourceLocale) return;
  const loader = localeLoaders[locale];
  if (!loader) throw new Error(`Unsupported locale "${locale}"`);
  await Promise.all(parts.map((part) => once(loading, `${locale}/${part}`, async () => {
    const index = await once(indexes, locale, loader);
    const mod = part === 'core' ? index : await index.parts[part]();
    templates.set(locale, { ...templates.get(locale), ...mod.templates });
    loaded.add(`${locale}/${part}`);
  })));
}

/** Whether these parts of a locale's messages are loaded (the source language's always are). */
export const isLoaded = (locale: string, parts: readonly LocalePart[]) =>
  locale === sourceLocale || parts.every((part) => loaded.has(`${locale}/${part}`));

/** Renders in a locale with the messages loaded so far (the source language for the rest). */
export const inLocale = <T>(locale: string, render: () => T): T =>
  withTemplates(locale, templates.get(locale), render);

/** Right-to-left scripts among the supported locales. */
export const isRtl = (locale: string) => /^(ar|he|fa|ur)(-|$)/.test(locale);
