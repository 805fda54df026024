/**
 * `<repair-request>`: registers the element and exports its public types.
 */
export { RepairRequestElement } from './repair-request.js';
export * from './events.js';
export type { RepairConfig, OwnedProduct, SerialLookup } from './config/config-schema.js';
export type { RepairConfigInput } from './config/validate-config.js';
export type { RepairRequest, RepairDraft } from './schema/request.js';
export type { StepId } from './schema/options.js';
export type { SavedAddress } from './schema/address.js';
export type { SubmitFailureReason } from './submit/types.js';
export type { RequestHeadersOption } from './submit/submitter.js';
