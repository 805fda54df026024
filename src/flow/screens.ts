/**
 * Screens inside a step: a long step (Malfunction) is asked a few questions at
 * a time, so that it fits a phone. Which screens apply, where Next and Previous
 * lead, and which screen shows a field or an error, decided from a plan that a
 * step declares once. Pure: no Lit, no DOM.
 */
import type { StepId } from '../schema/options.js';
import type { FieldErrors, Sections } from './flow.js';

/**
 * What decides whether a screen applies: the flow's sections (see
 * `Flow.sections`), plus any a step adds for itself (Malfunction: whether the
 * chosen problems ask for photos).
 */
export type ScreenConditions = Partial<Sections> & Readonly<Record<string, boolean | undefined>>;

/** One screen of a step. */
export interface ScreenSpec<Id extends string = string> {
  readonly id: Id;
  /** The condition that must hold for the screen to show (see `ScreenConditions`); always shown without. */
  readonly when?: string;
}

/** A step's screens, in order, and the screen that asks each of its fields. */
export interface ScreenPlan<Id extends string = string, Field extends string = string> {
  readonly step: StepId;
  readonly screens: readonly ScreenSpec<Id>[];
  /** Every field of the step, by name: declare it with `satisfies Record<Field, Id>` so a new field must be placed. */
  readonly fields: Readonly<Record<Field, Id>>;
}

/** Where Next leads from a screen. */
export type ScreenMove<Id extends string = string> =
  | { readonly to: 'errors' } // the screen's own fields have errors: stay and show them
  | { readonly to: 'screen'; readonly screen: Id } // the next screen of the step
  | { readonly to: 'step' }; // the last screen: the step itself may be left (the flow decides)

/** The screens that apply to the answers so far, in order. */
export const applicableScreens = <Id extends string>(plan: ScreenPlan<Id>, sections: ScreenConditions): Id[] =>
  plan.screens.filter((s) => !s.when || sections[s.when]).map((s) => s.id);

/** The screen asking the field at `path` ("malfunction.description", "malfunction.proofOfPurchase.size"), if it is the step's. */
export function screenOf<Id extends string>(plan: ScreenPlan<Id>, path: string): Id | undefined {
  const [step, field = ''] = path.split('.');
  return step === plan.step && Object.hasOwn(plan.fields, field) ? (plan.fields as Record<string, Id>)[field] : undefined;
}

/**
 * The screen to show: `current` while it applies, else the nearest applicable
 * one before it (an answer can remove the screen the customer was on).
 */
export function currentScreen<Id extends string>(plan: ScreenPlan<Id>, sections: ScreenConditions, current: Id): Id {
  const shown = applicableScreens(plan, sections);
  if (shown.includes(current)) return current;
  const order = plan.screens.map((s) => s.id);
  const before = shown.filter((id) => order.indexOf(id) < order.indexOf(current));
  return before.at(-1) ?? shown[0] ?? order[0]!;
}

/**
 * Whether a field's error shows on `screen`: one of its own fields, once Next was pressed there (`checked` holds
 * the screen) or the field was checked on its own (a Confirm button, photos over a limit: `checked` holds its
 * path, which shows the errors below it too, `malfunction.photos.<shot>`); errors no screen asks show wherever
 * they arise.
 */
export function showsOn<Id extends string>(plan: ScreenPlan<Id>, screen: Id, path: string, checked: ReadonlySet<string>): boolean {
  const owner = screenOf(plan, path);
  if (owner === undefined) return true;
  return owner === screen && (checked.has(screen) || [...checked].some((c) => path === c || path.startsWith(`${c}.`)));
}

/** The fields of a step's answers that hold an answer (not empty), for `resumeScreen`. */
export const answeredFields = (answers: object): string[] =>
  Object.entries(answers).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length))
    .map(([field]) => field);

/** Next on `current`, given every error of the step: stay when the screen's own fields have any, else go on. */
export function nextMove<Id extends string>(
  plan: ScreenPlan<Id>, sections: ScreenConditions, current: Id, errors: FieldErrors,
): ScreenMove<Id> {
  if (Object.keys(errors).some((path) => screenOf(plan, path) === current)) return { to: 'errors' };
  const shown = applicableScreens(plan, sections);
  const following = shown[shown.indexOf(current) + 1];
  return following ? { to: 'screen', screen: following } : { to: 'step' };
}

/** The screen before `current`, or undefined on the first (Previous then leaves the step). */
export function previousScreen<Id extends string>(plan: ScreenPlan<Id>, sections: ScreenConditions, current: Id): Id | undefined {
  const shown = applicableScreens(plan, sections);
  const index = shown.indexOf(current);
  return index > 0 ? shown[index - 1] : undefined;
}

/**
 * The screen to open for these fields (errors to show, or the answer to edit):
 * `current` when it asks one of them, else the first applicable screen that does,
 * else `current`.
 */
export function screenFor<Id extends string>(
  plan: ScreenPlan<Id>, sections: ScreenConditions, current: Id, paths: readonly string[],
): Id {
  const owners = new Set(paths.map((path) => screenOf(plan, path)));
  if (owners.has(current)) return current;
  return applicableScreens(plan, sections).find((id) => owners.has(id)) ?? current;
}

/**
 * Where a resumed draft opens: the furthest screen the customer answered,
 * or the first screen before it that has an error (`errors`: the step's error
 * paths; `answered`: the step's fields that hold an answer).
 */
export function resumeScreen<Id extends string>(
  plan: ScreenPlan<Id>, sections: ScreenConditions, answered: readonly string[], errors: readonly string[],
): Id {
  const shown = applicableScreens(plan, sections);
  const screensOf = (paths: readonly string[]) => new Set(paths.map((path) => screenOf(plan, path)));
  const withAnswers = screensOf(answered.map((field) => `${plan.step}.${field}`));
  const furthest = shown.reduce((last, id, index) => (withAnswers.has(id) ? index : last), -1);
  const withErrors = screensOf(errors);
  const stopped = shown.slice(0, furthest + 1).find((id) => withErrors.has(id));
  return stopped ?? shown[Math.max(furthest, 0)] ?? plan.screens[0]!.id;
}

/** The screen's position among those that apply: `{ index: 1, count: 4 }` for the first of four. */
export function screenPosition<Id extends string>(plan: ScreenPlan<Id>, sections: ScreenConditions, current: Id) {
  const shown = applicableScreens(plan, sections);
  return { index: shown.indexOf(current) + 1, count: shown.length };
}
