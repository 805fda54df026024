/**
 * Which locales exist, how their messages load and how an element renders in
 * one. Each locale is split into parts (scripts/split-locales.mjs) that load
 * only when the customer reaches the screens that need them.
 */
import type { TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeLoaders, type LocalePart } from '../generated/locale-loaders.js';
import type { StepId } from '../schema/options.js';
import { STEP_REGISTRY } from '../steps/registry.js';
import { withTemplates } from './msg.js';

export type { LocalePart };

export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** The messages loaded so far, merged, per locale; and which parts they came from. */
const templates = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<void>>();

/** The message parts a screen needs. */
export function partsFor(step: StepId, view: 'form' | 'contact' | 'confirmation' = 'form'): LocalePart[] {
  if (view !== 'form') return ['core', 'extra'];
  const { part } = STEP_REGISTRY[step];
  return part === 'core' ? ['core'] : ['core', part];
}

/** Loads parts of a locale's messages once each; resolves when they can be rendered. */
export async function loadLocale(locale: string, parts: readonly LocalePart[] = ['core']): Promise<void> {
  if (locale === sourceLocale) return;
  const loaders = localeLoaders[locale];
  if (!loaders) throw new Error(`Unsupported locale "${locale}"`);
  await Promise.all(parts.map((part) => {
    const key = `${locale}/${part}`;
    let promise = loading.get(key);
    if (!promise) {
      promise = loaders[part]().then((mod) => {
        templates.set(locale, { ...templates.get(locale), ...mod.templates });
      });
      // A failed download may be retried later (the customer comes back online).
      promise.catch(() => loading.delete(key));
      loading.set(key, promise);
    }
    return promise;
  }));
}

/** Renders in a locale with the messages loaded so far (the source language for the rest). */
export const inLocale = <T>(locale: string, render: () => T): T =>
  withTemplates(locale, templates.get(locale), render);

/** Right-to-left scripts among the supported locales. */
export const isRtl = (locale: string) => /^(ar|he|fa|ur)(-|$)/.test(locale);
