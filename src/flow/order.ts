/**
 * The order of the steps, and today's date as the schema reads it: what the
 * shell needs to move between steps before the checking code (the schema and
 * zod, see `flow.ts`) has loaded. Pure: no Lit, no DOM, no zod.
 */
import { STEPS, type StepId } from '../schema/options.js';

export const stepIndex = (step: StepId) => STEPS.indexOf(step);
export const nextStep = (step: StepId): StepId | undefined => STEPS[stepIndex(step) + 1];
export const previousStep = (step: StepId): StepId | undefined => STEPS[stepIndex(step) - 1];

/** Today's date as YYYY-MM-DD in local time. */
export function localToday(now = new Date()) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
