// The back end's tests (test/server/*.test.ts, and *.test.mjs as they are) in Node, with those of the
// project's Node tools (test/scripts/*.test.mjs): esbuild compiles each TypeScript
// file (packages stay imports), `node:test` runs them one file at a time, and
// the last line is `N passed, N failed`. Tests that need PostgreSQL read
// DATABASE_URL; when it is unset and PostgreSQL is installed, a throwaway
// server is started for the run (scripts/postgres.mjs); when neither, those
// tests fail: nothing is skipped.
//
//   node scripts/test-server.mjs [test/server/some.test.ts …]
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { postgresBin, startPostgres } from './postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'node_modules', '.cache', 'repair-request-server-tests');
const args = process.argv.slice(2);
const testsIn = (dir) => readdirSync(join(root, dir)).filter((f) => /\.test\.m?[jt]s$/.test(f)).sort().map((f) => join(root, dir, f));
// test/scripts/: the tests of the project's own Node tools (plain JavaScript, as those tools are).
const all = args.length ? args.map((f) => resolve(f)) : [...testsIn('test/server'), ...testsIn('test/scripts')];
// TypeScript files are compiled; plain JavaScript ones (which may locate the project
// from their own path) run where they are.
const entries = all.filter((f) => f.endsWith('.ts'));
const plain = all.filter((f) => !f.endsWith('.ts'));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: entries, outdir, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20',
  sourcemap: 'inline', outExtension: { '.js': '.mjs' }, logLevel: 'warning',
});
const files = [
  ...entries.map((e) => join(outdir, e.slice(join(root, 'test/server').length + 1).replace(/\.ts$/, '.mjs'))),
  ...plain,
];

let postgres;
if (!process.env.DATABASE_URL && postgresBin()) {
  postgres = startPostgres();
  process.env.DATABASE_URL = postgres.url;
  console.log(`(a throwaway PostgreSQL for the tests: ${postgres.url})`);
}

let passed = 0;
let failed = 0;
try {
  await new Promise((done, fail) => {
    const stream = run({ files, concurrency: 1, timeout: 120_000 });
    stream.on('test:pass', (data) => { if (data.details?.type !== 'suite') passed++; });
    stream.on('test:fail', (data) => { if (data.details?.type !== 'suite') failed++; });
    stream.compose(spec).pipe(process.stdout);
    stream.on('end', done);
    stream.on('error', fail);
  });
} finally {
  postgres?.stop();
}
console.log(`\nServer tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
