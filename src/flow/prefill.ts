/**
 * The host's hints for the Device step (the `zone`, `country`, `product` and
 * `serial` attributes), as answers where the customer has given none. Pure: no
 * Lit, no DOM.
 */
import type { DeviceConfig } from '../config/config-schema.js';
import { modelFor, modelFromSerial, normalizeSerial } from '../schema/rules.js';
import type { StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';

/** What the host suggests for the Device step. */
export interface DeviceHints {
  zone?: string | undefined;
  country?: string | undefined;
  product?: string | undefined;
  serial?: string | undefined;
}

/**
 * The Device step's answers to add (none where the customer answered), and
 * why a hint is ignored (unknown zone, country not served, unknown product or serial).
 */
export function devicePrefill(config: DeviceConfig, draft: RepairDraft, hints: DeviceHints) {
  const device = draft.device ?? {};
  const patch: Record<string, string> = {};
  const problems: string[] = [];
  if (hints.zone) {
    if (!config.zones.some((z) => z.id === hints.zone)) problems.push(`the zone "${hints.zone}" is not configured`);
    else if (!device.zone) patch.zone = hints.zone;
  }
  if (hints.country) {
    const country = hints.country.toUpperCase();
    const zone = patch.zone ?? device.zone;
    const serving = config.zones.filter((z) => z.countries.includes(country));
    if (!serving.length || (zone && !serving.some((z) => z.id === zone))) {
      problems.push(`the country "${hints.country}" is not served by ${zone ? `the zone "${zone}"` : 'any zone'}`);
    } else if (!device.country) {
      patch.country = country;
      if (!zone && serving.length === 1) patch.zone = serving[0]!.id;
    }
  }
  if (hints.serial) {
    const model = modelFromSerial(config, hints.serial);
    if (!model) problems.push(`the serial number "${hints.serial}" is not recognised`);
    else if (!device.identifiedBy && !device.serial) Object.assign(patch, { identifiedBy: 'serial', serial: normalizeSerial(hints.serial), model: model.id });
  } else if (hints.product) {
    if (!modelFor(config, hints.product)) problems.push(`the product "${hints.product}" is not in the catalogue`);
    else if (!device.identifiedBy && !device.model) Object.assign(patch, { identifiedBy: 'model', model: hints.product });
  }
  return { patch, problems };
}

/**
 * The signed-in customer's e-mail as the case's contact e-mail on Address
 * (which then does not ask), when none is given. The draft itself when there
 * is nothing to add. (The Malfunction step offers it as the flight account
 * when the screen that asks for one opens: `screenPrefill`.)
 */
export function emailPrefill(step: StepId, draft: RepairDraft, email: string | undefined): RepairDraft {
  if (!email) return draft;
  if (step === 'address' && !draft.address?.email) return { ...draft, address: { ...draft.address, email } };
  return draft;
}

/**
 * The answers a Malfunction screen starts with, given as it opens (so that it
 * is drawn once, with them): on the screen asking for the flight data, the
 * signed-in customer's e-mail as the likely flight account, unless one was
 * given (or cleared) before. Undefined when there is nothing to add.
 */
export function screenPrefill(screen: string, malfunction: { readonly flightAccount?: string | undefined }, email: string | undefined) {
  return screen === 'flight' && email && !('flightAccount' in malfunction) ? { flightAccount: email } : undefined;
}
