/**
 * Shared by the back end's tests: the stores to run each test against
 * (PGlite in memory, and the PostgreSQL server of DATABASE_URL; missing, it
 * is a failure, not a skip).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createFileSystemFileStore, createPgliteStore, createPostgresStore, type RepairStore } from '../../src/server/index.js';

export interface StoreKind {
  name: string;
  open(): Promise<RepairStore>;
}

/** A fresh schema per store, so tests on one server never see each other's rows. */
async function postgresInFreshSchema(): Promise<RepairStore> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the PostgreSQL tests need a server (see scripts/postgres.mjs).');
  const { default: postgres } = await import('postgres');
  const schema = `t_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const withSchema = new URL(url);
  withSchema.searchParams.set('search_path', schema);
  return createPostgresStore({ connectionString: withSchema.toString(), max: 5 });
}

export const STORES: StoreKind[] = [
  { name: 'PGlite', open: () => createPgliteStore() },
  { name: 'PostgreSQL', open: postgresInFreshSchema },
];

/** A temporary folder removed after the file's tests. */
export async function tempDir(prefix = 'repair-request-test-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A file store in a temporary folder. */
export const tempFileStore = async () => createFileSystemFileStore({ dir: await tempDir() });
