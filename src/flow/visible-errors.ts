/**
 * Which errors a step shows, as GOV.UK does: none until Next is pressed there,
 * then all of them, following the answers as they change (one made wrong by
 * another answer included). A field that had no error at the last Next and
 * that is still empty, as it was then (one an answer has just revealed: the
 * date of the accident, the product model), waits for the next Next rather
 * than greeting the customer with an error. Leaving a field shows nothing, so
 * no button moves between pointer down and click. Pure: no Lit, no DOM.
 */
import type { StepId } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';
import { activeServerErrors, valueAt, type ServerErrors } from '../submit/server-errors.js';
import type { FieldErrors, Flow } from './flow.js';

/** What decides which errors show. */
export interface ErrorVisibility {
  /** Steps on which Next was pressed. */
  attempted: ReadonlySet<StepId>;
  /** Fields an in-step check asked to show (a Confirm button). */
  revealed: ReadonlySet<string>;
  /** The endpoint's field errors, shown until those fields change. */
  serverErrors: ServerErrors;
  /** The draft at the last Next on each step where it was pressed. */
  listedAt: ReadonlyMap<StepId, RepairDraft>;
}

/** No error: always the same object, so a step given it again has nothing new to render. */
const NO_ERRORS: FieldErrors = Object.freeze({});

/** The same object when nothing was added to `errors` (a step given the same errors again does not render again). */
const merged = (server: FieldErrors, errors: FieldErrors) => {
  const none = (e: FieldErrors) => Object.keys(e).length === 0;
  if (none(server)) return none(errors) ? NO_ERRORS : errors;
  return none(errors) ? server : { ...server, ...errors };
};

/** `flow` is undefined until the checking code has loaded: only the endpoint's errors are known then. */
export function visibleErrors(flow: Flow | undefined, draft: RepairDraft, step: StepId, v: ErrorVisibility): FieldErrors {
  const server = activeServerErrors(v.serverErrors, draft, step);
  const attempted = v.attempted.has(step);
  // Next not pressed, nothing asked to be checked: nothing to check yet (a fresh form shows without parsing).
  if (!attempted && ![...v.revealed].some((path) => path.startsWith(`${step}.`))) return merged(server, NO_ERRORS);
  const all = flow?.stepErrors(draft, step) ?? NO_ERRORS;
  if (attempted) return merged(server, withoutUnanswered(flow, all, draft, step, v.listedAt.get(step)));
  // A revealed field shows its own errors and those below it (`malfunction.photos.<shot>`).
  const shown = (path: string) => [...v.revealed].some((r) => path === r || path.startsWith(`${r}.`));
  return merged(server, Object.fromEntries(Object.entries(all).filter(([path]) => shown(path))));
}

/** No answer in it: nothing, an empty string or list, or a plain object of such (a date none of whose parts is typed). */
const blank = (value: unknown): boolean => value === undefined || value === null || value === ''
  || (Array.isArray(value) ? value.every(blank)
    : typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(blank));

/** The last answer of `withoutUnanswered` for each `errors` object, and the other inputs it was worked out from. */
const lastWithout = new WeakMap<FieldErrors, [inputs: unknown[], shown: FieldErrors]>();

/**
 * `errors` less those of fields without an error at the last Next (`then`) and still unanswered since. The same
 * object while its inputs are the same ones (a render that changed no answer): a step given it again does not render.
 */
function withoutUnanswered(flow: Flow | undefined, errors: FieldErrors, draft: RepairDraft, step: StepId, then: RepairDraft | undefined) {
  if (!flow || !then || then === draft) return errors;
  const inputs = [flow, draft, step, then];
  const last = lastWithout.get(errors);
  if (last?.[0].every((input, i) => input === inputs[i])) return last[1];
  // Parsed once per draft's step answers (`flow.stepErrors` keeps them), so a keystroke parses nothing more.
  const found = flow.stepErrors(then, step);
  const waiting = (path: string) => !(path in found) && blank(valueAt(draft, path)) && blank(valueAt(then, path));
  const paths = Object.keys(errors);
  if (!paths.some(waiting)) return errors;
  const shown = Object.fromEntries(paths.filter((path) => !waiting(path)).map((path) => [path, errors[path]!]));
  lastWithout.set(errors, [inputs, shown]);
  return shown;
}

/**
 * The errors the error summary lists above a step: the endpoint's that still
 * apply, and once Next was pressed there, the step's own found at the last
 * Next (`listedAt`, the draft then) that still apply. An error that typing
 * brings shows at its field at once, and joins the summary at the next Next,
 * so the summary does not grow above the field being typed in (GOV.UK's
 * summary changes when the form is submitted); a fixed error leaves it.
 */
export function summaryErrors(flow: Flow | undefined, draft: RepairDraft, step: StepId,
  v: Pick<ErrorVisibility, 'attempted' | 'serverErrors' | 'listedAt'>): FieldErrors {
  const server = activeServerErrors(v.serverErrors, draft, step);
  if (!flow || !v.attempted.has(step)) return server;
  const found = flow.stepErrors(v.listedAt.get(step) ?? draft, step);
  const now = Object.entries(flow.stepErrors(draft, step)).filter(([path]) => path in found);
  return { ...server, ...Object.fromEntries(now) };
}
