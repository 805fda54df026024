/**
 * The flow's checks: from the current draft, what the request would be, its
 * errors, and whether a step may be left. Pure: no Lit, no DOM. With the schema
 * and zod, this is the widget's checking code: the shell loads it right after
 * the first paint (see `shell/checks.ts`), since painting the first step needs
 * only the step order (`order.ts`) and the sections (`sections.ts`).
 */
import type { RepairConfig } from '../config/config-schema.js';
import { isErrorCode, type ErrorCode } from '../schema/codes.js';
import { STEPS, type StepId } from '../schema/options.js';
import { object, type ZodMiniType } from 'zod/mini';
import { _safeParse, $ZodError } from 'zod/v4/core';
import {
  ACROSS_STEPS, createRequestSchema, type RepairDraft, type RepairRequest, type RequestSchema, type SchemaContext,
} from '../schema/request.js';
import { pruneSteps } from './prune-steps.js';
import { pruneDraft, sectionsOf, type Sections } from './sections.js';

export { localToday, nextStep, previousStep, stepIndex } from './order.js';
export type { Sections } from './sections.js';

/** Error codes by field path ("malfunction.description"). */
export type FieldErrors = Readonly<Record<string, ErrorCode>>;

export type ParseResult =
  | { ok: true; request: RepairRequest }
  | { ok: false; errors: FieldErrors };

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

interface Shaped { shape?: Record<string, unknown> }

/**
 * zod's `safeParse`, with its plain error object rather than its `Error` subclass: only the issues are read,
 * and constructing an `Error` (at every keystroke that finds one) was most of a failed check's time.
 */
const safeParse = _safeParse($ZodError);

/** What the checks report of a zod issue. */
interface Issue { readonly path: readonly PropertyKey[]; readonly message: string }

/** A field's position in the schema, so errors are listed in the order the fields appear. */
function rankIn(schema: unknown, path: readonly PropertyKey[]): number[] {
  const out: number[] = [];
  let node = schema as Shaped | undefined;
  for (const key of path) {
    const keys = node?.shape ? Object.keys(node.shape) : [];
    const index = keys.indexOf(String(key));
    out.push(index < 0 ? keys.length : index);
    node = (node?.shape?.[String(key)] as Shaped | undefined);
    // Look through optional wrappers to the object inside.
    const inner = (node as { _zod?: { def?: { innerType?: Shaped } } } | undefined)?._zod?.def?.innerType;
    if (node && !node.shape && inner?.shape) node = inner;
  }
  return out;
}

function compareRanks(a: number[], b: number[]) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** The other steps whose answers a step's checks read: those of its fields checked across steps (`ACROSS_STEPS`). */
const READS: Partial<Record<StepId, readonly StepId[]>> = {};
for (const [field, steps] of Object.entries(ACROSS_STEPS)) {
  const step = field.split('.')[0] as StepId;
  READS[step] = [...new Set([...(READS[step] ?? []), ...steps])];
}

export function createFlow(config: RepairConfig, context: SchemaContext) {
  /** Made on first use: a form that shows its first step has nothing to check yet. */
  let built: RequestSchema | undefined;
  const schema = () => (built ??= createRequestSchema(config, context));
  /** Each field's position, worked out once. */
  const ranks = new Map<string, number[]>();
  const rank = (key: string, path: readonly PropertyKey[]) => {
    let found = ranks.get(key);
    if (!found) ranks.set(key, (found = rankIn(schema(), path)));
    return found;
  };

  /** The sections of the Malfunction answers seen last: the same object while they stay, so a step given them again renders nothing new. */
  let lastSections: { answers: RepairDraft['malfunction']; sections: Sections } | undefined;
  const sections = (draft: RepairDraft): Sections => {
    if (!lastSections || lastSections.answers !== draft.malfunction) {
      lastSections = { answers: draft.malfunction, sections: sectionsOf(config, draft) };
    }
    return lastSections.sections;
  };
  const prune = (draft: RepairDraft) => pruneDraft(config, draft, context.photoRules);

  /**
   * Parses of the drafts seen last: the shell replaces its draft on every
   * change, never mutates it, so one draft always parses the same.
   */
  const parsed = new WeakMap<RepairDraft, ParseResult>();

  function parse(draft: RepairDraft): ParseResult {
    let result = parsed.get(draft);
    if (!result) parsed.set(draft, (result = parseNow(draft)));
    return result;
  }

  function parseNow(draft: RepairDraft): ParseResult {
    const result = safeParse(schema(), prune(draft));
    if (result.success) return { ok: true, request: result.data };
    return { ok: false, errors: fieldErrors(result.error.issues) };
  }

  /** Each issue's error code by field path (the first one of a field), in the order the fields appear. */
  function fieldErrors(found: readonly Issue[], prefix: readonly PropertyKey[] = []): FieldErrors {
    const errors: Record<string, ErrorCode> = {};
    // Each issue's path key and rank once, not at each comparison of the sort.
    const issues = found.map((issue) => {
      const path = [...prefix, ...issue.path];
      const key = pathKey(path);
      return { key, rank: rank(key, path), message: issue.message };
    }).sort((a, b) => compareRanks(a.rank, b.rank));
    for (const { key, message } of issues) errors[key] ??= isErrorCode(message) ? message : 'invalid';
    return errors;
  }

  /** A step's errors by its answers (the draft keeps the answers of the steps not changed). */
  const stepParses = new Map<StepId, WeakMap<object, FieldErrors>>();
  const NO_ANSWERS = {};
  /** A step's errors by draft, for a step whose checks read other steps' answers. */
  const acrossParses = new Map<StepId, WeakMap<RepairDraft, FieldErrors>>();
  const cached = <K extends object>(cache: Map<StepId, WeakMap<K, FieldErrors>>, step: StepId, key: K, work: () => FieldErrors) => {
    let byKey = cache.get(step);
    if (!byKey) cache.set(step, (byKey = new WeakMap()));
    let errors = byKey.get(key);
    if (!errors) byKey.set(key, (errors = work()));
    return errors;
  };
  /** The errors of `step`'s fields among `errors`. */
  const ofStep = (errors: FieldErrors, step: StepId): FieldErrors =>
    Object.fromEntries(Object.entries(errors).filter(([k]) => k.split('.')[0] === step));

  /**
   * The errors of one step only, in the order the fields appear. Only the step's own part of the schema
   * checks them (a keystroke checks one step, not the whole request), unless the whole request was parsed
   * already; a step holding a field checked across steps is checked with the answers of the steps it reads.
   */
  function stepErrors(draft: RepairDraft, step: StepId): FieldErrors {
    const whole = parsed.get(draft);
    if (whole) return whole.ok ? {} : ofStep(whole.errors, step);
    const reads = READS[step];
    if (reads) return cached(acrossParses, step, draft, () => parseAcross(draft, step, reads));
    return cached(stepParses, step, draft[step] ?? NO_ANSWERS, () => parseStep(draft, step));
  }

  /**
   * A step's part of the schema on its own answers, pruned as in the whole request (a step's pruning reads only its
   * own answers; only the Malfunction step has sections, so the others skip working out their conditions).
   */
  function parseStep(draft: RepairDraft, step: StepId): FieldErrors {
    const part = schema().shape[step] as unknown as ZodMiniType;
    const own = { [step]: draft[step] };
    const result = safeParse(part, (step === 'malfunction' ? prune(own) : pruneSteps(own))[step]);
    return result.success ? {} : fieldErrors(result.error.issues, [step]);
  }

  /** Each step's parts of the schema with the request's checks across steps: its own and the steps it reads. */
  const across = new Map<StepId, ZodMiniType>();

  /** A step's errors from its own answers and those of the steps its checks across steps read (and no other step's). */
  function parseAcross(draft: RepairDraft, step: StepId, reads: readonly StepId[]): FieldErrors {
    const steps = [step, ...reads];
    let part = across.get(step);
    if (!part) {
      const whole = schema();
      // The request's own checks across steps (each reads what it needs defensively), on the steps' parts alone.
      const checks = (whole._zod.def.checks ?? []) as never[];
      part = object(Object.fromEntries(steps.map((s) => [s, whole.shape[s]]))).check(...checks) as unknown as ZodMiniType;
      across.set(step, part);
    }
    const result = safeParse(part, prune(Object.fromEntries(steps.map((s) => [s, draft[s]]))));
    return result.success ? {} : ofStep(fieldErrors(result.error.issues), step);
  }

  const canLeave = (draft: RepairDraft, step: StepId) => Object.keys(stepErrors(draft, step)).length === 0;

  /** The first step that cannot be left yet, or undefined when the whole request is valid. */
  const firstInvalidStep = (draft: RepairDraft) => STEPS.find((s) => !canLeave(draft, s));

  /** The furthest step the customer may open: every step before it can be left. */
  function reachable(draft: RepairDraft, step: StepId) {
    const index = STEPS.indexOf(step);
    return STEPS.slice(0, index).every((s) => canLeave(draft, s));
  }

  return { sections, prune, parse, stepErrors, canLeave, firstInvalidStep, reachable };
}

export type Flow = ReturnType<typeof createFlow>;
