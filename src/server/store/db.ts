/**
 * The one thing PGlite and PostgreSQL must offer the store: parameterised
 * queries, a transaction, and running the migrations' SQL. Each driver is
 * wrapped in a few lines (pglite.ts, postgres.ts); the SQL is the same.
 */

/** A row as the driver returns it. */
export type Row = Record<string, unknown>;

/** A connection, or a transaction inside one. */
export interface Queryable {
  /** Runs one statement with `$1`, `$2`… parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A database the store can use. */
export interface Db extends Queryable {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by `;` (the migrations), without parameters. */
  exec(sql: string): Promise<void>;
  /** Closes the connection (or the pool). */
  close(): Promise<void>;
}

/** Whether an error is PostgreSQL's unique violation (SQLSTATE 23505), from either driver. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';
