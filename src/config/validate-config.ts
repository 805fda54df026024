/**
 * Checks a host configuration: its shape (the zod `configSchema`) and the
 * references between its parts (a model's category and serial format, the
 * crash issue, unique ids, countries served by one zone only…). Pure: no Lit,
 * no DOM. Also merges a partial configuration over the defaults, and checks
 * the customer's owned products against the catalogue.
 */
import { configSchema, ownedProductSchema, type DeviceConfig, type OwnedProduct, type RepairConfig } from './config-schema.js';
import { defaultConfig } from './default-config.js';
import { vendorDataKept } from './vendor-data.js';

export { vendorDataKept };

/** Top-level parts that are objects: a host may override one of their keys alone. */
const OBJECT_KEYS = ['brand', 'support', 'links', 'fee', 'files', 'description'] as const;

type ObjectKey = (typeof OBJECT_KEYS)[number];

/** What a host may pass as `config`: any part, and any key of the object parts. */
export type RepairConfigInput = Partial<Omit<RepairConfig, ObjectKey>> & { [K in ObjectKey]?: Partial<RepairConfig[K]> };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The host's configuration over the defaults, key by key: the object parts
 * (`brand`, `support`, `links`, `fee`, `files`, `description`) are merged one
 * level deep, so `{ brand: { name: 'Acme' } }` keeps the default service plan;
 * arrays and other values replace the default.
 */
export function mergeConfig(defaults: RepairConfig, override: unknown): unknown {
  if (!isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const base = (defaults as unknown as Record<string, unknown>)[key];
    merged[key] = (OBJECT_KEYS as readonly string[]).includes(key) && isPlainObject(value) && isPlainObject(base)
      ? { ...base, ...value }
      : value;
  }
  return merged;
}

/** Problems found in references between the parts of a well-shaped configuration. */
function crossReferences(config: RepairConfig): string[] {
  const problems: string[] = [];
  const unique = (list: readonly { id: string }[], path: string) => {
    list.forEach((item, i) => {
      if (list.findIndex((other) => other.id === item.id) !== i) problems.push(`${path}.${i}.id: duplicate id "${item.id}"`);
    });
  };
  unique(config.zones, 'zones');
  unique(config.categories, 'categories');
  unique(config.serialFormats, 'serialFormats');
  unique(config.models, 'models');
  unique(config.issueGroups, 'issueGroups');
  unique(config.issueGroups.flatMap((g) => g.issues), 'issues');
  unique(config.purchaseChannels, 'purchaseChannels');
  config.issueGroups.forEach((group, g) => group.issues.forEach((issue, i) => unique(issue.shots ?? [], `issueGroups.${g}.issues.${i}.shots`)));

  config.zones.forEach((zone, z) => zone.countries.forEach((country, c) => {
    if (config.zones.findIndex((other) => other.countries.includes(country)) < z) {
      problems.push(`zones.${z}.countries.${c}: "${country}" is already served by another zone`);
    }
  }));

  config.serialFormats.forEach((format, i) => {
    try {
      new RegExp(format.pattern);
    } catch {
      problems.push(`serialFormats.${i}.pattern: not a valid regular expression`);
    }
  });

  config.models.forEach((model, i) => {
    if (!config.categories.some((c) => c.id === model.category)) {
      problems.push(`models.${i}.category: no category "${model.category}"`);
    }
    if (!config.serialFormats.some((f) => f.id === model.serialFormat)) {
      problems.push(`models.${i}.serialFormat: no serial format "${model.serialFormat}"`);
    }
  });

  if (!config.issueGroups.some((g) => g.issues.some((issue) => issue.id === config.crashIssue))) {
    problems.push(`crashIssue: no issue "${config.crashIssue}" in issueGroups`);
  }
  if (config.description.min > config.description.max) {
    problems.push('description.min: greater than description.max');
  }
  return problems;
}

/**
 * Every problem of a configuration, as `path: problem` lines (empty when it is
 * usable): first its shape, then, if the shape is right, its cross-references.
 * Given the host's `override` that `config` was merged from, also the default
 * vendor's data it would keep under another brand (see `vendorDataKept`).
 */
export function validateConfig(config: unknown, override?: unknown): string[] {
  const vendor = vendorDataKept(defaultConfig, override);
  const result = configSchema.safeParse(config);
  if (!result.success) {
    return [...result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`), ...vendor];
  }
  return [...crossReferences(result.data), ...vendor];
}

/**
 * A host's configuration merged over the whole default and checked (with the
 * default vendor's data it would keep, see `validateConfig`): the merged
 * configuration when it is usable, and every problem; a check that throws is
 * one problem, not an exception.
 */
export function checkHostConfig(override: unknown): { config?: RepairConfig; problems: string[] } {
  try {
    const merged = mergeConfig(defaultConfig, override);
    const problems = validateConfig(merged, override);
    return problems.length ? { problems } : { config: merged as RepairConfig, problems };
  } catch (error) {
    return { problems: [`(configuration): it could not be checked (${String(error)})`] };
  }
}

/**
 * The host's owned products that are well formed and name a catalogue model;
 * the others are reported as `path: problem` lines.
 */
export function validOwnedProducts(config: DeviceConfig, products: unknown): { valid: OwnedProduct[]; problems: string[] } {
  if (!Array.isArray(products)) return { valid: [], problems: ['ownedProducts: not an array'] };
  const valid: OwnedProduct[] = [];
  const problems: string[] = [];
  products.forEach((product: unknown, i) => {
    const result = ownedProductSchema.safeParse(product);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`ownedProducts.${i}.${issue.path.map(String).join('.')}: ${issue.message}`);
    } else if (!config.models.some((m) => m.id === result.data.model)) {
      problems.push(`ownedProducts.${i}.model: no model "${result.data.model}"`);
    } else {
      valid.push(result.data);
    }
  });
  return { valid, problems };
}
