/**
 * The default configuration is the seed vendor's: its repair centres, support
 * contacts, links, parts lists and fee. A host that changes the brand must not
 * ship them by accident, so a configuration that renames the brand and leaves
 * any of them out is refused, with one line per key to give. A host that does
 * mean to keep one passes it explicitly (`defaultConfig` is exported by
 * `repair-request/schema`). Pure: no Lit, no DOM.
 */
import type { RepairConfig } from './config-schema.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The dotted keys of the vendor's data in `defaults`: every key of `support` and `links`, and these. */
export function vendorKeys(defaults: RepairConfig): string[] {
  return [
    'brand.servicePlan', 'brand.expressService', 'zones',
    ...Object.keys(defaults.support).map((key) => `support.${key}`),
    ...Object.keys(defaults.links).map((key) => `links.${key}`),
    'partsLists', 'fee.amount',
  ];
}

/** Whether the host's configuration gives a value at a dotted path. */
const gives = (override: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((v, key) => (isPlainObject(v) ? v[key] : undefined), override) !== undefined;

/**
 * The vendor's data that a configuration with another brand name would keep,
 * as `path: problem` lines (empty when the brand is the default's, or when
 * every vendor key is given).
 */
export function vendorDataKept(defaults: RepairConfig, override: unknown): string[] {
  if (!isPlainObject(override) || !isPlainObject(override.brand)) return [];
  const brand = override.brand.name;
  if (brand === undefined || brand === defaults.brand.name) return [];
  const vendor = defaults.brand.name;
  return vendorKeys(defaults)
    .filter((path) => !gives(override, path))
    .map((path) => `${path}: missing, and ${vendor}'s would be shown under the brand "${String(brand)}": give your own`);
}
