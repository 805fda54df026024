/**
 * Words for the ids of the default data and the fixed choices that the first
 * step shows (the later steps' are in `answer-labels.ts`). Called at render
 * time only; a label given in the host configuration wins.
 */
import type { StepId } from '../schema/options.js';
import { compareText, regionName } from './formatters.js';
import { msg } from './msg.js';

export type Labels = Record<string, () => string>;

/** The host's label, else the translated default for the id, else the id itself. */
export const pick = (labels: Labels, id: string, override?: string) => override ?? labels[id]?.() ?? id;

const STEP: Record<StepId, () => string> = {
  device: () => msg('Device'),
  malfunction: () => msg('Malfunction'),
  parts: () => msg('Parts'),
  address: () => msg('Address'),
  submit: () => msg('Submit'),
};
export const stepLabel = (step: StepId) => STEP[step]();

const ZONES: Labels = {
  'europe': () => msg('Europe'),
  'north-america': () => msg('North America'),
  'latin-america': () => msg('Latin America'),
  'asia-pacific': () => msg('Asia Pacific'),
  'oceania': () => msg('Oceania'),
  'middle-east-africa': () => msg('Middle East and Africa'),
  'china-mainland': () => msg('Mainland China'),
};
export const zoneLabel = (zone: { id: string; label?: string | undefined }) => pick(ZONES, zone.id, zone.label);

const CATEGORIES: Labels = {
  drones: () => msg('Drones'),
  handheld: () => msg('Handheld gimbals'),
  cameras: () => msg('Cameras'),
  accessories: () => msg('Accessories'),
};
export const categoryLabel = (c: { id: string; label?: string | undefined }) => pick(CATEGORIES, c.id, c.label);

/** A country's name in the active locale. */
export const countryName = (code: string, locale: string) => regionName(code, locale);

const countryLists = new WeakMap<readonly string[], Map<string, readonly { value: string; label: string }[]>>();

/**
 * Countries as the options of a select: named in the locale and sorted as it
 * sorts. Kept per list and locale (naming and sorting a zone's countries on
 * every keystroke would be wasted work).
 */
export function countryOptions(codes: readonly string[], locale: string): readonly { value: string; label: string }[] {
  let byLocale = countryLists.get(codes);
  if (!byLocale) countryLists.set(codes, (byLocale = new Map()));
  let options = byLocale.get(locale);
  if (!options) {
    options = codes
      .map((code) => ({ value: code, label: regionName(code, locale) }))
      .sort((x, y) => compareText(x.label, y.label, locale));
    byLocale.set(locale, options);
  }
  return options;
}
