/**
 * `createPgliteStore`: the store on embedded PostgreSQL (PGlite, WASM): no
 * server to install, one process. The default for the demo and a small site.
 */
import type { Db } from './db.js';
import { createSqlStore } from './sql-store.js';
import type { RepairStore } from './types.js';

export interface PgliteStoreOptions {
  /**
   * The data directory (created if missing); keep it outside any folder a web
   * server serves. `memory://` (the default) keeps everything in memory: tests.
   */
  dataDir?: string | undefined;
}

/** A `RepairStore` on PGlite (`@electric-sql/pglite`, an optional peer dependency). */
export async function createPgliteStore({ dataDir = 'memory://' }: PgliteStoreOptions = {}): Promise<RepairStore> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create(dataDir);
  const db: Db = {
    query: async (sql, params) => (await pg.query(sql, params)).rows as never,
    transaction: (fn) => pg.transaction((tx) => fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never })),
    exec: async (sql) => { await pg.exec(sql); },
    close: () => pg.close(),
  };
  return createSqlStore(db);
}
