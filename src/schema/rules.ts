/** Rules that need the configuration, shared by the schema and the step elements. Pure. */
import type { DeviceConfig, ProductModel, RepairConfig } from '../config/config-schema.js';

export const modelFor = (config: Pick<DeviceConfig, 'models'>, id: string | undefined): ProductModel | undefined =>
  id ? config.models.find((m) => m.id === id) : undefined;

/** Upper-cases and strips spaces, as customers copy serial numbers from labels. */
export const normalizeSerial = (serial: string) => serial.replace(/\s+/g, '').toUpperCase();

/** Each serial-number pattern, compiled once: a keystroke in the serial checks it against every family several times. */
const patterns = new Map<string, RegExp>();
const pattern = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

/**
 * The families whose format the last serial checked has, per catalogue: a keystroke in the serial asks about the same
 * value several times (the step's recognition, then the schema's checks), and these rules work them out once.
 * Only the last value is kept, so a server checking many requests keeps nothing more.
 */
const lastFamilies = new WeakMap<DeviceConfig['serialFormats'], { value: string; families: ReadonlySet<string> }>();

function familiesOf(config: DeviceConfig, value: string) {
  let last = lastFamilies.get(config.serialFormats);
  if (last?.value !== value) {
    last = { value, families: new Set(config.serialFormats.filter((f) => pattern(f.pattern).test(value)).map((f) => f.id)) };
    lastFamilies.set(config.serialFormats, last);
  }
  return last.families;
}

/**
 * Whether a serial number has the format of the given model's family, of the
 * named family, or (neither given) of any family in the catalogue.
 */
export function matchesSerialFormat(config: DeviceConfig, serial: string, modelId?: string, familyId?: string) {
  const family = familyId ?? modelFor(config, modelId)?.serialFormat;
  const families = familiesOf(config, normalizeSerial(serial));
  return family ? families.has(family) : families.size > 0;
}

/** The model whose serial-number prefix matches, longest prefix first. */
export function modelFromSerial(config: DeviceConfig, serial: string): ProductModel | undefined {
  const value = normalizeSerial(serial);
  let best: { model: ProductModel; length: number } | undefined;
  for (const model of config.models) {
    for (const prefix of model.serialPrefixes ?? []) {
      if (value.startsWith(prefix) && (!best || prefix.length > best.length)) best = { model, length: prefix.length };
    }
  }
  return best && matchesSerialFormat(config, value, best.model.id) ? best.model : undefined;
}

/**
 * Whether the catalogue's prefixes give a serial number (of the model's family
 * format) to another model than `modelId`: the serial and the model cannot
 * both be right. A serial no prefix names proves nothing.
 */
export function serialNamesOtherModel(config: DeviceConfig, serial: string, modelId: string) {
  const named = matchesSerialFormat(config, serial, modelId) ? modelFromSerial(config, serial) : undefined;
  return !!named && named.id !== modelId;
}

export const fileExtension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

export const isAcceptedFile = (config: RepairConfig, name: string) =>
  name.includes('.') && config.files.extensions.includes(fileExtension(name));
