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
 * Whether a serial number has the format of the given model's family, of the
 * named family, or (neither given) of any family in the catalogue.
 */
export function matchesSerialFormat(config: DeviceConfig, serial: string, modelId?: string, familyId?: string) {
  const family = familyId ?? modelFor(config, modelId)?.serialFormat;
  const formats = family ? config.serialFormats.filter((f) => f.id === family) : config.serialFormats;
  const value = normalizeSerial(serial);
  return formats.some((f) => pattern(f.pattern).test(value));
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
