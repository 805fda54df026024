/**
 * Phone numbers: a plausibility check, not a full numbering plan. A number
 * may contain digits, spaces, dashes, brackets and a leading "+"; it is then
 * checked for length against the country's calling code and the length of
 * its national significant number (the number without trunk prefix).
 *
 * Why not libphonenumber-js: its smallest metadata ("min") adds about 32 KB
 * gzip to a lazy chunk (measured with `vite build`), for a field the carrier
 * only uses to reach the customer.
 *
 * Sources: ITU-T E.164 assigned country codes and the national numbering
 * plans notified to the ITU (ranges widened slightly to cover short
 * landline and long mobile numbers). Pure.
 */

export interface PhoneRule {
  /** Country calling code, without "+". */
  code: string;
  /** Shortest and longest national significant number, in digits. */
  min: number;
  max: number;
  /** Prefixes dialled before a national number inside the country ("0" in France). */
  trunk?: readonly string[];
}

const rule = (code: string, min: number, max: number, ...trunk: string[]): PhoneRule =>
  trunk.length ? { code, min, max, trunk } : { code, min, max };

export const PHONE_RULES: Readonly<Record<string, PhoneRule>> = {
  // Europe (EU)
  AT: rule('43', 6, 13, '0'),
  BE: rule('32', 8, 9, '0'),
  BG: rule('359', 7, 9, '0'),
  HR: rule('385', 8, 9, '0'),
  CY: rule('357', 8, 8),
  CZ: rule('420', 9, 9),
  DK: rule('45', 8, 8),
  EE: rule('372', 7, 8),
  FI: rule('358', 6, 11, '0'),
  FR: rule('33', 9, 9, '0'),
  DE: rule('49', 6, 13, '0'),
  GR: rule('30', 10, 10),
  HU: rule('36', 8, 9, '06'),
  IE: rule('353', 7, 9, '0'),
  IT: rule('39', 6, 11),
  LV: rule('371', 8, 8),
  LT: rule('370', 8, 8, '8', '0'),
  LU: rule('352', 4, 11),
  MT: rule('356', 8, 8),
  NL: rule('31', 9, 9, '0'),
  PL: rule('48', 9, 9),
  PT: rule('351', 9, 9),
  RO: rule('40', 9, 9, '0'),
  SK: rule('421', 9, 9, '0'),
  SI: rule('386', 8, 8, '0'),
  ES: rule('34', 9, 9),
  SE: rule('46', 7, 10, '0'),
  // Europe (other)
  GB: rule('44', 9, 10, '0'),
  CH: rule('41', 9, 9, '0'),
  NO: rule('47', 8, 8),
  IS: rule('354', 7, 9),
  LI: rule('423', 7, 9),
  AL: rule('355', 8, 9, '0'),
  BA: rule('387', 8, 9, '0'),
  ME: rule('382', 8, 9, '0'),
  MK: rule('389', 8, 8, '0'),
  RS: rule('381', 8, 10, '0'),
  MD: rule('373', 8, 8, '0'),
  UA: rule('380', 9, 9, '0'),
  // North America (shared code 1)
  US: rule('1', 10, 10, '1'),
  CA: rule('1', 10, 10, '1'),
  // Latin America
  MX: rule('52', 10, 10),
  BR: rule('55', 10, 11, '0'),
  AR: rule('54', 10, 11, '0'),
  CL: rule('56', 9, 9),
  CO: rule('57', 10, 10),
  PE: rule('51', 8, 9, '0'),
  UY: rule('598', 8, 8, '0'),
  CR: rule('506', 8, 8),
  PA: rule('507', 7, 8),
  // Asia Pacific
  JP: rule('81', 9, 10, '0'),
  KR: rule('82', 8, 10, '0'),
  SG: rule('65', 8, 8),
  MY: rule('60', 8, 10, '0'),
  TH: rule('66', 8, 9, '0'),
  ID: rule('62', 8, 12, '0'),
  PH: rule('63', 8, 10, '0'),
  VN: rule('84', 9, 10, '0'),
  IN: rule('91', 10, 10, '0'),
  HK: rule('852', 8, 8),
  MO: rule('853', 8, 8),
  TW: rule('886', 8, 9, '0'),
  CN: rule('86', 9, 11, '0'),
  // Oceania
  AU: rule('61', 9, 9, '0'),
  NZ: rule('64', 8, 10, '0'),
  // Middle East and Africa
  AE: rule('971', 8, 9, '0'),
  SA: rule('966', 9, 9, '0'),
  QA: rule('974', 8, 8),
  KW: rule('965', 8, 8),
  BH: rule('973', 8, 8),
  OM: rule('968', 8, 8),
  IL: rule('972', 8, 9, '0'),
  TR: rule('90', 10, 10, '0'),
  EG: rule('20', 9, 10, '0'),
  MA: rule('212', 9, 9, '0'),
  ZA: rule('27', 9, 9, '0'),
  KE: rule('254', 9, 9, '0'),
  NG: rule('234', 8, 10, '0'),
};

/** Characters a phone number may be typed with. */
const PHONE_CHARACTERS = /^\+?[\d\s()-]+$/;

/** E.164: at most 15 digits with the country code; real numbers have at least 7 or so. */
const E164 = { min: 7, max: 15 } as const;

const inRange = (n: number, r: { min: number; max: number }) => n >= r.min && n <= r.max;

/** The rules of a calling code; "1" and others are shared by several countries. */
function rulesForCode(digits: string): PhoneRule[] {
  // Calling codes are prefix-free: at most one length (1, 2 or 3 digits) matches.
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    const rules = Object.values(PHONE_RULES).filter((r) => r.code === code);
    if (rules.length) return rules;
  }
  return [];
}

/** The calling code of a country, for hints ("+33"), if known. */
export const callingCode = (country: string) => PHONE_RULES[country]?.code;

/**
 * Whether a phone number is plausible for an address in `country`. An
 * international number ("+…" or "00…") is checked against its own calling
 * code, so a French address may have a Belgian mobile number.
 */
export function isValidPhone(country: string, value: string) {
  // "+33 (0)6 …": the bracketed trunk prefix is not dialled from abroad.
  const raw = value.trim().replace(/\(0\)/g, '');
  if (!PHONE_CHARACTERS.test(raw)) return false;
  let digits = raw.replace(/\D/g, '');
  const international = raw.startsWith('+') || digits.startsWith('00');
  if (international) {
    if (!raw.startsWith('+')) digits = digits.slice(2);
    if (!inRange(digits.length, E164)) return false;
    const rules = rulesForCode(digits);
    if (!rules.length) return true;
    return rules.some((r) => inRange(digits.length - r.code.length, r));
  }
  const r = PHONE_RULES[country];
  if (!r) return inRange(digits.length, { min: 6, max: E164.max });
  const trunk = r.trunk?.find((t) => digits.startsWith(t));
  return inRange(digits.length, r) || (!!trunk && inRange(digits.length - trunk.length, r));
}
