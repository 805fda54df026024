/**
 * The schema, as numbered migrations: each runs once, in order, in one
 * transaction, under an advisory lock so that several processes starting on
 * one database do not run it twice. Never edit a migration that shipped; add
 * the next one.
 */
import type { Db } from './db.js';

/** The migrations, by version. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE rr_cases (
  case_number text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now(),
  email text,
  request jsonb,
  status text NOT NULL DEFAULT 'received',
  closed_at timestamptz,
  erased_at timestamptz
);
CREATE INDEX rr_cases_email ON rr_cases (email);
CREATE INDEX rr_cases_closed ON rr_cases (closed_at);
CREATE TABLE rr_messages (
  id text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now(),
  email text,
  message jsonb
);
CREATE INDEX rr_messages_email ON rr_messages (email);
CREATE TABLE rr_files (
  id text PRIMARY KEY,
  case_number text REFERENCES rr_cases (case_number) ON DELETE CASCADE,
  message_id text REFERENCES rr_messages (id) ON DELETE CASCADE,
  part text NOT NULL,
  name text NOT NULL,
  size integer NOT NULL,
  type text NOT NULL,
  declared_type text,
  sha256 text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  CHECK ((case_number IS NULL) <> (message_id IS NULL))
);
CREATE TABLE rr_status_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number text NOT NULL REFERENCES rr_cases (case_number) ON DELETE CASCADE,
  status text NOT NULL,
  note text,
  author text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rr_status_events_case ON rr_status_events (case_number);
CREATE TABLE rr_idempotency_keys (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_progress', 'completed')),
  case_number text REFERENCES rr_cases (case_number) ON DELETE CASCADE,
  started_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK ((state = 'completed') = (case_number IS NOT NULL))
);
CREATE INDEX rr_idempotency_keys_expiry ON rr_idempotency_keys (expires_at);
`,
  },
  {
    // Issue 11: the customer follows the case. Access tokens are kept as SHA-256 hashes only.
    version: 2,
    sql: `
ALTER TABLE rr_cases ADD COLUMN locale text;
ALTER TABLE rr_status_events ADD COLUMN data jsonb;
ALTER TABLE rr_status_events ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX rr_status_events_key ON rr_status_events (case_number, idempotency_key);
CREATE TABLE rr_access_tokens (
  token_hash text PRIMARY KEY,
  case_number text NOT NULL REFERENCES rr_cases (case_number) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX rr_access_tokens_case ON rr_access_tokens (case_number);
`,
  },
  {
    // Issue 12: several file fields and photos per shot. Where the request's JSON describes each file.
    version: 3,
    sql: `
ALTER TABLE rr_files ADD COLUMN path text;
`,
  },
  {
    // Issue 12: files sent one by one before the case (POST {base}/uploads), bound to no case until a
    // case claims them. Only the SHA-256 of an upload's id (its capability) is kept.
    version: 4,
    sql: `
CREATE TABLE rr_uploads (
  id_hash text PRIMARY KEY,
  field text NOT NULL,
  name text NOT NULL,
  size integer NOT NULL,
  type text NOT NULL,
  declared_type text,
  sha256 text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  case_number text REFERENCES rr_cases (case_number) ON DELETE CASCADE
);
CREATE INDEX rr_uploads_expiry ON rr_uploads (expires_at) WHERE case_number IS NULL;
CREATE INDEX rr_uploads_case ON rr_uploads (case_number);
`,
  },
];

/** An arbitrary constant that names the migration lock. */
const LOCK = 7_310_051;

/** Brings the database to the latest version; safe to call from several processes at once. */
export async function migrate(db: Db): Promise<number> {
  await db.exec(`CREATE TABLE IF NOT EXISTS rr_migrations (
    version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`).catch(async (error) => {
    // Two processes creating the table at once: the loser sees a unique violation on the catalogue.
    if ((error as { code?: string }).code !== '23505' && (error as { code?: string }).code !== '42P07') throw error;
  });
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM rr_migrations')).map((r) => r.version));
    let latest = Math.max(0, ...done);
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO rr_migrations (version) VALUES ($1)', [migration.version]);
      latest = migration.version;
    }
    return latest;
  });
}
