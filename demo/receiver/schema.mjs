// The schema of the widget, loaded from its TypeScript source: esbuild bundles
// `src/schema/index.ts` (zod included) into one ES module, imported from a
// temporary file so stack traces stay readable. The bundle must not contain
// Lit: the schema entry point is meant for servers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../src/schema/index.ts', import.meta.url));

let loading;

/** The `schema` entry point's exports, bundled once per process. */
export function loadSchema() {
  loading ??= bundle().catch((error) => {
    loading = undefined; // let the next request try again
    throw error;
  });
  return loading;
}

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const lit = Object.keys(result.metafile.inputs).filter((input) => /(^|\/)node_modules\/(lit|lit-html|lit-element|@lit)\//.test(input));
  if (lit.length) throw new Error(`The schema entry point must not import Lit, but it bundles ${lit.join(', ')}.`);
  const dir = await mkdtemp(join(tmpdir(), 'repair-request-schema-'));
  try {
    const file = join(dir, 'schema.mjs');
    await writeFile(file, result.outputFiles[0].contents);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
