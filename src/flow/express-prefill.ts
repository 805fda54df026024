/**
 * The express path's prefill, apart from the Device step's (`prefill.ts`, in
 * the first chunk), so that it loads with the Malfunction step that uses it.
 * Pure: no Lit, no DOM.
 */
import type { DeviceConfig } from '../config/config-schema.js';
import { modelFor, normalizeSerial } from '../schema/rules.js';
import type { RepairDraft } from '../schema/request.js';

/**
 * The express path's aircraft serial number, given as the customer chooses
 * express: the serial number given in the Device step (typed, or of an owned
 * product) when that device is an aircraft, a model whose serial format is
 * `aircraft`, the one the express path asks for. Nothing when the express
 * serial was given (or cleared) before, so that what the customer typed there
 * stays theirs, nor for a remote or goggles under the same plan.
 */
export function expressSerialPrefill(
  config: DeviceConfig,
  device: RepairDraft['device'],
  malfunction: { readonly aircraftSerial?: string | undefined },
): { aircraftSerial: string } | undefined {
  if ('aircraftSerial' in malfunction || !device?.serial || device.identifiedBy === 'model') return undefined;
  if (modelFor(config, device.model)?.serialFormat !== 'aircraft') return undefined;
  return { aircraftSerial: normalizeSerial(device.serial) };
}
