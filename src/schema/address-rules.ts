/**
 * The country rules of a return address (postal codes, regions, phone and VAT
 * numbers), as one value that the request schema is given. Their tables are
 * the largest part of the schema and only the Address step needs them, so the
 * widget loads this module with that step; the server schema imports it
 * directly. Pure: no Lit, no DOM.
 */
import { addressSchema } from './address.js';
import { isValidVat } from './vat.js';

export interface AddressRules {
  /** The schema of a postal address, with the rules of its country. */
  addressSchema: typeof addressSchema;
  /** Whether a VAT number has the format of the address's country. */
  isValidVat: typeof isValidVat;
}

export const addressRules: AddressRules = { addressSchema, isValidVat };
