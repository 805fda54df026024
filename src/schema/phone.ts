/**
 * Phone numbers, checked against the numbering plans of Google's
 * libphonenumber (through `libphonenumber-js` and its `max` metadata): a
 * number is valid when its country assigns such numbers, landlines, mobiles,
 * freephone and all. The `min` metadata checks lengths only (it accepts
 * `+49 1 2345678`), and the `mobile` metadata refuses landlines, which a
 * return address may well have.
 *
 * The metadata is the largest part of the address rules, so it loads with the
 * Address step (see `address-rules.ts`) and never with the first step. Pure.
 */
import { isSupportedCountry, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';

/** Characters a phone number may be typed with: no letters ("call me", vanity numbers). */
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

/**
 * Whether a phone number is valid for an address in `country` (ISO 3166-1
 * alpha-2). A national number ("06 12 34 56 78") is read with the country's
 * trunk prefix; an international one ("+32 470 12 34 56", or "0032…" where
 * the country dials "00" abroad) is checked against its own calling code, so
 * a French address may have a Belgian mobile number.
 */
export function isValidPhone(country: string, value: string) {
  const raw = value.trim();
  if (!PHONE_CHARACTERS.test(raw)) return false;
  const defaultCountry = isSupportedCountry(country) ? (country as CountryCode) : undefined;
  // Without a country, only an international number can be read.
  if (!defaultCountry && !raw.startsWith('+')) return false;
  return isValidPhoneNumber(raw, defaultCountry);
}
