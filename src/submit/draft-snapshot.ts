/**
 * The check of a stored draft: a value read back from storage is a snapshot
 * this version can use, or an {@link InvalidDraftError} says why not. It holds
 * the drafts' only zod schema, so it loads when a saved draft is found, not
 * with the first step (see `snapshotReader` in `drafts.ts`).
 */
import * as z from 'zod/mini';
import { STEPS } from '../schema/options.js';
import { DRAFT_VERSION, InvalidDraftError, type DraftSnapshot } from './drafts.js';

const fields = z.record(z.string(), z.unknown());
const snapshotSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.number(),
  step: z.enum(STEPS),
  draft: z.object(Object.fromEntries(STEPS.map((s) => [s, z.optional(fields)]))),
  attempted: z.array(z.enum(STEPS)),
  idempotencyKey: z.optional(z.string().check(z.minLength(1))),
  addressBook: z.optional(z.array(z.looseObject({ id: z.string() }))),
  addressForm: z.optional(z.object({ id: z.optional(z.string()), values: z.record(z.string(), z.string()), attempted: z.boolean() })),
  uploads: z.optional(z.array(z.object({ path: z.string(), id: z.string() }))),
  lostFiles: z.optional(z.array(z.object({ path: z.string(), name: z.string(), size: z.number(), type: z.string() }))),
  // `accessToken` passes as stored: whoever reads it checks that it is a string (the confirmation does).
  sent: z.optional(z.looseObject({ caseNumber: z.string().check(z.minLength(1)) })),
});

/** The snapshot in a stored value, or an {@link InvalidDraftError} saying why there is none. */
export function readSnapshot(value: unknown): DraftSnapshot {
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidDraftError(`not a version ${DRAFT_VERSION} draft (${issue?.path.join('.') || 'value'}: ${issue?.message})`);
  }
  return parsed.data as DraftSnapshot;
}

