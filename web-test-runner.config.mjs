import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createReceiver } from './demo/receiver.mjs';
import { chunkFaults } from './test/support/chunk-faults.mjs';
import { fileChooserPlugin } from './test/support/file-chooser.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// The back end (`repair-request/server` through the Node adapter), at the same
// origin as the tests: PGlite in memory and fault injection (/api/__faults).
const receiver = createReceiver({ testing: true, log: false });

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Chromium's
 * forced-colours emulation (Windows High Contrast), which `emulateMedia` does
 * not pass on to puppeteer. One DevTools session per test page holds it.
 */
const forcedColorsSessions = new Map();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    let cdp = forcedColorsSessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      forcedColorsSessions.set(session.id, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};

/**
 * `executeServerCommand('accessibility-tree')`: Chromium's accessibility tree of
 * the test page, flattened to `{ role, name, description }` nodes, as assistive
 * technology reads names and descriptions (through shadow roots).
 */
const accessibilityTreePlugin = {
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const flatten = (node) => [
      { role: node.role, name: node.name ?? '', description: node.description ?? '' },
      ...(node.children ?? []).flatMap(flatten),
    ];
    const root = await session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: true });
    return root ? flatten(root) : [];
  },
};

export default {
  // test/server/ runs in Node (scripts/test-server.mjs).
  files: ['test/**/*.test.ts', '!test/server/**'],
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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin, accessibilityTreePlugin, fileChooserPlugin],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  testFramework: { config: { timeout: 20000 } },
  // The runner's own page, plus test/support/reportable-failures.ts: a failed assertion that compares elements is
  // reported as a failure, instead of stopping its test file until `testsFinishTimeout` (see that file).
  testRunnerHtml: (testFramework) => `<!DOCTYPE html><html><head></head><body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/support/reportable-failures.ts"></script>
  </body></html>`,
};
