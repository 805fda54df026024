/**
 * The `RepairStore` on PostgreSQL's SQL, for any `Db` (PGlite or a server).
 * Concurrency rests on the database alone: the idempotency key's primary key
 * decides which request stores the case, case numbers are unique by
 * constraint (a collision retries with a new number), and a case with its
 * files, first event and completed key is one transaction.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { isUniqueViolation, type Db, type Queryable, type Row } from './db.js';
import { migrate } from './migrations.js';
import { eventOf, statusMethods } from './status-sql.js';
import { claimUploads, purgeUploads, stageUpload } from './upload-sql.js';
import {
  type KeyClaim, type NewFile, type RepairStore, type StatusEvent, type StoredCase, type StoredFile,
  type StoredMessage,
} from './types.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const letters = (n: number) => Array.from({ length: n }, () => LETTERS[randomInt(0, LETTERS.length)]).join('');

/** A case number in the guide's format: CAS-, seven digits, a dash, six letters or digits. */
export const newCaseNumber = () => `CAS-${String(randomInt(0, 10_000_000)).padStart(7, '0')}-${letters(6)}`;
const newMessageId = () => `MSG-${randomBytes(9).toString('hex').toUpperCase()}`;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value == null ? undefined : new Date(String(value)).toISOString());
const orUndefined = <T>(value: T | null) => (value === null ? undefined : value);

function fileOf(row: Row): StoredFile {
  return {
    id: row.id as string, part: row.part as string, path: orUndefined(row.path as string | null), name: row.name as string, size: Number(row.size), type: row.type as string,
    declaredType: orUndefined(row.declared_type as string | null), sha256: row.sha256 as string, storageKey: row.storage_key as string,
  };
}


function summaryOf(row: Row): Omit<StoredCase, 'files' | 'events' | 'request'> {
  return {
    caseNumber: row.case_number as string, receivedAt: iso(row.received_at)!, email: orUndefined(row.email as string | null),
    locale: orUndefined(row.locale as string | null), status: row.status as string, closedAt: iso(row.closed_at), erasedAt: iso(row.erased_at),
    idempotencyKey: orUndefined(row.idempotency_key as string | null),
  };
}

const CASE_COLUMNS = `c.case_number, c.received_at, c.email, c.locale, c.status, c.closed_at, c.erased_at,
  (SELECT k.key FROM rr_idempotency_keys k WHERE k.case_number = c.case_number LIMIT 1) AS idempotency_key`;

async function insertFiles(tx: Queryable, owner: { caseNumber?: string; messageId?: string }, files: NewFile[]) {
  for (const f of files) {
    await tx.query(
      `INSERT INTO rr_files (id, case_number, message_id, part, path, name, size, type, declared_type, sha256, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [randomUUID(), owner.caseNumber ?? null, owner.messageId ?? null, f.part, f.path ?? null, f.name, f.size, f.type, f.declaredType ?? null, f.sha256, f.storageKey],
    );
  }
}

/** Removes every path but `keep` from a JSON value (dotted paths). */
function keepOnly(value: unknown, keep: readonly string[]): unknown {
  const out: Record<string, unknown> = {};
  for (const path of keep) {
    let source: unknown = value;
    const keys = path.split('.');
    for (const key of keys) source = source && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = source;
  }
  return out;
}

/** A `RepairStore` on a database; runs the migrations first. */
export async function createSqlStore(db: Db): Promise<RepairStore> {
  await migrate(db);

  async function filesOf(column: 'case_number' | 'message_id', ids: string[]) {
    if (!ids.length) return new Map<string, StoredFile[]>();
    const rows = await db.query(`SELECT * FROM rr_files WHERE ${column} = ANY($1::text[]) ORDER BY path, name`, [ids]);
    const map = new Map<string, StoredFile[]>();
    for (const row of rows) map.set(row[column] as string, [...(map.get(row[column] as string) ?? []), fileOf(row)]);
    return map;
  }

  async function casesWhere(where: string, params: unknown[]): Promise<StoredCase[]> {
    const rows = await db.query(`SELECT ${CASE_COLUMNS}, c.request FROM rr_cases c WHERE ${where} ORDER BY c.received_at DESC`, params);
    const numbers = rows.map((r) => r.case_number as string);
    const files = await filesOf('case_number', numbers);
    const events = new Map<string, StatusEvent[]>();
    if (numbers.length) {
      for (const row of await db.query('SELECT * FROM rr_status_events WHERE case_number = ANY($1::text[]) ORDER BY id', [numbers])) {
        const n = row.case_number as string;
        events.set(n, [...(events.get(n) ?? []), eventOf(row)]);
      }
    }
    return rows.map((row) => ({
      ...summaryOf(row), request: row.request, files: files.get(row.case_number as string) ?? [], events: events.get(row.case_number as string) ?? [],
    }));
  }

  async function messagesWhere(where: string, params: unknown[], limit = 1000): Promise<StoredMessage[]> {
    const rows = await db.query(`SELECT * FROM rr_messages WHERE ${where} ORDER BY received_at DESC LIMIT ${Math.trunc(limit)}`, params);
    const files = await filesOf('message_id', rows.map((r) => r.id as string));
    return rows.map((row) => ({
      id: row.id as string, receivedAt: iso(row.received_at)!, email: orUndefined(row.email as string | null),
      message: row.message, files: files.get(row.id as string) ?? [],
    }));
  }

  const storageKeysOf = async (tx: Queryable, where: string, params: unknown[]) =>
    (await tx.query<{ storage_key: string }>(`SELECT storage_key FROM rr_files WHERE ${where}`, params)).map((r) => r.storage_key);

  const normalEmail = (email: string | undefined) => email?.trim().toLowerCase() || null;

  const store: RepairStore = {
    async claimKey({ key, fingerprint, ttlMs, staleMs }): Promise<KeyClaim> {
      for (let attempt = 0; attempt < 3; attempt++) {
        // Expired keys and abandoned claims (their process died) free the key.
        await db.query(
          `DELETE FROM rr_idempotency_keys WHERE key = $1 AND (expires_at < now()
             OR (state = 'in_progress' AND started_at < now() - ($2::integer * interval '1 millisecond')))`,
          [key, Math.round(staleMs)],
        );
        const inserted = await db.query(
          `INSERT INTO rr_idempotency_keys (key, fingerprint, state, expires_at)
           VALUES ($1, $2, 'in_progress', now() + ($3::bigint * interval '1 millisecond'))
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          [key, fingerprint, Math.round(ttlMs)],
        );
        if (inserted.length) return { state: 'claimed' };
        const [row] = await db.query<{ fingerprint: string; state: string; case_number: string | null }>(
          'SELECT fingerprint, state, case_number FROM rr_idempotency_keys WHERE key = $1', [key],
        );
        if (!row) continue; // released or expired between the two statements
        if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
        if (row.state === 'completed' && row.case_number) return { state: 'completed', caseNumber: row.case_number };
        return { state: 'in_progress' };
      }
      return { state: 'in_progress' };
    },

    async releaseKey(key) {
      await db.query(`DELETE FROM rr_idempotency_keys WHERE key = $1 AND state = 'in_progress'`, [key]);
    },

    async createCase({ request, email, locale, files, idempotencyKey, uploads = [] }) {
      for (let attempt = 0; ; attempt++) {
        const caseNumber = newCaseNumber();
        try {
          return await db.transaction(async (tx) => {
            const [row] = await tx.query<{ received_at: unknown }>(
              'INSERT INTO rr_cases (case_number, email, request, locale) VALUES ($1, $2, $3::text::jsonb, $4) RETURNING received_at',
              [caseNumber, normalEmail(email), JSON.stringify(request), locale ?? null],
            );
            await insertFiles(tx, { caseNumber }, [...files, ...await claimUploads(tx, caseNumber, uploads)]);
            await tx.query(`INSERT INTO rr_status_events (case_number, status) VALUES ($1, 'received')`, [caseNumber]);
            if (idempotencyKey) {
              const done = await tx.query(
                `UPDATE rr_idempotency_keys SET state = 'completed', case_number = $2 WHERE key = $1 AND state = 'in_progress' RETURNING key`,
                [idempotencyKey, caseNumber],
              );
              if (!done.length) throw new Error(`The idempotency key ${idempotencyKey} is no longer claimed.`);
            }
            return { caseNumber, receivedAt: iso(row!.received_at)! };
          });
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 5) throw error;
        }
      }
    },

    stageUpload: (upload) => stageUpload(db, upload),
    purgeUploads: () => purgeUploads(db),

    async createMessage({ message, email, files }) {
      const id = newMessageId();
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO rr_messages (id, email, message) VALUES ($1, $2, $3::text::jsonb)', [id, normalEmail(email), JSON.stringify(message)]);
        await insertFiles(tx, { messageId: id }, files);
      });
      return { id };
    },

    async getCase(caseNumber) {
      return (await casesWhere('c.case_number = $1', [caseNumber]))[0];
    },

    async listCases({ status, limit = 50, offset = 0 } = {}) {
      const rows = await db.query(
        `SELECT ${CASE_COLUMNS} FROM rr_cases c WHERE ($1::text IS NULL OR c.status = $1)
         ORDER BY c.received_at DESC, c.case_number LIMIT $2 OFFSET $3`,
        [status ?? null, Math.min(Math.max(1, Math.trunc(limit)), 500), Math.max(0, Math.trunc(offset))],
      );
      return rows.map(summaryOf);
    },

    listMessages: ({ limit = 50 } = {}) => messagesWhere('true', [], Math.min(Math.max(1, limit), 500)),

    async findByEmail(email) {
      const e = normalEmail(email);
      return { cases: await casesWhere('c.email = $1', [e]), messages: await messagesWhere('email = $1', [e]) };
    },

    async eraseByEmail(email, keep) {
      const e = normalEmail(email);
      return db.transaction(async (tx) => {
        const storageKeys = [
          ...await storageKeysOf(tx, 'case_number IN (SELECT case_number FROM rr_cases WHERE email = $1)', [e]),
          ...await storageKeysOf(tx, 'message_id IN (SELECT id FROM rr_messages WHERE email = $1)', [e]),
        ];
        await tx.query('DELETE FROM rr_files WHERE case_number IN (SELECT case_number FROM rr_cases WHERE email = $1)', [e]);
        await tx.query('DELETE FROM rr_uploads WHERE case_number IN (SELECT case_number FROM rr_cases WHERE email = $1)', [e]);
        const cases = await tx.query<{ case_number: string; request: unknown }>('SELECT case_number, request FROM rr_cases WHERE email = $1', [e]);
        for (const c of cases) {
          await tx.query('UPDATE rr_cases SET request = $2::text::jsonb, email = NULL, erased_at = now() WHERE case_number = $1',
            [c.case_number, JSON.stringify(keepOnly(c.request, keep))]);
          await tx.query(`INSERT INTO rr_status_events (case_number, status, note) VALUES ($1, 'erased', 'Personal data erased on request.')`, [c.case_number]);
        }
        const messages = await tx.query('DELETE FROM rr_messages WHERE email = $1 RETURNING id', [e]);
        return { cases: cases.length, messages: messages.length, storageKeys };
      });
    },

    async purge({ closedBefore, messagesBefore }) {
      return db.transaction(async (tx) => {
        const closed = [closedBefore.toISOString()];
        const old = [messagesBefore.toISOString()];
        const storageKeys = [
          ...await storageKeysOf(tx, 'case_number IN (SELECT case_number FROM rr_cases WHERE closed_at < $1::timestamptz)', closed),
          ...await storageKeysOf(tx, 'message_id IN (SELECT id FROM rr_messages WHERE received_at < $1::timestamptz)', old),
        ];
        const cases = await tx.query('DELETE FROM rr_cases WHERE closed_at < $1::timestamptz RETURNING case_number', closed);
        const messages = await tx.query('DELETE FROM rr_messages WHERE received_at < $1::timestamptz RETURNING id', old);
        const keys = await tx.query('DELETE FROM rr_idempotency_keys WHERE expires_at < now() RETURNING key');
        return { cases: cases.length, messages: messages.length, keys: keys.length, storageKeys };
      });
    },

    close: () => db.close(),
    ...statusMethods(db, (caseNumber) => store.getCase(caseNumber)),
  };
  return store;
}
