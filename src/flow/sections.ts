/**
 * Which sections of the Malfunction step apply to a draft, and the draft
 * without the answers of those that do not: plain rules on the answers, so the
 * steps and the form's `value` have them before the checking code (the schema
 * and zod, see `flow.ts`) has loaded. Pure: no Lit, no DOM, no zod.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { CONDITIONAL_FIELDS, conditions } from '../schema/conditions.js';
import { STEPS } from '../schema/options.js';
import type { PhotoRules } from '../schema/photos.js';
import type { RepairDraft } from '../schema/request.js';

export type Sections = Record<keyof typeof conditions, boolean>;

/**
 * The sections that apply to the draft's answers. Without the configuration
 * (the default's later parts, which name the crash issue, load with the
 * checks, before any Malfunction answer can be given) the crash questions do not.
 */
export function sectionsOf(config: RepairConfig | undefined, draft: RepairDraft): Sections {
  const m = draft.malfunction ?? {};
  return {
    repair: conditions.repair(m),
    crash: !!config && conditions.crash(m, config),
    analysisOffer: !!config && conditions.analysisOffer(m, config),
    analysisDetails: !!config && conditions.analysisDetails(m, config),
    expressOffer: conditions.expressOffer(m),
    express: conditions.express(m),
  };
}

/**
 * The draft without the answers of sections that no longer apply (the draft itself keeps them);
 * with the photo rules and the configuration (once loaded), without the photos no chosen issue asks for.
 */
export function pruneDraft(config: RepairConfig | undefined, draft: RepairDraft, photoRules?: PhotoRules | null): RepairDraft {
  const applies = sectionsOf(config, draft);
  const malfunction: Record<string, unknown> = { ...draft.malfunction };
  for (const [section, fields] of Object.entries(CONDITIONAL_FIELDS)) {
    if (!applies[section as keyof Sections]) for (const f of fields) delete malfunction[f];
  }
  // Photos of a shot no chosen issue asks for any more are not sent.
  if (malfunction.photos && photoRules && config) malfunction.photos = photoRules.asked(config, draft.malfunction ?? {});
  const device: Record<string, unknown> = { ...draft.device };
  // Chosen by model, the product has no serial field on screen: a serial typed earlier is not sent.
  if (device.identifiedBy === 'model') delete device.serial;
  // Every step is an object, so a step not answered yet reports its fields, not itself.
  const steps = Object.fromEntries(STEPS.map((step) => [step, { ...draft[step] }]));
  return { ...draft, ...steps, device, malfunction } as RepairDraft;
}
