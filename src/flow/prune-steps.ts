/**
 * The pruning of a draft that needs no configuration, so that the form's
 * `value` has it before the checks (and, with them, the whole configuration)
 * have loaded, when only the first step can have been answered. The rest of
 * the pruning is `pruneDraft` in `sections.ts`, which starts from this. Pure:
 * no Lit, no DOM, no zod.
 */
import { STEPS } from '../schema/options.js';
import type { RepairDraft } from '../schema/request.js';

/**
 * The draft with every step an object (so a step not answered yet reports its
 * fields, not itself), and without a serial typed before the product was
 * chosen by model (there is no serial field on screen then, so it is not sent).
 */
export function pruneSteps(draft: RepairDraft): RepairDraft {
  const device: Record<string, unknown> = { ...draft.device };
  if (device.identifiedBy === 'model') delete device.serial;
  const steps = Object.fromEntries(STEPS.map((step) => [step, { ...draft[step] }]));
  return { ...draft, ...steps, device } as RepairDraft;
}
