/**
 * The message of the contact form ("send an e-mail to support"): the one
 * source of its field names, types and rules. Built from the configuration,
 * because the catalogue, zones, issues and limits are the host's.
 * Pure: no Lit, no DOM.
 */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';
import { pathKey, type FieldErrors } from '../flow/flow.js';
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import type { RepairDraft } from '../schema/request.js';
import { isAcceptedFile } from '../schema/rules.js';
import { TEXT_MAX } from '../schema/limits.js';

/** The Product choice for a product that is not in the catalogue; `productName` then says what it is. */
export const PRODUCT_NOT_LISTED = 'not-listed';
export const PHONE_TYPES = ['mobile', 'landline', 'work'] as const;
/** Longest subject accepted (it becomes an e-mail subject line). */
export const SUBJECT_MAX = 150;

/** Field names of the contact form, in the order they appear (errors are listed in this order). */
export const CONTACT_FIELDS = [
  'product', 'productName', 'serial', 'reseller', 'name', 'zone', 'country', 'email', 'phone', 'phoneType',
  'issue', 'subject', 'description', 'proofOfPurchase', 'verificationToken',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactSchemaOptions {
  /** The token of a slotted verification challenge must be present. */
  requireVerification?: boolean;
}

const code = (c: ErrorCode) => c;
const ids = <T extends { id: string }>(list: readonly T[]) => list.map((item) => item.id);
const text = (max: number) => z.string(code('required')).check(z.trim(), z.minLength(1, code('required')), z.maxLength(max, code('invalid')));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, code('invalid'))));

export function createContactSchema(config: RepairConfig, options: ContactSchemaOptions = {}) {
  const issues = config.issueGroups.flatMap((g) => ids(g.issues));
  return z
    .object({
      product: z.enum([PRODUCT_NOT_LISTED, ...ids(config.models)] as [string, ...string[]], code('required')),
      productName: optionalText(TEXT_MAX.name),
      name: text(TEXT_MAX.name),
      zone: z.enum(ids(config.zones) as [string, ...string[]], code('required')),
      country: z.string(code('required')).check(z.minLength(2, code('required')), z.maxLength(2, code('invalid'))),
      email: z.pipe(text(TEXT_MAX.email), z.email(code('email_invalid'))),
      phone: z.optional(z.string().check(
        z.trim(),
        z.maxLength(TEXT_MAX.phone, code('phone_invalid')),
        // Loose on purpose: formats differ by country; 6 to 15 digits, with the usual separators.
        z.refine((p) => !p || (/^\+?[\d\s().\-/]+$/.test(p) && /^(\D*\d){6,15}\D*$/.test(p)), code('phone_invalid')),
      )),
      phoneType: z.optional(z.enum(PHONE_TYPES, code('required'))),
      issue: z.optional(z.enum(issues as [string, ...string[]], code('required'))),
      reseller: optionalText(TEXT_MAX.name),
      serial: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX.serial, code('invalid')), z.toUpperCase())),
      subject: text(SUBJECT_MAX),
      description: z.string(code('required')).check(
        z.trim(),
        z.minLength(1, code('required')),
        z.minLength(config.description.min, code('description_too_short')),
        z.maxLength(config.description.max, code('description_too_long')),
      ),
      proofOfPurchase: z.optional(
        z.custom<File>((f) => typeof File !== 'undefined' && f instanceof File, code('invalid')).check(
          z.refine((f) => isAcceptedFile(config, f.name), code('file_type')),
          z.refine((f) => f.size <= config.files.maxBytes, code('file_too_large')),
        ),
      ),
      verificationToken: options.requireVerification
        ? z.string(code('verification_required')).check(z.trim(), z.minLength(1, code('verification_required')), z.maxLength(TEXT_MAX.token, code('invalid')))
        : optionalText(TEXT_MAX.token),
    })
    .check(
      z.refine((m) => m.product !== PRODUCT_NOT_LISTED || !!m.productName, {
        path: ['productName'], message: code('required'), when: () => true,
      }),
      z.refine((m) => !m.zone || !m.country || !!config.zones.find((zn) => zn.id === m.zone)?.countries.includes(m.country), {
        path: ['country'], message: code('country_not_in_zone'), when: () => true,
      }),
    );
}

export type ContactSchema = ReturnType<typeof createContactSchema>;
/** A validated contact message. */
export type ContactMessage = z.output<ContactSchema>;
/** What the customer has entered so far. */
export type ContactValues = Partial<Record<Exclude<ContactField, 'proofOfPurchase'>, string>> & { proofOfPurchase?: File | undefined };

export type ContactParseResult =
  | { ok: true; message: ContactMessage }
  | { ok: false; errors: FieldErrors };

/** Empty answers count as not given, so optional fields may be left blank. */
function compact(values: ContactValues) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}

/** Validates the values; errors are keyed by field name, first error of each field, in form order. */
export function parseContact(config: RepairConfig, values: ContactValues, options: ContactSchemaOptions = {}): ContactParseResult {
  const result = createContactSchema(config, options).safeParse(compact(values));
  if (result.success) return { ok: true, message: result.data };
  const found: Record<string, ErrorCode> = {};
  for (const issue of result.error.issues) {
    found[pathKey(issue.path)] ??= isErrorCode(issue.message) ? issue.message : 'invalid';
  }
  const errors: Record<string, ErrorCode> = {};
  for (const field of CONTACT_FIELDS) if (found[field]) errors[field] = found[field];
  return { ok: false, errors };
}

/**
 * The form's first values, taken from what the customer already entered in the
 * repair request, and the signed-in customer's e-mail (host `customer-email`).
 */
export function contactPrefill(draft: RepairDraft, customerEmail?: string): ContactValues {
  const { device = {}, malfunction = {}, address = {} } = draft;
  const values: ContactValues = {
    product: device.model,
    zone: device.zone,
    country: device.country,
    serial: device.serial,
    issue: malfunction.issues?.[0],
    description: malfunction.description,
    proofOfPurchase: malfunction.proofOfPurchase,
    name: address.returnAddress?.recipient,
    phone: address.returnAddress?.phone,
    email: customerEmail || undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ContactValues;
}
