/**
 * The production builds (`npm run build` runs them all):
 *
 * - `vite build`: the package entry point for bundlers, in `dist/`:
 *   `repair-request.js` (registers the element), its lazy chunks in `dist/chunks/`;
 *   then `vite build --mode lib`: the other entries, `repair-status.js`,
 *   `schema.js` (zod schemas, no Lit, no DOM) and `react.js` (the React wrapper,
 *   which imports `./repair-request.js`), sharing chunks in `dist/chunks/lib-*`.
 *   Dependencies (`lit`, `@lit/localize`, `@lit/react`, `react`, `zod`) stay
 *   imports, so the host's bundler installs and dedupes them.
 * - `vite build --mode cdn`: the self-contained build for a plain
 *   `<script type="module">`, in `dist/cdn/`: everything inlined, with later
 *   steps and locale parts as lazy chunks loaded by relative URL.
 *
 * The dev server (`npm start`) uses neither and serves `src/` directly.
 */
import { defineConfig } from 'vite';
import { templateWhitespace } from './scripts/template-whitespace.mjs';

/**
 * Names lazy chunks after what they hold (a language's core messages and the table of
 * its other parts: `locale-fr-<hash>.js`; its other parts: `locale-fr-steps-<hash>.js`).
 * The shorter name of the core chunk, the one the first chunk lists once per language,
 * takes 60 bytes (brotli) off the first step through an integrator's bundler.
 * The package's chunks for bundlers (`hash: false`) carry no hash: the version is
 * their cache key, and the integrator's bundler adds its own, so a hash here would
 * only lengthen every name in the loader tables it writes into the first chunk.
 */
function chunkName(chunk: { name: string; facadeModuleId: string | null }, hash = true) {
  const locale = chunk.facadeModuleId?.match(/generated\/locales\/([^/]+)\/([^/]+)\.ts$/);
  const suffix = hash ? '-[hash].js' : '.js';
  return locale ? `locale-${locale[1]}${locale[2] === 'index' ? '' : `-${locale[2]}`}${suffix}` : `[name]${suffix}`;
}

/** What a bundler installs beside the package: `dependencies` and `peerDependencies`. */
const external = (id: string) => /^(lit|@lit\/localize|@lit\/react|react|zod)(\/|$)/.test(id);

/**
 * In the `lib` build, the React wrapper imports the element's entry, built apart, by the
 * package's own name (a self-reference through `exports`), so the element is registered once.
 */
const widgetEntry = {
  name: 'repair-request-widget-entry',
  enforce: 'pre' as const,
  resolveId: (source: string, importer: string | undefined) =>
    source === '../index.js' && importer?.replaceAll('\\', '/').endsWith('/src/react/index.ts') ? { id: 'repair-request', external: true } : null,
};

/**
 * V8's explicit compile hint (Chromium 136+): a file that starts with this magic comment has all its
 * functions compiled eagerly, on the thread that streams it in, instead of one by one on the main thread
 * at their first call. Nearly all of `repair-request.js`'s functions run before the first step is painted
 * (Lit, the shell, the Device step), so it carries the hint: 6-7 ms less of main-thread compiling at 1×
 * (README, "Where the milliseconds go"). So does `<repair-status>`'s self-contained entry, now that the case view's
 * code is a lazy chunk: about 100 lazy compiles fewer on the main thread before its look-up form is painted. The lazy
 * chunks load after the first paint, so they do not.
 * Added once the bundle is written (`generateBundle`): minification would drop it as a comment, and rolldown's
 * `postBanner` puts a line (empty if need be) at the top of every chunk, changing their hashes. An integrator's
 * bundler drops it too; the package's file keeps it for a page that imports it unbundled.
 */
const compileHint = {
  name: 'repair-request-compile-hint',
  generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string; source?: string | Uint8Array }>) {
    for (const name of ['repair-request.js', 'repair-status.js']) {
      const entry = bundle[name];
      if (entry?.type !== 'chunk') continue;
      entry.code = `//# allFunctionsCalledOnLoad\n${entry.code}`;
      // Its source map: the code moved down one line.
      const map = bundle[`${name}.map`];
      if (map?.type === 'asset') {
        const json = JSON.parse(typeof map.source === 'string' ? map.source : new TextDecoder().decode(map.source));
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    }
  },
};

export default defineConfig(({ mode }) => {
  // `cdn-status`: <repair-status>'s own self-contained build, apart, so that
  // sharing chunks with it never changes what <repair-request> loads.
  const status = mode === 'cdn-status';
  const cdn = mode === 'cdn' || status;
  // `lib`: the package's other entries, apart from `repair-request.js` (the default build), so that
  // the element's first step is one file and an integrator's bundler does not split it into shared chunks.
  const lib = mode === 'lib';
  const entry: Record<string, string> = status
    ? { 'repair-status': 'src/status/index.ts' }
    : cdn
      ? { 'repair-request': 'src/index.ts' }
      : lib
        ? { 'repair-status': 'src/status/index.ts', schema: 'src/schema/index.ts', react: 'src/react/index.ts' }
        : { 'repair-request': 'src/index.ts' };
  const chunkDir = status ? 'status-' : cdn ? '' : lib ? 'chunks/lib-' : 'chunks/';
  return {
    plugins: lib ? [templateWhitespace(), widgetEntry] : [templateWhitespace(), compileHint],
    build: {
      target: 'es2022',
      sourcemap: true,
      minify: true,
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !status && !lib,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        external: cdn ? [] : external,
        // The element's entry may export more than its API (bindings its lazy chunks import), so its first step stays one file.
        preserveEntrySignatures: lib ? 'strict' : 'allow-extension',
        output: {
          minify: true,
          chunkFileNames: (chunk: Parameters<typeof chunkName>[0]) => chunkDir + chunkName(chunk, cdn),
          // The self-contained element: what the first step needs (Lit included) in the entry file itself. Left
          // alone, rolldown puts the modules the lazy chunks share with the entry (Lit) in a chunk of their own, which
          // the browser requests only once it has the entry: one more round trip before the first paint.
          ...(mode === 'cdn' ? { codeSplitting: { groups: [{ name: 'repair-request', tags: ['$initial' as const] }] } } : {}),
        },
      },
    },
  };
});
