import { defineConfig } from 'vite';

/** Names lazy chunks after what they hold (locale parts: `locale-fr-core-<hash>.js`). */
function chunkName(chunk: { name: string; facadeModuleId: string | null }) {
  const locale = chunk.facadeModuleId?.match(/generated\/locales\/([^/]+)\/([^/]+)\.ts$/);
  return locale ? `locale-${locale[1]}-${locale[2]}-[hash].js` : '[name]-[hash].js';
}

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'repair-request.js',
    },
    rollupOptions: { output: { minify: true, chunkFileNames: chunkName } },
  },
});
