/**
 * The customer's side of the store, on the same SQL as the rest: status
 * events appended under a lock on their case (so a closed case, a quote
 * answered twice, a status out of the case's order (`../lifecycle.ts`) or a replayed key are decided by the database, also across
 * processes), and access tokens kept as SHA-256 hashes.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mayFollow, nextStatuses } from '../lifecycle.js';
import type { Db, Queryable, Row } from './db.js';
import { CLOSING_STATUSES, QUOTE_ANSWERS, type AppendOutcome, type NewStatusEvent, type RepairStore, type StatusEvent } from './types.js';

/** The prefix of access tokens, so that logs and scanners can recognise one. */
export const ACCESS_TOKEN_PREFIX = 'rrc_';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

/** A stored event row as the API shows it. */
export const eventOf = (row: Row): StatusEvent => ({
  id: Number(row.id),
  status: row.status as string,
  note: (row.note as string | null) ?? undefined,
  author: (row.author as string | null) ?? undefined,
  data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data as Record<string, unknown> | null) ?? undefined,
  at: iso(row.at),
});

async function insertEvent(tx: Queryable, caseNumber: string, e: NewStatusEvent, data: Record<string, unknown> | undefined) {
  const [row] = await tx.query(
    `INSERT INTO rr_status_events (case_number, status, note, author, data, idempotency_key)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, $6) RETURNING *`,
    [caseNumber, e.status, e.note ?? null, e.author ?? null, data ? JSON.stringify(data) : null, e.idempotencyKey ?? null],
  );
  return eventOf(row!);
}

type StatusMethods = Pick<RepairStore, 'appendEvent' | 'issueAccessToken' | 'findCaseForCustomer'>;

/** The status methods of the SQL store; `getCase` reads a whole case. */
export function statusMethods(db: Db, getCase: RepairStore['getCase']): StatusMethods {
  return {
    async appendEvent(caseNumber, event): Promise<AppendOutcome> {
      return db.transaction(async (tx) => {
        const [current] = await tx.query('SELECT closed_at, status FROM rr_cases WHERE case_number = $1 FOR UPDATE', [caseNumber]);
        if (!current) return { outcome: 'no-case' };
        if (event.idempotencyKey) {
          const [previous] = await tx.query('SELECT * FROM rr_status_events WHERE case_number = $1 AND idempotency_key = $2', [caseNumber, event.idempotencyKey]);
          if (previous) return { outcome: 'replayed', event: eventOf(previous) };
        }
        if (current.closed_at) return { outcome: 'closed' };
        let data = event.data;
        const status = current.status as string;
        if (!(QUOTE_ANSWERS as readonly string[]).includes(event.status) && !mayFollow(status, event.status)) {
          return { outcome: 'not-allowed', status, next: nextStatuses(status) };
        }
        if ((QUOTE_ANSWERS as readonly string[]).includes(event.status)) {
          const [quote] = await tx.query<{ id: number }>(
            `SELECT id FROM rr_status_events q WHERE q.case_number = $1 AND q.status = 'quote_waiting'
               AND NOT EXISTS (SELECT 1 FROM rr_status_events a WHERE a.case_number = $1 AND a.id > q.id AND a.status = ANY($2::text[]))
             ORDER BY id DESC LIMIT 1`,
            [caseNumber, [...QUOTE_ANSWERS]],
          );
          if (!quote) return { outcome: 'no-quote' };
          if (event.quoteEventId !== undefined && Number(quote.id) !== event.quoteEventId) return { outcome: 'no-quote', replaced: true };
          data = { ...data, quoteEventId: Number(quote.id) };
        }
        if (event.file) {
          const id = randomUUID();
          const f = event.file;
          await tx.query(
            `INSERT INTO rr_files (id, case_number, part, name, size, type, declared_type, sha256, storage_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [id, caseNumber, f.part, f.name, f.size, f.type, f.declaredType ?? null, f.sha256, f.storageKey],
          );
          data = { ...data, file: { id, name: f.name, type: f.type, size: f.size } };
        }
        const closing = CLOSING_STATUSES.includes(event.status);
        await tx.query(
          'UPDATE rr_cases SET status = $2, closed_at = CASE WHEN $3::boolean THEN now() ELSE NULL END WHERE case_number = $1',
          [caseNumber, event.status, closing],
        );
        return { outcome: 'added', event: await insertEvent(tx, caseNumber, event, data) };
      });
    },

    async issueAccessToken(caseNumber, ttlMs) {
      const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      await db.query(
        `INSERT INTO rr_access_tokens (token_hash, case_number, expires_at) VALUES ($1, $2, now() + ($3::bigint * interval '1 millisecond'))`,
        [hashOf(token), caseNumber, Math.round(ttlMs)],
      );
      return token;
    },

    async findCaseForCustomer(caseNumber, credential) {
      const rows = 'token' in credential
        ? await db.query('SELECT 1 FROM rr_access_tokens WHERE token_hash = $1 AND case_number = $2 AND expires_at > now()', [hashOf(credential.token), caseNumber])
        : await db.query('SELECT 1 FROM rr_cases WHERE case_number = $1 AND email = $2 AND erased_at IS NULL', [caseNumber, credential.email.trim().toLowerCase()]);
      return rows.length ? getCase(caseNumber) : undefined;
    },
  };
}
