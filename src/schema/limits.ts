/**
 * The longest text each free-text field accepts, in characters, so that no
 * field can carry an unbounded string to the server (a 900,000-character
 * name). Longer answers are `invalid`. Pure data.
 */
export const TEXT_MAX = {
  /** A person's or company's name, a product or reseller name. */
  name: 100,
  /** An address line. */
  line: 200,
  /** A city, region or postal code. */
  place: 100,
  postalCode: 20,
  phone: 40,
  /** RFC 5321's longest address. */
  email: 254,
  serial: 40,
  vat: 30,
  /** An id chosen from a list (address-book entry). */
  id: 100,
  url: 2000,
  /** A verification token (captcha, signed session). */
  token: 4096,
} as const;
