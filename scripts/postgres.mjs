// A throwaway PostgreSQL server for the tests and the bench: Debian's
// `postgresql` binaries, run as the `postgres` user when we are root, in a
// temporary folder, on a local port, with trust authentication (tests only).
//
//   node scripts/postgres.mjs start   → prints DATABASE_URL=… and the folder (for .ci/run)
//   node scripts/postgres.mjs stop <folder>
//   import { startPostgres } from './postgres.mjs'   → { url, stop() }
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest installed server's bin folder, or undefined. */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

const asRoot = process.getuid?.() === 0;
const run = (bin, tool, args) => execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe' });

/** Starts a server on `port` (default: a free one from 55432) and returns its URL and a `stop`. */
export function startPostgres({ port = 55432 + Math.floor(Math.random() * 1000) } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql), and DATABASE_URL is not set.');
  const dir = mkdtempSync(join(tmpdir(), 'repair-request-pg-'));
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
  run(bin, 'initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  run(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, stop: () => stopPostgres(dir) };
}

/** Stops the server started in `dir` and removes the folder. */
export function stopPostgres(dir) {
  const bin = postgresBin();
  try {
    if (bin) run(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const { url, dir: folder } = startPostgres();
    console.log(`DATABASE_URL=${url}`);
    console.log(`PG_DIR=${folder}`);
  } else if (command === 'stop' && dir) {
    stopPostgres(dir);
  } else {
    console.error('usage: node scripts/postgres.mjs start | stop <folder>');
    process.exit(2);
  }
}
