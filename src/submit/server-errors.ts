/**
 * Field errors from the endpoint (a `422`), kept beside the draft: each one is
 * shown on its field for as long as the field holds the value the endpoint
 * refused, and goes away as soon as the customer changes it. Pure.
 */
import type { FieldErrors } from '../flow/flow.js';
import type { ErrorCode } from '../schema/codes.js';
import { STEPS, type StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';

/** An error the endpoint reported, with the value it refused. */
export interface ServerFieldError {
  code: ErrorCode;
  value: unknown;
}

export type ServerErrors = Readonly<Record<string, ServerFieldError>>;

/** The draft's value at a dotted path ("address.returnAddress.postalCode"); a whole step for "device". */
export function valueAt(draft: RepairDraft, path: string): unknown {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The step a field belongs to, if the path names one. */
export const stepOf = (path: string): StepId | undefined =>
  STEPS.find((step) => path === step || path.startsWith(`${step}.`));

/** Remembers the endpoint's errors with the values they were about. */
export const recordServerErrors = (errors: FieldErrors, draft: RepairDraft): ServerErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, code]) => [path, { code, value: valueAt(draft, path) }]));

/** The endpoint's errors that still apply to the draft (the field was not changed), optionally for one step. */
export function activeServerErrors(errors: ServerErrors, draft: RepairDraft, step?: StepId): FieldErrors {
  const out: Record<string, ErrorCode> = {};
  for (const [path, { code, value }] of Object.entries(errors)) {
    if (step && stepOf(path) !== step) continue;
    if (Object.is(valueAt(draft, path), value)) out[path] = code;
  }
  return out;
}

/** The first step, in the form's order, with an error. */
export function firstStepWithError(errors: FieldErrors): StepId | undefined {
  const steps = new Set(Object.keys(errors).map(stepOf));
  return STEPS.find((step) => steps.has(step));
}
