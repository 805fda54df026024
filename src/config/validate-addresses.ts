/**
 * Checks the customer's saved addresses that the host passes (`addresses`)
 * with the country rules of the Address step, so it loads with them. Pure: no
 * Lit, no DOM.
 */
import { validateAddress, type SavedAddress } from '../schema/address.js';
import type { DeviceConfig } from './config-schema.js';

/**
 * The host's saved addresses that have an id and a valid address; the others
 * are reported as `path: problem` lines.
 */
export function validAddresses(config: DeviceConfig, addresses: unknown): { valid: SavedAddress[]; problems: string[] } {
  if (!Array.isArray(addresses)) return { valid: [], problems: ['addresses: not an array'] };
  const valid: SavedAddress[] = [];
  const problems: string[] = [];
  addresses.forEach((address: unknown, i) => {
    const id = typeof address === 'object' ? (address as { id?: unknown } | null)?.id : undefined;
    if (typeof id !== 'string' || !id) {
      problems.push(`addresses.${i}.id: missing`);
      return;
    }
    const result = validateAddress(config, address as unknown as SavedAddress);
    if (result.ok) valid.push(address as unknown as SavedAddress);
    else for (const [field, code] of Object.entries(result.errors)) problems.push(`addresses.${i}.${field}: ${code}`);
  });
  return { valid, problems };
}
