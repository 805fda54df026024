/**
 * The flow: from the current draft, which steps and sections apply, what the
 * request would be, and whether a step may be left. Pure: no Lit, no DOM.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import { CONDITIONAL_FIELDS, conditions } from '../schema/conditions.js';
import { STEPS, type StepId } from '../schema/options.js';
import { createRequestSchema, type RepairDraft, type RepairRequest, type SchemaContext } from '../schema/request.js';

/** Error codes by field path ("malfunction.description"). */
export type FieldErrors = Readonly<Record<string, ErrorCode>>;
export type Sections = Record<keyof typeof conditions, boolean>;

export type ParseResult =
  | { ok: true; request: RepairRequest }
  | { ok: false; errors: FieldErrors };

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function createFlow(config: RepairConfig, context: SchemaContext) {
  const schema = createRequestSchema(config, context);

  function sections(draft: RepairDraft): Sections {
    const m = draft.malfunction ?? {};
    return {
      crash: conditions.crash(m, config),
      analysisOffer: conditions.analysisOffer(m, config),
      analysisDetails: conditions.analysisDetails(m, config),
      expressOffer: conditions.expressOffer(m),
      express: conditions.express(m),
    };
  }

  /** The draft without the answers of sections that no longer apply (the draft itself keeps them). */
  function prune(draft: RepairDraft): RepairDraft {
    const applies = sections(draft);
    const malfunction: Record<string, unknown> = { ...draft.malfunction };
    for (const [section, fields] of Object.entries(CONDITIONAL_FIELDS)) {
      if (!applies[section as keyof Sections]) for (const f of fields) delete malfunction[f];
    }
    const device: Record<string, unknown> = { ...draft.device };
    if (device.identifiedBy === 'model' && !device.serial) delete device.serial;
    return { ...draft, device, malfunction } as RepairDraft;
  }

  function parse(draft: RepairDraft): ParseResult {
    const result = schema.safeParse(prune(draft));
    if (result.success) return { ok: true, request: result.data };
    const errors: Record<string, ErrorCode> = {};
    for (const issue of result.error.issues) {
      const key = pathKey(issue.path);
      errors[key] ??= isErrorCode(issue.message) ? issue.message : 'invalid';
    }
    return { ok: false, errors };
  }

  /** The errors of one step only, in the order the fields appear. */
  function stepErrors(draft: RepairDraft, step: StepId): FieldErrors {
    const result = parse(draft);
    if (result.ok) return {};
    return Object.fromEntries(Object.entries(result.errors).filter(([k]) => k.split('.')[0] === step));
  }

  const canLeave = (draft: RepairDraft, step: StepId) => Object.keys(stepErrors(draft, step)).length === 0;

  /** The first step that cannot be left yet, or undefined when the whole request is valid. */
  const firstInvalidStep = (draft: RepairDraft) => STEPS.find((s) => !canLeave(draft, s));

  /** The furthest step the customer may open: every step before it can be left. */
  function reachable(draft: RepairDraft, step: StepId) {
    const index = STEPS.indexOf(step);
    return STEPS.slice(0, index).every((s) => canLeave(draft, s));
  }

  return { schema, steps: STEPS, sections, prune, parse, stepErrors, canLeave, firstInvalidStep, reachable };
}

export type Flow = ReturnType<typeof createFlow>;

export const stepIndex = (step: StepId) => STEPS.indexOf(step);
export const nextStep = (step: StepId): StepId | undefined => STEPS[stepIndex(step) + 1];
export const previousStep = (step: StepId): StepId | undefined => STEPS[stepIndex(step) - 1];

/** Today's date as YYYY-MM-DD in local time. */
export function localToday(now = new Date()) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
