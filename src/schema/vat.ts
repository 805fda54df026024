/**
 * VAT identification numbers: the format of each country's number, so an
 * obvious typo is caught while the customer can still fix it. Whether the
 * number exists (VIES, HMRC, UID register) is for the back end to check.
 *
 * Sources: the European Commission's VIES "VAT number validation" format
 * table for the EU member states (Greece uses the prefix EL), HMRC for GB,
 * the Swiss UID register (CHE + 9 digits, optionally followed by MWST, TVA,
 * IVA or TPV) and the Norwegian Brønnøysund register (NO + 9 digits + MVA).
 * Pure.
 */

export interface VatFormat {
  /** The prefix a number starts with (the country code, except EL for Greece and CHE for Switzerland). */
  prefix: string;
  /** Regular expression (source, unanchored) for the rest of the normalised number. */
  pattern: string;
  /** A well-formed example, shown as a hint. */
  example: string;
}

const vat = (prefix: string, pattern: string, example: string): VatFormat => ({ prefix, pattern, example });

export const VAT_FORMATS: Readonly<Record<string, VatFormat>> = {
  AT: vat('AT', 'U\\d{8}', 'ATU12345678'),
  BE: vat('BE', '[01]\\d{9}', 'BE0123456789'),
  BG: vat('BG', '\\d{9,10}', 'BG123456789'),
  HR: vat('HR', '\\d{11}', 'HR12345678901'),
  CY: vat('CY', '\\d{8}[A-Z]', 'CY12345678L'),
  CZ: vat('CZ', '\\d{8,10}', 'CZ12345678'),
  DK: vat('DK', '\\d{8}', 'DK12345678'),
  EE: vat('EE', '\\d{9}', 'EE123456789'),
  FI: vat('FI', '\\d{8}', 'FI12345678'),
  FR: vat('FR', '[0-9A-HJ-NP-Z]{2}\\d{9}', 'FR12345678901'),
  DE: vat('DE', '\\d{9}', 'DE123456789'),
  GR: vat('EL', '\\d{9}', 'EL123456789'),
  HU: vat('HU', '\\d{8}', 'HU12345678'),
  IE: vat('IE', '(?:\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W])', 'IE1234567T'),
  IT: vat('IT', '\\d{11}', 'IT12345678901'),
  LV: vat('LV', '\\d{11}', 'LV12345678901'),
  LT: vat('LT', '(?:\\d{9}|\\d{12})', 'LT123456789'),
  LU: vat('LU', '\\d{8}', 'LU12345678'),
  MT: vat('MT', '\\d{8}', 'MT12345678'),
  NL: vat('NL', '\\d{9}B\\d{2}', 'NL123456789B01'),
  PL: vat('PL', '\\d{10}', 'PL1234567890'),
  PT: vat('PT', '\\d{9}', 'PT123456789'),
  RO: vat('RO', '[1-9]\\d{1,9}', 'RO1234567890'),
  SK: vat('SK', '\\d{10}', 'SK1234567890'),
  SI: vat('SI', '\\d{8}', 'SI12345678'),
  ES: vat('ES', '[0-9A-Z]\\d{7}[0-9A-Z]', 'ESX1234567X'),
  SE: vat('SE', '\\d{10}01', 'SE123456789001'),
  GB: vat('GB', '(?:\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})', 'GB123456789'),
  CH: vat('CHE', '\\d{9}(?:MWST|TVA|IVA|TPV)?', 'CHE-123.456.789 MWST'),
  NO: vat('NO', '\\d{9}(?:MVA)?', 'NO123456789MVA'),
};

/** Other prefixes customers type for a country ("GR" for Greece, whose VAT prefix is EL). */
const ALIASES: Readonly<Record<string, readonly string[]>> = { GR: ['GR'] };

/** A number of a country without a known format: letters and digits only. */
const LOOSE_VAT = /^[A-Z0-9]{4,20}$/;

/** Upper case, without spaces, dots, dashes or slashes (as printed on invoices). */
export const normaliseVat = (value: string) => value.toUpperCase().replace(/[\s./-]/g, '');

export const vatExample = (country: string | undefined) => (country ? VAT_FORMATS[country]?.example : undefined);

/** The prefixes of all known formats, longest first ("CHE" before "CH…"). */
const ALL_PREFIXES = [...new Set(Object.values(VAT_FORMATS).map((f) => f.prefix))].sort((a, b) => b.length - a.length);

/**
 * Whether a VAT number has the format of `country`'s numbers. The country
 * prefix may be left out ("12345678901" for France), but a number that
 * starts with another country's prefix is that country's number.
 */
export function isValidVat(country: string | undefined, value: string) {
  const number = normaliseVat(value);
  const format = country ? VAT_FORMATS[country] : undefined;
  if (!country || !format) return LOOSE_VAT.test(number);
  const own = [format.prefix, ...(ALIASES[country] ?? [])].find((p) => number.startsWith(p));
  if (!own && ALL_PREFIXES.some((p) => number.startsWith(p))) return false;
  return new RegExp(`^(?:${format.pattern})$`).test(number.slice(own?.length ?? 0));
}
