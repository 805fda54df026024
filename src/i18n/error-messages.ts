/**
 * Error codes to words, at render time, so a language switch also translates
 * the errors already on screen. A field may give a more specific wording for
 * `required` (GOV.UK style: "Select…", "Enter…").
 *
 * Here are the words the first step needs; the later steps' are in
 * `step-error-messages.ts`, which each later step (and the contact form)
 * imports, so they load with the code that can show them.
 */
import { msg } from './msg.js';
import type { DeviceConfig, RepairConfig } from '../config/config-schema.js';
import type { ErrorCode } from '../schema/codes.js';

/** Words for the codes and fields of the later steps (`zone`: the Device step's, for its contacts); undefined for those it does not know. */
export type ErrorWords = (code: ErrorCode, config: RepairConfig, locale: string, path?: string, zone?: string) => string | undefined;

const more: ErrorWords[] = [];

/** Adds the words of the later steps (called once, by `step-error-messages.ts`). */
export function addErrorWords(words: ErrorWords) {
  if (!more.includes(words)) more.push(words);
}

/** Whether the whole configuration is known, not only the Device step's part that the first step paints with. */
const isWhole = (config: DeviceConfig): config is RepairConfig => 'issueGroups' in config;

/** What to say when a Device step field is missing, GOV.UK style: what to do, about this field. */
const REQUIRED: Record<string, () => string> = {
  'device.zone': () => msg('Select your service zone.'),
  'device.country': () => msg('Select your country or region.'),
  'device.identifiedBy': () => msg('Choose how to identify your product.'),
  'device.serial': () => msg('Enter the serial number, or select one of your products.'),
  'device.model': () => msg('Select your product model.'),
};

/**
 * The words for an error code. With the field's path, `required` says what to
 * do with that field ("Select your service zone."). With the Device step's
 * `zone`, words that name a support contact name that zone's.
 */
export function errorMessage(code: ErrorCode, config: DeviceConfig, locale: string, path?: string, zone?: string): string {
  const specific = code === 'required' && path ? REQUIRED[path] : undefined;
  if (specific) return specific();
  // The first step's own codes, before the later steps' words, which have none of them: an error typed in the
  // serial number calls no code of the later steps.
  switch (code) {
    case 'country_not_in_zone': return msg('Select a country or region in the chosen service zone.');
    case 'serial_format': return msg('This serial number does not have the expected format. Check the label on your product.');
    case 'serial_unrecognised': return msg('We could not recognise this serial number. Check it, or choose your model from the list instead.');
    case 'serial_model_mismatch': return msg('This serial number belongs to another model.');
  }
  // The later steps' words (loaded with them, so with the whole configuration) read its later parts.
  if (isWhole(config)) for (const words of more) {
    const text = words(code, config, locale, path, zone);
    if (text !== undefined) return text;
  }
  return code === 'required' ? msg('This field is required.') : msg('This value is not valid.');
}
