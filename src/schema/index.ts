/**
 * The `schema` entry point: the zod schemas and inferred types of the repair
 * request and the contact message, for back ends and tooling. Pure: it
 * imports zod and plain data only, never Lit or the DOM, so it runs in Node.
 *
 * ```ts
 * import { createServerSchema } from 'repair-request/schema';
 * const result = createServerSchema().safeParse(JSON.parse(body));
 * ```
 */
export {
  createRequestSchema,
  type RequestSchema,
  type RepairRequest,
  type RepairDraft,
  type DeviceFields,
  type MalfunctionFields,
  type SchemaContext,
} from './request.js';
export { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.js';
export { TEXT_MAX } from './limits.js';
export {
  addressSchema,
  validateAddress,
  ADDRESS_FIELDS,
  type AddressField,
  type PostalAddress,
} from './address.js';
export { addressRules, type AddressRules } from './address-rules.js';
export {
  STEPS, IDENTIFY_BY, SERVICE_TYPES, EXPRESS_CHOICES, CRASH_CAUSES, DATA_ANALYSIS,
  FLIGHT_ENVIRONMENTS, ABNORMAL_CONDITIONS, PART_KINDS, type StepId,
} from './options.js';
export { conditions, CONDITIONAL_FIELDS } from './conditions.js';
export {
  createContactSchema,
  CONTACT_FIELDS,
  PRODUCT_NOT_LISTED,
  PHONE_TYPES,
  SUBJECT_MAX,
  type ContactSchema,
  type ContactMessage,
  type ContactField,
  type ContactSchemaOptions,
} from '../contact/contact-schema.js';
export { defaultConfig } from '../config/default-config.js';
export { configSchema, type RepairConfig } from '../config/config-schema.js';
export {
  createServerSchema,
  createServerContactSchema,
  fileMetadataSchema,
  UPLOAD_ID,
  latestToday,
  serverIssues,
  type FieldIssue,
  type ServerIssues,
  type FileMetadata,
  type RepairRequestPayload,
  type ContactMessagePayload,
} from './server.js';
