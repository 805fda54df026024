/**
 * Which sections of the Malfunction step apply to a draft, and the draft
 * without the answers of those that do not: plain rules on the answers and
 * the whole configuration, loaded with the checks (`flow.ts` gives them as
 * `sections` and `prune`), since the Malfunction step opens only then. Pure:
 * no Lit, no DOM, no zod.
 */
import type { RepairConfig } from '../config/config-schema.js';
import { CONDITIONAL_FIELDS, conditions } from '../schema/conditions.js';
import type { PhotoRules } from '../schema/photos.js';
import type { RepairDraft } from '../schema/request.js';
import { pruneSteps } from './prune-steps.js';

export type Sections = Record<keyof typeof conditions, boolean>;

/** The sections that apply to the draft's answers. */
export function sectionsOf(config: RepairConfig, draft: RepairDraft): Sections {
  const m = draft.malfunction ?? {};
  return {
    repair: conditions.repair(m),
    crash: conditions.crash(m, config),
    analysisOffer: conditions.analysisOffer(m, config),
    analysisDetails: conditions.analysisDetails(m, config),
    expressOffer: conditions.expressOffer(m),
    express: conditions.express(m),
  };
}

/**
 * The draft without the answers of sections that no longer apply (the draft itself keeps them),
 * pruned as `pruneSteps` does; with the photo rules (once loaded), without the photos no chosen issue asks for.
 */
export function pruneDraft(config: RepairConfig, draft: RepairDraft, photoRules?: Pick<PhotoRules, 'asked'> | null): RepairDraft {
  const applies = sectionsOf(config, draft);
  const malfunction: Record<string, unknown> = { ...draft.malfunction };
  for (const [section, fields] of Object.entries(CONDITIONAL_FIELDS)) {
    if (!applies[section as keyof Sections]) for (const f of fields) delete malfunction[f];
  }
  // Photos of a shot no chosen issue asks for any more are not sent.
  if (malfunction.photos && photoRules) malfunction.photos = photoRules.asked(config, draft.malfunction ?? {});
  return { ...pruneSteps(draft), malfunction } as RepairDraft;
}
