/**
 * The `server` entry point's build (`dist/server.js`), for Node 20+: the back
 * end with the widget's schema bundled in; its dependencies (`zod`,
 * `@fastify/busboy`, `file-type`, the optional `@electric-sql/pglite`,
 * `postgres` and `nodemailer`) and Node's modules stay imports.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const external = (id: string) =>
  id.startsWith('node:') || builtinModules.includes(id) || /^(zod|@fastify\/busboy|file-type|@electric-sql\/pglite|postgres|nodemailer)(\/|$)/.test(id);

export default defineConfig({
  build: {
    target: 'node20',
    ssr: true,
    sourcemap: true,
    minify: false,
    emptyOutDir: false,
    outDir: 'dist',
    rollupOptions: {
      input: { server: 'src/server/index.ts' },
      external,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/server-[name]-[hash].js' },
    },
  },
});
