/**
 * VAT identification numbers: the format of each country's number and its
 * check digits (through `jsvat`, which implements each tax authority's
 * checksum), so a typo is caught while the customer can still fix it. Whether
 * the number exists (VIES, HMRC, UID register) is for the back end to check.
 *
 * Sources: the European Commission's VIES "VAT number validation" format
 * table for the EU member states (Greece uses the prefix EL), HMRC for GB,
 * the Swiss UID register (CHE + 9 digits, optionally followed by MWST, TVA,
 * IVA or TPV) and the Norwegian Brønnøysund register (NO + 9 digits + MVA).
 * Pure.
 */

import {
  austria, belgium, bulgaria, checkVAT, croatia, cyprus, czechRepublic, denmark, estonia, finland, france,
  germany, greece, hungary, ireland, italy, latvia, lithuania, luxembourg, malta, netherlands, norway, poland,
  portugal, romania, slovakiaRepublic, slovenia, spain, sweden, switzerland, unitedKingdom, type Country,
} from 'jsvat';

export interface VatFormat {
  /** The prefix a number starts with (the country code, except EL for Greece and CHE for Switzerland). */
  prefix: string;
  /** Regular expression (source, unanchored) for the rest of the normalised number. */
  pattern: string;
  /** A valid example (format and check digits), shown as a hint. */
  example: string;
}

/** The check-digit rules of each country (`jsvat`). */
const CHECKSUMS: Readonly<Record<string, Country>> = {
  AT: austria, BE: belgium, BG: bulgaria, HR: croatia, CY: cyprus, CZ: czechRepublic, DK: denmark, EE: estonia,
  FI: finland, FR: france, DE: germany, GR: greece, HU: hungary, IE: ireland, IT: italy, LV: latvia, LT: lithuania,
  LU: luxembourg, MT: malta, NL: netherlands, PL: poland, PT: portugal, RO: romania, SK: slovakiaRepublic,
  SI: slovenia, ES: spain, SE: sweden, GB: unitedKingdom, CH: switzerland, NO: norway,
};

const vat = (prefix: string, pattern: string, example: string): VatFormat => ({ prefix, pattern, example });

export const VAT_FORMATS: Readonly<Record<string, VatFormat>> = {
  AT: vat('AT', 'U\\d{8}', 'ATU12345675'),
  BE: vat('BE', '[01]\\d{9}', 'BE0123456749'),
  BG: vat('BG', '\\d{9,10}', 'BG123456786'),
  HR: vat('HR', '\\d{11}', 'HR12345678903'),
  CY: vat('CY', '\\d{8}[A-Z]', 'CY10345675A'),
  CZ: vat('CZ', '\\d{8,10}', 'CZ12345679'),
  DK: vat('DK', '\\d{8}', 'DK12345674'),
  EE: vat('EE', '\\d{9}', 'EE101234500'),
  FI: vat('FI', '\\d{8}', 'FI12345671'),
  FR: vat('FR', '[0-9A-HJ-NP-Z]{2}\\d{9}', 'FR12345678900'),
  DE: vat('DE', '\\d{9}', 'DE123456788'),
  GR: vat('EL', '\\d{9}', 'EL123456783'),
  HU: vat('HU', '\\d{8}', 'HU12345676'),
  IE: vat('IE', '(?:\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W])', 'IE1234567T'),
  IT: vat('IT', '\\d{11}', 'IT12345670090'),
  LV: vat('LV', '\\d{11}', 'LV40123450009'),
  LT: vat('LT', '(?:\\d{9}|\\d{12})', 'LT123456715'),
  LU: vat('LU', '\\d{8}', 'LU12345613'),
  MT: vat('MT', '\\d{8}', 'MT12345634'),
  NL: vat('NL', '\\d{9}B\\d{2}', 'NL123456789B13'),
  PL: vat('PL', '\\d{10}', 'PL1234567890'),
  PT: vat('PT', '\\d{9}', 'PT123456789'),
  RO: vat('RO', '[1-9]\\d{1,9}', 'RO1234567897'),
  SK: vat('SK', '\\d{10}', 'SK1234567895'),
  SI: vat('SI', '\\d{8}', 'SI12345679'),
  ES: vat('ES', '[0-9A-Z]\\d{7}[0-9A-Z]', 'ESX1234581X'),
  SE: vat('SE', '\\d{10}01', 'SE123456789701'),
  GB: vat('GB', '(?:\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})', 'GB123456782'),
  CH: vat('CHE', '\\d{9}(?:MWST|TVA|IVA|TPV)?', 'CHE-123.456.788 MWST'),
  NO: vat('NO', '\\d{9}(?:MVA)?', 'NO123456785MVA'),
};

/** Other prefixes customers type for a country ("GR" for Greece, whose VAT prefix is EL). */
const ALIASES: Readonly<Record<string, readonly string[]>> = { GR: ['GR'] };

/** A number of a country without a known format: letters and digits only. */
const LOOSE_VAT = /^[A-Z0-9]{4,20}$/;

/** Upper case, without spaces, dots, dashes or slashes (as printed on invoices). */
export const normalizeVat = (value: string) => value.toUpperCase().replace(/[\s./-]/g, '');

export const vatExample = (country: string | undefined) => (country ? VAT_FORMATS[country]?.example : undefined);

/** The prefixes of all known formats, longest first ("CHE" before "CH…"). */
const ALL_PREFIXES = [...new Set(Object.values(VAT_FORMATS).map((f) => f.prefix))].sort((a, b) => b.length - a.length);

/**
 * Whether a VAT number is one of `country`'s: its format and its check
 * digits. The country prefix may be left out ("40303265045" for France), but
 * a number that starts with another country's prefix is that country's number.
 */
export function isValidVat(country: string | undefined, value: string) {
  const number = normalizeVat(value);
  const format = country ? VAT_FORMATS[country] : undefined;
  if (!country || !format) return LOOSE_VAT.test(number);
  const own = [format.prefix, ...(ALIASES[country] ?? [])].find((p) => number.startsWith(p));
  if (!own && ALL_PREFIXES.some((p) => number.startsWith(p))) return false;
  const rest = number.slice(own?.length ?? 0);
  if (!new RegExp(`^(?:${format.pattern})$`).test(rest)) return false;
  const checksum = CHECKSUMS[country];
  return !checksum || checkVAT(format.prefix + rest, [checksum]).isValid;
}
