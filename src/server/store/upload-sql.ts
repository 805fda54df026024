/**
 * Staged uploads on PostgreSQL's SQL: files sent one by one before their case
 * (`POST {base}/uploads`), kept bound to no case until the case that
 * references them claims them, in the same transaction as the case itself.
 * Only the SHA-256 of an upload's id is stored: the id is the capability.
 */
import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.js';
import type { NewFile, NewUpload, UploadClaimCode, UploadReference } from './types.js';

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

/** Why a case could not claim its uploads: a field error per reference. */
export class UploadClaimError extends Error {
  constructor(readonly errors: { path: string; code: UploadClaimCode }[]) {
    super(`The request references uploads it cannot claim: ${errors.map((e) => `${e.path} (${e.code})`).join(', ')}.`);
  }
}

/** Records a checked upload, unclaimed, until `ttlMs` from now. */
export async function stageUpload(db: Db, u: NewUpload) {
  await db.query(
    `INSERT INTO rr_uploads (id_hash, field, name, size, type, declared_type, sha256, storage_key, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + ($9::bigint * interval '1 millisecond'))`,
    [hashOf(u.id), u.field, u.name, u.size, u.type, u.declaredType ?? null, u.sha256, u.storageKey, Math.round(u.ttlMs)],
  );
}

/**
 * Claims the referenced uploads for a case, inside its transaction, each row
 * locked: it must exist, not be expired, belong to the same field, describe
 * the same file and be claimed by no other case. Returns the files to record
 * with the case; throws an {@link UploadClaimError} (which rolls the case back) otherwise.
 */
export async function claimUploads(tx: Queryable, caseNumber: string, refs: readonly UploadReference[]): Promise<NewFile[]> {
  const files: NewFile[] = [];
  const errors: { path: string; code: UploadClaimCode }[] = [];
  for (const ref of refs) {
    const [row] = await tx.query(
      'SELECT *, expires_at > now() AS live FROM rr_uploads WHERE id_hash = $1 FOR UPDATE', [hashOf(ref.id)],
    );
    const code: UploadClaimCode | undefined = !row || (!row.live && row.case_number === null) ? 'upload_unknown'
      : row.case_number !== null ? 'upload_claimed'
      : row.field !== ref.field ? 'upload_wrong_field'
      : Number(row.size) !== ref.size || row.name !== ref.name ? 'invalid'
      : undefined;
    if (code) {
      errors.push({ path: ref.path, code });
      continue;
    }
    await tx.query('UPDATE rr_uploads SET case_number = $2 WHERE id_hash = $1', [row!.id_hash, caseNumber]);
    files.push({
      part: ref.part, path: ref.path, name: row!.name as string, size: Number(row!.size), type: row!.type as string,
      declaredType: (row!.declared_type as string | null) ?? undefined, sha256: row!.sha256 as string, storageKey: row!.storage_key as string,
    });
  }
  if (errors.length) throw new UploadClaimError(errors);
  return files;
}

/** Deletes unclaimed uploads past their expiry; returns their storage keys. */
export async function purgeUploads(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ storage_key: string }>(
    'DELETE FROM rr_uploads WHERE case_number IS NULL AND expires_at <= now() RETURNING storage_key',
  );
  return rows.map((r) => r.storage_key);
}
