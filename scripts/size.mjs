// `npm run size`: builds for production and reports, in brotli bytes, the JS a
// page loads to show the first step in English (the entry and its static
// imports) and every lazy chunk. Fails when a budget is exceeded. It measures
// the self-contained build (`dist/cdn/`, Lit, @lit/localize and zod included),
// which is what a page loads; the bundler entry leaves those to the host's bundler.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_FIRST_STEP = 35 * 1024; // brotli
const BUDGET_LOCALE_PART = 6 * 1024; // gzip, each locale chunk
const BUDGET_STATUS = 20 * 1024; // brotli, <repair-status> in English (its own build, apart from the first step)

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const dist = 'dist/cdn';
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const code = Object.fromEntries(files.map((f) => [f, readFileSync(join(dist, f))]));
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** Static imports only: `import … from './x.js'` and `import './x.js'`, not `import('./x.js')`. */
const staticImports = (file) => [...code[file].toString().matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);

/** An entry with its static imports. */
function closure(entry) {
  const seen = new Set();
  const visit = (f) => { if (!seen.has(f) && code[f]) { seen.add(f); staticImports(f).forEach(visit); } };
  visit(entry);
  return seen;
}
const initial = closure('repair-request.js');
const statusInitial = closure('repair-status.js');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const firstStep = [...initial].reduce((sum, f) => sum + brotli(code[f]), 0);
console.log('\nFirst step (entry + static imports), brotli:');
for (const f of initial) console.log(`  ${f.padEnd(44)} ${kb(brotli(code[f])).padStart(9)}`);
console.log(`  ${'total'.padEnd(44)} ${kb(firstStep).padStart(9)}   budget ${kb(BUDGET_FIRST_STEP)}`);

const statusSize = [...statusInitial].reduce((sum, f) => sum + brotli(code[f]), 0);
console.log('\n<repair-status> (its own build: entry + static imports), brotli:');
for (const f of statusInitial) console.log(`  ${f.padEnd(44)} ${kb(brotli(code[f])).padStart(9)}`);
console.log(`  ${'total'.padEnd(44)} ${kb(statusSize).padStart(9)}   budget ${kb(BUDGET_STATUS)}`);

console.log('\nLazy chunks, brotli / gzip:');
const locales = [];
for (const f of files.filter((f) => !initial.has(f) && !statusInitial.has(f)).sort()) {
  const isLocale = /^(status-)?locale-/.test(f);
  console.log(`  ${f.padEnd(44)} ${kb(brotli(code[f])).padStart(9)} ${kb(gzip(code[f])).padStart(9)}`);
  if (isLocale) locales.push([f, gzip(code[f])]);
}

const failures = [];
if (firstStep > BUDGET_FIRST_STEP) failures.push(`first step is ${kb(firstStep)} brotli, over ${kb(BUDGET_FIRST_STEP)}`);
if (statusSize > BUDGET_STATUS) failures.push(`<repair-status> is ${kb(statusSize)} brotli, over ${kb(BUDGET_STATUS)}`);
for (const [f, size] of locales) if (size > BUDGET_LOCALE_PART) failures.push(`locale chunk ${f} is ${kb(size)} gzip, over ${kb(BUDGET_LOCALE_PART)}`);
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nWithin budget.');
