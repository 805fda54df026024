/** A postal address, as entered in the Address step. Pure. */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';

const text = () => z.string('required').check(z.trim(), z.minLength(1, 'required'));

export function addressSchema(_config: RepairConfig) {
  return z.object({
    recipient: text(),
    line1: text(),
    line2: z.optional(z.string().check(z.trim())),
    postalCode: text(),
    city: text(),
    region: z.optional(z.string().check(z.trim())),
    country: z.string('required').check(z.regex(/^[A-Z]{2}$/, 'required')),
    phone: text(),
  });
}

export type PostalAddress = z.output<ReturnType<typeof addressSchema>>;
