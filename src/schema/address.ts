/**
 * A postal address, as entered in the Address step: the rules that depend on
 * the country (postal code, state or province, phone number) come from the
 * tables in `postal.ts` and `phone.ts`. Pure.
 */
import * as z from 'zod/mini';
import type { DeviceConfig } from '../config/config-schema.js';
import { isErrorCode, type ErrorCode } from './codes.js';
import { TEXT_MAX } from './limits.js';
import { isValidPhone } from './phone.js';
import { isValidPostalCode, normalizePostalCode, postalRequirement, regionField } from './postal.js';

const code = (c: ErrorCode) => c;
const text = (max: number) => z.string(code('required')).check(z.trim(), z.minLength(1, code('required')), z.maxLength(max, code('invalid')));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, code('invalid'))));

/** The fields of an address, in the order the form shows them. */
export const ADDRESS_FIELDS = ['recipient', 'line1', 'line2', 'postalCode', 'city', 'region', 'country', 'phone'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** An address as typed: any field may be missing or malformed. */
type AddressInput = Partial<Record<AddressField, unknown>> | undefined;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** A rule on the whole address that runs even when other fields are invalid. */
const rule = (ok: (a: AddressInput) => boolean, path: AddressField, message: ErrorCode) =>
  z.refine<AddressInput>((a) => !a || ok(a), { path: [path], message, when: () => true });

export function addressSchema(_config: DeviceConfig) {
  return z
    .object(
      {
        recipient: text(TEXT_MAX.name),
        line1: text(TEXT_MAX.line),
        line2: optionalText(TEXT_MAX.line),
        /** Empty where the country has no postal codes. */
        postalCode: z._default(z.string().check(z.maxLength(TEXT_MAX.postalCode, code('invalid')), z.overwrite(normalizePostalCode)), ''),
        city: text(TEXT_MAX.place),
        /** State, province, region or prefecture, where the country's addresses name one. */
        region: optionalText(TEXT_MAX.place),
        /** ISO 3166-1 alpha-2 code. */
        country: z.string(code('required')).check(z.regex(/^[A-Z]{2}$/, code('required'))),
        phone: text(TEXT_MAX.phone),
      },
      code('address_required'),
    )
    .check(
      rule((a) => !!str(a?.postalCode) || postalRequirement(str(a?.country)) !== 'required', 'postalCode', 'required'),
      rule((a) => !str(a?.postalCode) || !str(a?.country) || isValidPostalCode(str(a?.country), str(a?.postalCode)),
        'postalCode', 'postal_code_invalid'),
      rule((a) => !!str(a?.region) || !regionField(str(a?.country))?.required, 'region', 'required'),
      rule((a) => !str(a?.phone) || isValidPhone(str(a?.country), str(a?.phone)), 'phone', 'phone_invalid'),
    );
}

export type PostalAddress = z.output<ReturnType<typeof addressSchema>>;

/** A saved address of the customer (host property `addresses`), with a stable id. */
export type SavedAddress = PostalAddress & { id: string };

/** What the address form holds while the customer types. */
export type AddressValues = Record<AddressField, string>;

export type AddressErrors = Partial<Record<AddressField, ErrorCode>>;

export type AddressResult = { ok: true; address: PostalAddress } | { ok: false; errors: AddressErrors };

/** Leaves out the fields the country's addresses do not have (a region in France, a postal code in Hong Kong). */
export function applicableFields(values: Partial<AddressValues>): Partial<AddressValues> {
  // Host data may be anything: what is not text is left for the schema to refuse.
  const country = typeof values.country === 'string' ? values.country : '';
  const out = { ...values };
  if (!regionField(country)) delete out.region;
  if (postalRequirement(country) === 'none') delete out.postalCode;
  if (out.line2 === undefined || (typeof out.line2 === 'string' && !out.line2.trim())) delete out.line2;
  return out;
}

const schemas = new WeakMap<DeviceConfig, ReturnType<typeof addressSchema>>();

/** Validates an address from the form or the host: the address itself, or error codes by field. */
export function validateAddress(config: DeviceConfig, values: Partial<AddressValues> | PostalAddress): AddressResult {
  let schema = schemas.get(config);
  if (!schema) schemas.set(config, (schema = addressSchema(config)));
  const result = schema.safeParse(applicableFields(values));
  if (result.success) return { ok: true, address: result.data };
  const errors: AddressErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AddressField | undefined;
    if (field && !errors[field]) errors[field] = isErrorCode(issue.message) ? issue.message : 'invalid';
  }
  return { ok: false, errors };
}

/** The address without its book id, as the request stores it. */
export function withoutId(address: SavedAddress): PostalAddress {
  const { id: _id, ...rest } = address;
  return rest;
}

/** Whether the zone serves the address's country. */
export const isInZone = (config: DeviceConfig, zoneId: string | undefined, country: string) =>
  !!config.zones.find((zone) => zone.id === zoneId)?.countries.includes(country);
