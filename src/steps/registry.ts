/**
 * What a step is, in one table: its element's tag, which code holds it, which
 * locale part holds its messages (those of `src/steps/<id>-step.ts` and of the
 * folder `src/steps/<id>/`),
 * what it needs loaded before it can check answers, and whether the summary
 * and case form show its answers. The loaders, tags, `partsFor`, the split of
 * locale parts (scripts/split-locales.mjs reads this file), the summary's
 * sections and pruning derive from it; a step missing here is a type error.
 *
 * This file must import nothing at run time (type-only imports): the locale
 * split reads it in Node before anything is built.
 */
import type { StepId } from '../schema/options.js';
import type { LaterName } from '../shell/later.js';

/**
 * Something a step needs besides its element, loaded with its code (see the
 * shell's `StepLoader`, which must know how to load each): the country rules
 * that check addresses, the photo rules of the chosen problems, or the shell's
 * code that submits the request.
 */
export type StepNeed = 'addressRules' | 'photoRules' | 'sending';

/** One step's entry. */
export interface StepEntry {
  /** The step element's tag. */
  readonly tag: string;
  /**
   * The element's code, by its name in the map of code loaded on demand
   * (`src/shell/code-map.ts`); none for the first step, which is in the main chunk.
   */
  readonly code?: LaterName;
  /** The locale part with its messages: `core` ships with the first step. */
  readonly part: 'core' | 'malfunction' | 'steps';
  /** What must be loaded before the step opens (nothing when left out). */
  readonly needs?: readonly StepNeed[];
  /** `false` for a step whose answers are not a section of the summary ("check your answers"). */
  readonly summarised?: false;
}

export const STEP_REGISTRY = {
  device: {
    tag: 'repair-request-device-step',
    part: 'core',
  },
  malfunction: {
    tag: 'repair-request-malfunction-step',
    code: 'malfunctionStep',
    part: 'malfunction',
    needs: ['photoRules'],
  },
  parts: {
    tag: 'repair-request-parts-step',
    code: 'partsStep',
    part: 'steps',
  },
  address: {
    tag: 'repair-request-address-step',
    code: 'addressStep',
    part: 'steps',
    needs: ['addressRules'],
  },
  submit: {
    tag: 'repair-request-submit-step',
    code: 'submitStep',
    part: 'steps',
    needs: ['addressRules', 'photoRules', 'sending'],
    summarised: false,
  },
} as const satisfies Record<StepId, StepEntry>;

/** The steps whose answers the summary shows, each as a section with an Edit action. */
export type SummarisedStep = {
  [S in StepId]: (typeof STEP_REGISTRY)[S] extends { summarised: false } ? never : S
}[StepId];

/** Whether a step needs something loaded before it opens. */
export const stepNeeds = (step: StepId, need: StepNeed): boolean =>
  !!(STEP_REGISTRY[step] as StepEntry).needs?.includes(need);
