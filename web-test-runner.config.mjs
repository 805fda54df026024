import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createReceiver } from './demo/receiver.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// The back end (`repair-request/server` through the Node adapter), at the same
// origin as the tests: PGlite in memory and fault injection (/api/__faults).
const receiver = createReceiver({ testing: true, log: false });

export default {
  // test/server/ runs in Node (scripts/test-server.mjs).
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [
    async (ctx, next) => {
      if (!receiver.handles(ctx.path)) return next();
      ctx.respond = false;
      await receiver.handle(ctx.req, ctx.res);
      // A dropped connection (fault injection) sends no status: do not report it as a 404.
      if (!ctx.res.headersSent) ctx.res.statusCode = 499;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  testFramework: { config: { timeout: 20000 } },
};
