/**
 * The repair request: the one source of field names, types, rules and step
 * membership (each top-level key is a step). Built from the configuration,
 * because zones, models, issues and limits are the host's. Pure: no Lit, no DOM.
 */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';
import type { ErrorCode } from './codes.js';
import { conditions } from './conditions.js';
import { dateProblem } from './date-parts.js';
import {
  ABNORMAL_CONDITIONS, CRASH_CAUSES, DATA_ANALYSIS, EXPRESS_CHOICES, FLIGHT_ENVIRONMENTS,
  IDENTIFY_BY, PART_KINDS, SERVICE_TYPES, type StepId,
} from './options.js';
import type { PostalAddress } from './address.js';
import type { AddressRules } from './address-rules.js';
import { isAcceptedFile, matchesSerialFormat, modelFor, serialNamesOtherModel } from './rules.js';
import { fileType } from './files.js';
import type { Photos, PhotoRules } from './photos.js';
import { TEXT_MAX } from './limits.js';

export interface SchemaContext {
  /** Today's date as YYYY-MM-DD, in the customer's time zone. */
  today: string;
  /**
   * The country rules of the return address (`addressRules` from the schema
   * entry). `null` while they are not loaded: the widget loads them with the
   * Address step, and until then no return address counts as valid.
   */
  addressRules: AddressRules | null;
  /**
   * The photo rules (`photoRules` from photos.ts): shots, limits, required
   * shots. The widget loads them with the Malfunction step; until then (or
   * when left out) photos are taken as they are. A server passes them.
   */
  photoRules?: PhotoRules | null | undefined;
}

const code = (c: ErrorCode) => c;
const ids = <T extends { id: string }>(list: readonly T[]) =>
  list.map((item) => item.id) as [string, ...string[]];

/** A date; an error names the part that is wrong (see date-parts.ts). */
const isoDate = () => z.iso.date({ error: (issue) => (typeof issue.input === 'string' && dateProblem(issue.input)) || code('date_invalid') });

/**
 * A rule across fields. It runs even when other fields are invalid (so every
 * error shows at once), hence defensively: on input that is not an object, or
 * that the rule cannot read, it reports nothing — the fields' own type checks do.
 */
function crossCheck<T>(rule: (value: T) => boolean, field: string, error: ErrorCode) {
  return z.refine<T>(
    (value) => {
      if (typeof value !== 'object' || value === null) return true;
      try {
        return rule(value);
      } catch {
        return true;
      }
    },
    { path: field.split('.'), message: error, when: () => true },
  );
}

/** A field that is required only when its condition holds. */
const requireWhen = <T>(when: (value: T) => boolean, field: keyof T & string, error: ErrorCode = 'required') =>
  crossCheck<T>((value) => {
    if (!when(value)) return true;
    const v = value[field] as unknown;
    return v !== undefined && v !== '' && v !== false;
  }, field, error);

/**
 * The fields that checks across steps report on, each with the other steps whose answers its check reads: the
 * step holding such a field is checked with those steps' answers too; every other step's errors are its own
 * part's (see `stepErrors` in flow.ts). The checks themselves are the request's, below.
 */
export const ACROSS_STEPS = {
  /** The return address must be in the zone of the Device step (`address_out_of_zone`). */
  'address.returnAddress': ['device'],
  /** The express path's aircraft serial must not be one of another model than the Device step's aircraft (`aircraft_serial_other_model`). */
  'malfunction.aircraftSerial': ['device'],
} as const satisfies Readonly<Record<string, readonly StepId[]>>;

/** A field that a check across steps reports on: declared above, so that the flow knows its step reads others. */
const acrossSteps = (field: keyof typeof ACROSS_STEPS) => field;

/**
 * Whether the express path's aircraft serial may go with the Device step's product: when that product is an
 * aircraft (a model whose serial format is `aircraft`), the catalogue's prefixes must not give the serial to
 * another model. For a remote controller or goggles under the same plan, the aircraft is not known: any.
 */
const expressSerialFits = (config: RepairConfig, serial: string | undefined, model: string | undefined) =>
  !serial || !model || modelFor(config, model)?.serialFormat !== 'aircraft' || !serialNamesOtherModel(config, serial, model);

export function createRequestSchema(config: RepairConfig, context: SchemaContext) {
  const notFuture = (d: string) => d <= context.today;

  const device = z
    .object({
      zone: z.enum(ids(config.zones), code('required')),
      country: z.string(code('required')).check(z.minLength(2, code('required')), z.maxLength(2, code('invalid'))),
      identifiedBy: z.enum(IDENTIFY_BY, code('required')),
      model: z.optional(z.enum(ids(config.models), code('required'))),
      serial: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX.serial, code('invalid')), z.toUpperCase())),
    })
    .check(
      crossCheck((d) => !d.zone || !d.country || !!config.zones.find((zn) => zn.id === d.zone)?.countries.includes(d.country), 'country', 'country_not_in_zone'),
      requireWhen((d) => d.identifiedBy === 'serial' || d.identifiedBy === 'owned', 'serial'),
      crossCheck((d) => !d.serial || matchesSerialFormat(config, d.serial, d.model), 'serial', 'serial_format'),
      crossCheck((d) => !d.serial || d.identifiedBy !== 'serial' || !!d.model || !matchesSerialFormat(config, d.serial), 'serial', 'serial_unrecognised'),
      crossCheck((d) => !d.serial || !d.model || !serialNamesOtherModel(config, d.serial, d.model), 'serial', 'serial_model_mismatch'),
      requireWhen((d) => d.identifiedBy === 'model' || d.identifiedBy === 'owned', 'model'),
    );

  const { photoRules } = context;
  const malfunction = z
    .object({
      serviceType: z.enum(SERVICE_TYPES, code('required')).check(
        z.refine((t) => t === 'repair', code('replacement_by_email')),
      ),
      issues: z.optional(
        z.array(z.enum(config.issueGroups.flatMap((g) => g.issues.map((i) => i.id)) as [string, ...string[]]), code('issues_required'))
          .check(z.minLength(1, code('issues_required')), z.maxLength(config.issueGroups.flatMap((g) => g.issues).length, code('invalid'))),
      ),
      description: z.optional(z.string(code('required')).check(
        z.trim(),
        z.minLength(1, code('required')),
        z.minLength(config.description.min, code('description_too_short')),
        z.maxLength(config.description.max, code('description_too_long')),
      )),
      supportContacted: z.optional(z.boolean()),
      purchaseChannel: z.optional(z.enum(ids(config.purchaseChannels), code('required'))),
      receivedOn: z.optional(isoDate().check(z.refine(notFuture, code('date_in_future')))),
      proofOfPurchase: z.optional(fileType(
        z.custom<File>((f) => typeof File !== 'undefined' && f instanceof File, code('invalid')).check(
          z.refine((f) => isAcceptedFile(config, f.name), code('file_type')),
          z.refine((f) => f.size <= config.files.maxBytes, code('file_too_large')),
        ),
        'attachment',
      )),
      /** Evidence photos by shot id (see photos.ts). */
      photos: z.optional((photoRules?.schema(config) ?? z.custom<Photos>()) as unknown as z.ZodMiniType<Photos>),
      servicePlan: z.optional(z.boolean()),
      expressChoice: z.optional(z.enum(EXPRESS_CHOICES, code('required'))),
      aircraftSerial: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX.serial, code('invalid')), z.toUpperCase())),
      expressConfirmed: z.optional(z.boolean()),
      crashCause: z.optional(z.enum(CRASH_CAUSES, code('required'))),
      dataAnalysis: z.optional(z.enum(DATA_ANALYSIS, code('required'))),
      accidentDate: z.optional(isoDate().check(z.refine(notFuture, code('date_in_future')))),
      flightEnvironment: z.optional(z.enum(FLIGHT_ENVIRONMENTS, code('required'))),
      abnormalCondition: z.optional(z.enum(ABNORMAL_CONDITIONS, code('required'))),
      flightAccount: z.optional(z.email(code('email_invalid')).check(z.maxLength(TEXT_MAX.email, code('email_invalid')))),
      flightDataSynced: z.optional(z.boolean()),
      videoUrl: z.optional(z.httpUrl(code('url_invalid')).check(z.maxLength(TEXT_MAX.url, code('url_invalid')))),
    })
    .check(
      requireWhen((m) => conditions.repair(m), 'issues', 'issues_required'),
      requireWhen((m) => conditions.repair(m), 'description'),
      requireWhen((m) => conditions.repair(m), 'supportContacted', 'support_contact_required'),
      requireWhen((m) => conditions.expressOffer(m), 'expressChoice'),
      requireWhen((m) => conditions.express(m), 'aircraftSerial'),
      crossCheck((m) => !m.aircraftSerial || matchesSerialFormat(config, m.aircraftSerial, undefined, 'aircraft'), 'aircraftSerial', 'serial_format'),
      requireWhen((m) => conditions.express(m) && !!m.aircraftSerial, 'expressConfirmed', 'express_confirm_required'),
      requireWhen((m) => conditions.crash(m, config), 'crashCause'),
      requireWhen((m) => conditions.analysisOffer(m, config), 'dataAnalysis'),
      requireWhen((m) => conditions.analysisDetails(m, config), 'accidentDate'),
      crossCheck((m) => !m.accidentDate || !m.receivedOn || m.accidentDate >= m.receivedOn, 'accidentDate', 'date_before_receipt'),
      requireWhen((m) => conditions.analysisDetails(m, config), 'flightEnvironment'),
      requireWhen((m) => conditions.analysisDetails(m, config), 'abnormalCondition'),
      requireWhen((m) => conditions.analysisDetails(m, config), 'flightAccount'),
      requireWhen((m) => conditions.analysisDetails(m, config), 'flightDataSynced', 'flight_data_sync_required'),
      ...(photoRules?.required(config) ?? []),
    );

  const parts = z.object({ kind: z.enum(PART_KINDS, code('required')) });

  const rules = context.addressRules;
  if (rules === undefined) {
    // Plain JavaScript callers: without this, every request would fail on its address.
    throw new TypeError('createRequestSchema: `context.addressRules` is required: pass the `addressRules` that the schema entry point exports (or null while they are not loaded, when no return address is valid).');
  }
  const address = z
    .object({
      returnAddress: rules
        ? rules.addressSchema(config)
        : z.custom<PostalAddress>(() => false, code('address_required')),
      /** Which address-book entry was chosen, so the step shows it selected again. */
      returnAddressId: z.optional(z.string().check(z.maxLength(TEXT_MAX.id, code('invalid')))),
      vatNumber: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX.vat, code('vat_invalid')))),
      /** The customer's contact e-mail: where the label and the news of the case go, and half of the status look-up. */
      email: z.pipe(
        z.string(code('required')).check(z.trim(), z.minLength(1, code('required')), z.maxLength(TEXT_MAX.email, code('email_invalid'))),
        z.email(code('email_invalid')),
      ),
    })
    .check(
      crossCheck((a) => !a?.vatNumber || !rules || rules.isValidVat(a.returnAddress?.country, a.vatNumber), 'vatNumber', 'vat_invalid'),
    );

  const submit = z.object({ termsAccepted: z.literal(true, code('terms_required')) });

  return z
    .object({ device, malfunction, parts, address, submit })
    .check(
      crossCheck(
        (r) => !r.device?.zone || !r.address?.returnAddress?.country
          || !!config.zones.find((zn) => zn.id === r.device.zone)?.countries.includes(r.address.returnAddress.country),
        acrossSteps('address.returnAddress'), 'address_out_of_zone',
      ),
      crossCheck(
        (r) => expressSerialFits(config, r.malfunction?.aircraftSerial, r.device?.model),
        acrossSteps('malfunction.aircraftSerial'), 'aircraft_serial_other_model',
      ),
    );
}

export type RequestSchema = ReturnType<typeof createRequestSchema>;
/** The validated repair request, as the endpoint receives it. */
export type RepairRequest = z.output<RequestSchema>;
/** What the customer has entered so far: any part may be missing. */
export type RepairDraft = { [S in keyof RepairRequest]?: Partial<RepairRequest[S]> };
export type DeviceFields = RepairRequest['device'];
export type MalfunctionFields = RepairRequest['malfunction'];
