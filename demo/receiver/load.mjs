// The `server` entry point loaded from its TypeScript source, for the demo
// and the tests: esbuild bundles `src/server/index.ts` (packages stay
// imports) into one ES module, imported from a temporary file inside
// node_modules/.cache so its imports resolve. The published package uses the
// built `dist/server.js` instead.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let loading;

/** The `repair-request/server` exports, bundled once per process. */
export function loadServer() {
  loading ??= bundle().catch((error) => {
    loading = undefined; // let the next call try again
    throw error;
  });
  return loading;
}

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'src/server/index.ts')], bundle: true, packages: 'external', platform: 'node',
    format: 'esm', target: 'node20', write: false, logLevel: 'silent',
  });
  const cache = join(ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'repair-request-server-'));
  try {
    const file = join(dir, 'server.mjs');
    await writeFile(file, result.outputFiles[0].contents);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
