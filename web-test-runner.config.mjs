import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from './demo/receiver.mjs';
import { chunkFaults } from './test/support/chunk-faults.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// The reference receiver, at the same origin as the tests: fresh data in a
// temporary folder (removed on exit) and fault injection (/api/__faults).
const dataDir = mkdtempSync(join(tmpdir(), 'repair-request-receiver-'));
process.env.REPAIR_REQUEST_DATA_DIR = dataDir;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
const receiver = createReceiver({ dataDir, testing: true, log: false });

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [
    // Lazily loaded code that fails to download (/api/__chunk-faults).
    chunkFaults(),
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
