/**
 * Evidence photos in the request: `malfunction.photos` holds, by shot id, the
 * photos of that shot (`{ "gimbal-close-up": [File] }`). Which shots apply
 * comes from the chosen issues' shot lists; the limits from `evidence.limits`.
 * Pure: no Lit, no DOM.
 *
 * Not part of the first step: the widget loads these rules with the
 * Malfunction step (`photoRules` in the schema's context, as the address
 * rules); a server passes them always (server.ts).
 */
import * as z from 'zod/mini';
import type { RepairConfig } from '../config/config-schema.js';
import { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits } from '../evidence/limits.js';
import type { ErrorCode } from './codes.js';
import { conditions } from './conditions.js';
import { fileExtension } from './rules.js';
import { fileType } from './files.js';
import { askedPhotos, shotsFor } from './shots.js';

/** What the widget writes photos as (and what a server accepts as a photo). */
export const PHOTO_EXTENSIONS = ['webp', 'jpg', 'jpeg', 'png'] as const;

/** The photos of a request, by shot id. */
export type Photos<F = File> = Record<string, F[]>;

/** The evidence limits in use: the configuration's over the defaults. */
export const photoLimits = (config: Pick<RepairConfig, 'evidence'>): EvidenceLimits =>
  ({ ...DEFAULT_EVIDENCE_LIMITS, ...config.evidence?.limits });

/** Every shot id of the catalogue. */
const allShots = (config: RepairConfig) => new Set(config.issueGroups.flatMap((g) => g.issues.flatMap((i) => (i.shots ?? []).map((s) => s.id))));

const code = (c: ErrorCode) => c;
type Sized = { name: string; size: number };

/**
 * The photos field: known shot ids, at most `perShot` photos each, `total` in
 * all and `totalBytes` together. A server's schema replaces each file with its
 * description (server.ts) and keeps these rules.
 */
export function photosSchema(config: RepairConfig) {
  const limits = photoLimits(config);
  const known = allShots(config);
  return z.record(
    z.string().check(z.refine((id) => known.has(id), code('invalid'))),
    z.array(photoFile() as z.ZodMiniType<Sized>).check(z.maxLength(limits.perShot, code('photos_per_shot'))),
  ).check(
    z.refine((p) => Object.values(p).flat().length <= limits.total, code('photos_total')),
    z.refine((p) => Object.values(p).flat().reduce((sum, f) => sum + f.size, 0) <= limits.totalBytes, code('photos_too_large')),
  );
}

/** A photo in the widget: a file of a type the widget writes. */
export const photoFile = () => fileType(
  z.custom<File>((f) => typeof File !== 'undefined' && f instanceof File, code('invalid'))
    .check(z.refine((f) => (PHOTO_EXTENSIONS as readonly string[]).includes(fileExtension(f.name)), code('file_type'))),
  'photo',
);

/** The required shots of the chosen issues that have no photo: `photo_required` on `photos.<shot>`. */
export const missingShots = (config: RepairConfig, m: { issues?: readonly string[] | undefined; photos?: Photos<unknown> | undefined }) =>
  shotsFor(config, m.issues).filter((s) => s.required && !m.photos?.[s.id]?.length).map((s) => s.id);

type MalfunctionLike = { serviceType?: string | undefined; issues?: readonly string[] | undefined; photos?: Photos<unknown> | undefined };

/** One rule per required shot of the catalogue; it runs even when other fields are invalid, as the schema's cross-field rules. */
function requiredShotChecks(config: RepairConfig) {
  const required = config.issueGroups.flatMap((g) => g.issues.flatMap((i) => (i.shots ?? []).filter((s) => s.required).map((s) => s.id)));
  return [...new Set(required)].map((id) => z.refine<MalfunctionLike>(
    (m) => typeof m !== 'object' || m === null || !conditions.repair(m) || !missingShots(config, m).includes(id),
    { path: ['photos', id], message: code('photo_required'), when: () => true },
  ));
}

/** The photo rules, as the schema's context takes them (`SchemaContext.photoRules`). */
export const photoRules = {
  /** The `photos` field's type and rules. */
  schema: photosSchema,
  /** The rules on the Malfunction object: a required shot of a chosen issue has a photo (`photo_required` on `photos.<shot>`). */
  required: requiredShotChecks,
  /** The photos of the shots the chosen issues still ask for. */
  asked: askedPhotos,
};
export type PhotoRules = typeof photoRules;
