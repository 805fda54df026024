/**
 * `createPostgresStore`: the store on a PostgreSQL server (postgres.js), for
 * sites with several processes: they share idempotency keys and case numbers
 * through the database's constraints and transactions.
 */
import type { Db } from './db.js';
import { createSqlStore } from './sql-store.js';
import type { RepairStore } from './types.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`; default `process.env.DATABASE_URL`. */
  connectionString?: string | undefined;
  /** Connections in the pool (default 10). */
  max?: number | undefined;
}

/** A `RepairStore` on PostgreSQL (`postgres`, an optional peer dependency). */
export async function createPostgresStore({ connectionString = process.env.DATABASE_URL, max = 10 }: PostgresStoreOptions = {}): Promise<RepairStore> {
  if (!connectionString) throw new Error('createPostgresStore needs a connectionString (or DATABASE_URL).');
  const { default: postgres } = await import('postgres');
  const sql = postgres(connectionString, { max, onnotice: () => {} });
  const db: Db = {
    query: (text, params = []) => sql.unsafe(text, params as never[]) as never,
    transaction: (fn) => sql.begin((tx) => fn({ query: (text, params = []) => tx.unsafe(text, params as never[]) as never })) as never,
    exec: async (text) => { await sql.unsafe(text); },
    close: () => sql.end({ timeout: 5 }),
  };
  return createSqlStore(db);
}
