/**
 * Postal address formats per country: the postal code each country uses and
 * whether addresses there name a state, province or region. Pure data and
 * functions, shared by the address schema and the address form.
 *
 * Sources: the Universal Postal Union's addressing guides (upu.int, "Postal
 * addressing systems in member countries") and each postal operator's public
 * format, simplified to what a customer types. Patterns are checked against
 * the normalised code (upper case, single spaces, trimmed) and anchored, so
 * a pattern here is written without `^` and `$`. Optional separators (the
 * space in "SW1A 1AA", the dash in "01310-100") are accepted either way.
 */

export interface PostalFormat {
  /** Regular expression (source, unanchored) the normalised postal code must match in full. */
  pattern: string;
  /** A valid example, shown as a hint. */
  example: string;
  /** Postal codes exist but are rarely used: the field may be left empty. */
  optional?: boolean;
}

const digits = (n: number, example: string): PostalFormat => ({ pattern: `\\d{${n}}`, example });

/** The postcode areas of the United Kingdom (Royal Mail), two-letter ones first. */
const GB_AREAS = [
  'AB', 'AL', 'BA', 'BB', 'BD', 'BH', 'BL', 'BN', 'BR', 'BS', 'BT', 'CA', 'CB', 'CF', 'CH', 'CM', 'CO', 'CR', 'CT',
  'CV', 'CW', 'DA', 'DD', 'DE', 'DG', 'DH', 'DL', 'DN', 'DT', 'DY', 'EC', 'EH', 'EN', 'EX', 'FK', 'FY', 'GL', 'GU',
  'GY', 'HA', 'HD', 'HG', 'HP', 'HR', 'HS', 'HU', 'HX', 'IG', 'IM', 'IP', 'IV', 'JE', 'KA', 'KT', 'KW', 'KY', 'LA',
  'LD', 'LE', 'LL', 'LN', 'LS', 'LU', 'ME', 'MK', 'ML', 'NE', 'NG', 'NN', 'NP', 'NR', 'NW', 'OL', 'OX', 'PA', 'PE',
  'PH', 'PL', 'PO', 'PR', 'RG', 'RH', 'RM', 'SA', 'SE', 'SG', 'SK', 'SL', 'SM', 'SN', 'SO', 'SP', 'SR', 'SS', 'ST',
  'SW', 'SY', 'TA', 'TD', 'TF', 'TN', 'TQ', 'TR', 'TS', 'TW', 'UB', 'WA', 'WC', 'WD', 'WF', 'WN', 'WR', 'WS', 'WV',
  'YO', 'ZE', 'B', 'E', 'G', 'L', 'M', 'N', 'S', 'W',
].join('|');

/** `null`: the country has no postal codes. Countries not listed accept any short code, or none. */
export const POSTAL_FORMATS: Readonly<Record<string, PostalFormat | null>> = {
  // Europe (EU)
  AT: digits(4, '1010'),
  BE: digits(4, '1000'),
  BG: digits(4, '1000'),
  HR: digits(5, '10000'),
  CY: digits(4, '1010'),
  CZ: { pattern: '\\d{3} ?\\d{2}', example: '110 00' },
  DK: digits(4, '1050'),
  EE: digits(5, '10111'),
  FI: digits(5, '00100'),
  // France: the first two digits are the département (01 to 95; 97 and 98 overseas).
  FR: { pattern: '(?:0[1-9]|[1-8]\\d|9[0-578])\\d{3}', example: '75008' },
  // Germany: 01001 to 99998 (no code starts with 00).
  DE: { pattern: '(?:0[1-9]|[1-9]\\d)\\d{3}', example: '10115' },
  GR: { pattern: '\\d{3} ?\\d{2}', example: '105 57' },
  HU: digits(4, '1051'),
  // Eircode: routing key (letter, two digits, or D6W) and a four-character identifier.
  IE: { pattern: '(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}', example: 'D02 X285' },
  IT: digits(5, '00184'),
  LV: { pattern: '(?:LV-?)?\\d{4}', example: 'LV-1050' },
  LT: { pattern: '(?:LT-?)?\\d{5}', example: 'LT-01100' },
  LU: { pattern: '(?:L-?)?\\d{4}', example: 'L-1009' },
  MT: { pattern: '[A-Z]{3} ?\\d{2,4}', example: 'VLT 1117' },
  // PostNL: four digits, a space, two letters; SA, SD and SS are never used.
  NL: { pattern: '[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}', example: '2992 LA' },
  PL: { pattern: '\\d{2}-?\\d{3}', example: '00-950' },
  PT: { pattern: '\\d{4}-?\\d{3}', example: '1000-001' },
  RO: digits(6, '010011'),
  SK: { pattern: '\\d{3} ?\\d{2}', example: '811 01' },
  SI: { pattern: '(?:SI-?)?\\d{4}', example: '1000' },
  // Spain: the first two digits are the province, 01 to 52.
  ES: { pattern: '(?:0[1-9]|[1-4]\\d|5[0-2])\\d{3}', example: '28001' },
  SE: { pattern: '\\d{3} ?\\d{2}', example: '111 22' },
  // Europe (other)
  // Royal Mail: a postcode area (Q, V, X, "QQ" are none), a district, a sector
  // digit and two letters without C, I, K, M, O or V; British Forces Post Office.
  GB: { pattern: `(?:GIR ?0AA|(?:${GB_AREAS})\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}|BFPO ?\\d{1,4})`, example: 'SW1A 1AA' },
  GG: { pattern: 'GY\\d\\d? ?\\d[A-Z]{2}', example: 'GY1 1AA' },
  JE: { pattern: 'JE\\d ?\\d[A-Z]{2}', example: 'JE2 3AB' },
  IM: { pattern: 'IM\\d\\d? ?\\d[A-Z]{2}', example: 'IM1 1AA' },
  CH: digits(4, '8001'),
  NO: digits(4, '0150'),
  IS: digits(3, '101'),
  LI: { pattern: '94(?:8[5-9]|9[0-8])', example: '9490' },
  AL: digits(4, '1001'),
  BA: digits(5, '71000'),
  ME: digits(5, '81000'),
  MK: digits(4, '1000'),
  RS: digits(5, '11000'),
  MD: { pattern: '(?:MD-?)?\\d{4}', example: 'MD-2001' },
  UA: digits(5, '01001'),
  MC: { pattern: '980\\d{2}', example: '98000' },
  AD: { pattern: 'AD\\d{3}', example: 'AD500' },
  SM: { pattern: '4789\\d', example: '47890' },
  VA: { pattern: '00120', example: '00120' },
  // North America
  US: { pattern: '\\d{5}(?:-\\d{4})?', example: '90703' },
  CA: { pattern: '[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d', example: 'K1A 0B1' },
  // Latin America
  MX: digits(5, '06600'),
  BR: { pattern: '\\d{5}-?\\d{3}', example: '01310-100' },
  AR: { pattern: '(?:[A-HJ-NP-Z]\\d{4}[A-Z]{3}|\\d{4})', example: 'C1002AAP' },
  CL: { pattern: '\\d{3}-?\\d{4}', example: '8320000' },
  CO: digits(6, '110111'),
  PE: digits(5, '15001'),
  UY: digits(5, '11000'),
  CR: digits(5, '10101'),
  PA: { ...digits(4, '0801'), optional: true },
  // Asia Pacific
  JP: { pattern: '\\d{3}-?\\d{4}', example: '100-0001' },
  KR: digits(5, '03187'),
  SG: digits(6, '486058'),
  MY: digits(5, '50000'),
  TH: digits(5, '10200'),
  ID: digits(5, '10110'),
  PH: digits(4, '1000'),
  VN: digits(6, '100000'),
  IN: { pattern: '[1-9]\\d{2} ?\\d{3}', example: '110001' },
  HK: null,
  MO: null,
  TW: { pattern: '\\d{3}(?:\\d{2,3})?', example: '100' },
  CN: digits(6, '518057'),
  // Oceania
  AU: digits(4, '2015'),
  NZ: digits(4, '6011'),
  // Middle East and Africa
  AE: null,
  SA: { pattern: '\\d{5}(?:-\\d{4})?', example: '11564' },
  QA: null,
  KW: digits(5, '13001'),
  BH: { pattern: '\\d{3,4}', example: '317', optional: true },
  OM: digits(3, '112'),
  IL: digits(7, '6100000'),
  TR: digits(5, '34000'),
  EG: digits(5, '11511'),
  MA: digits(5, '10000'),
  ZA: digits(4, '0001'),
  KE: digits(5, '00100'),
  NG: { ...digits(6, '100001'), optional: true },
  // Others often seen in shipping
  RU: digits(6, '101000'),
  BY: digits(6, '220050'),
  KZ: digits(6, '010000'),
  GE: digits(4, '0105'),
  AM: digits(4, '0010'),
};

/** Any code for a country that is not in the table: letters, digits, spaces and dashes. */
const LOOSE_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{1,11}$/;

export type PostalRequirement = 'required' | 'optional' | 'none';

/** Upper case, trimmed, runs of spaces folded into one. */
export const normalizePostalCode = (value: string) => value.trim().replace(/\s+/g, ' ').toUpperCase();

/** Whether addresses in this country need a postal code, may have one, or have none. */
export function postalRequirement(country: string): PostalRequirement {
  if (!(country in POSTAL_FORMATS)) return 'optional';
  const format = POSTAL_FORMATS[country];
  if (!format) return 'none';
  return format.optional ? 'optional' : 'required';
}

/** An example postal code of the country, for the hint, if it has a known format. */
export const postalExample = (country: string) => POSTAL_FORMATS[country]?.example;

/**
 * Whether a postal code has the country's format. An empty code is valid
 * where postal codes are optional or do not exist (the schema asks for it
 * where it is required).
 */
export function isValidPostalCode(country: string, value: string) {
  const code = normalizePostalCode(value);
  if (!code) return postalRequirement(country) !== 'required';
  const format = POSTAL_FORMATS[country];
  if (!format) return LOOSE_POSTAL_CODE.test(code);
  return new RegExp(`^(?:${format.pattern})$`).test(code);
}

/** The word an address uses for its first-level division, where one is written on the envelope. */
export type RegionKind = 'state' | 'province' | 'region' | 'prefecture';

export interface RegionField {
  kind: RegionKind;
  required: boolean;
}

/** Countries whose addresses name a state, province, region or prefecture (UPU guides). */
export const REGION_FIELDS: Readonly<Record<string, RegionField>> = {
  US: { kind: 'state', required: true },
  CA: { kind: 'province', required: true },
  AU: { kind: 'state', required: true },
  BR: { kind: 'state', required: true },
  MX: { kind: 'state', required: true },
  IN: { kind: 'state', required: true },
  JP: { kind: 'prefecture', required: true },
  CN: { kind: 'province', required: true },
  IT: { kind: 'province', required: false },
  ES: { kind: 'province', required: false },
  AR: { kind: 'province', required: false },
  MY: { kind: 'state', required: false },
  CL: { kind: 'region', required: false },
  PE: { kind: 'region', required: false },
};

export const regionField = (country: string): RegionField | undefined => REGION_FIELDS[country];
