// `npm run test:pack`: the package as a customer gets it. Packs it (`npm pack`,
// which builds it first), installs the tarball in a fresh project in a
// temporary folder beside Vite and React, and there:
//
// 1. imports `repair-request`, `repair-request/schema` and `repair-request/server` in plain Node;
// 2. type-checks a file that uses the element's, the events' and the React
//    wrapper's types (`HTMLElementTagNameMap`, `HTMLElementEventMap`, `on…` props),
//    then, each with `tsc --noEmit`, templates that use `<repair-request>` in
//    React 19 JSX (`repair-request/jsx/react`), Preact JSX
//    (`repair-request/jsx/preact`) and Vue (`repair-request/vue`): typed
//    properties and events, and a property of the wrong type that must not compile;
// 3. builds three pages with Vite and opens them in headless Chromium:
//    - the element imported through a bundler, with the `schema`, `schema.json`
//      and `custom-elements.json` entries: the first step shows, Next loads the
//      Malfunction step's chunk, `lang="fr"` loads the French messages;
//    - the React wrapper: properties and the `onStepChange` prop;
//    - the self-contained build from one `<script type="module">` tag
//      (`dist/cdn/`, not bundled), in French.
//
// Slow (an `npm install`, from the npm cache when it can): not part of `npm test`.
// Set KEEP_PACK_TEST=1 to keep the temporary folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (what) => console.log(`[${seconds()}] ${what}`);
const run = (cmd, args, cwd, quiet = true) =>
  execFileSync(cmd, args, { cwd, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

const tmp = mkdtempSync(join(tmpdir(), 'repair-request-pack-'));
const app = join(tmp, 'app');
let browser;
let server;
try {
  step('npm pack (builds the package)');
  run('npm', ['pack', '--pack-destination', tmp, '--silent'], root, false);
  const tarball = join(tmp, `${pkg.name}-${pkg.version}.tgz`);
  if (!existsSync(tarball)) throw new Error(`npm pack wrote no ${tarball}`);
  step(`packed ${(statSync(tarball).size / 1024).toFixed(0)} KB`);

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
  step('npm install the tarball, vite, react, react-dom, @types/react, preact, vue');
  run('npm', [
    'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball,
    `vite@${versionOf('vite')}`, `react@${versionOf('react')}`, `react-dom@${versionOf('react')}`,
    `@types/react@${versionOf('@types/react')}`, 'preact@^10', 'vue@^3.5',
  ], app);

  step('import in Node');
  const nodeOut = run('node', ['--input-type=module', '-e', `
    const { RepairRequestElement } = await import('repair-request');
    const { createServerSchema } = await import('repair-request/schema');
    const { createRepairHandler, toNodeHandler, createPostgresStore } = await import('repair-request/server');
    if (typeof RepairRequestElement !== 'function' || typeof createServerSchema !== 'function') process.exit(1);
    if (typeof createRepairHandler !== 'function' || typeof toNodeHandler !== 'function' || typeof createPostgresStore !== 'function') process.exit(1);
    console.log(createServerSchema().safeParse({}).success);`], app);
  if (nodeOut.trim() !== 'false') throw new Error(`Node import: unexpected output ${nodeOut}`);

  step('the manifest names files the package ships');
  const installed = join(app, 'node_modules', pkg.name);
  const shippedManifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
  for (const mod of shippedManifest.modules) {
    for (const path of [mod.path, ...(mod.exports ?? []).map((e) => e.declaration.module)]) {
      expect(existsSync(join(installed, path)), `custom-elements.json names ${path}, which the package ships`);
    }
  }

  step('type-check against the installed types');
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: true, types: [], jsx: 'react-jsx',
    },
    include: ['types.ts'],
  }, null, 2));
  writeFileSync(join(app, 'types.ts'), `
import type { RepairRequestElement, RepairConfigInput, StepId } from 'repair-request';
import { RepairRequest, type RepairRequestProps } from 'repair-request/react';
import { createServerSchema, type RepairRequestPayload } from 'repair-request/schema';

const el: RepairRequestElement = document.createElement('repair-request');
el.endpoint = '/api/repair-requests';
const brand = { name: 'Packtest', servicePlan: 'Packtest Care', expressService: 'Packtest Express' };
// README's Angular example types its field with the input type, which takes a partial override.
const angularConfig: RepairConfigInput = { brand };
el.config = angularConfig;
el.addEventListener('repair-request-success', (e) => e.detail.caseNumber.toUpperCase());
el.addEventListener('repair-request-step-change', (e) => { const step: StepId = e.detail.step; return step; });
// @ts-expect-error: the success event's detail is typed
el.addEventListener('repair-request-success', (e) => e.detail.notAField);
const props: RepairRequestProps = { endpoint: '/x', config: { brand }, onSuccess: (e) => e.detail.caseNumber, onError: (e) => e.detail.reason };
// @ts-expect-error: on… props get typed events
const wrong: RepairRequestProps = { onStepChange: (e) => e.detail.caseNumber };
const payload: RepairRequestPayload | undefined = createServerSchema().safeParse({}).data;
export { RepairRequest, props, wrong, payload };
`);
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);

  step('type-check <repair-request> in React 19 JSX, Preact JSX and Vue');
  await frameworkTypes(app);

  step('vite build');
  writeFileSync(join(app, 'vite.config.js'), `export default { build: { rollupOptions: { input: ['index.html', 'react.html'] } } };\n`);
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundled</title>
<repair-request endpoint="/api/repair-requests"></repair-request>
<script type="module" src="./main.js"></script></html>\n`);
  writeFileSync(join(app, 'main.js'), `import { RepairRequestElement } from 'repair-request';
import { createServerSchema } from 'repair-request/schema';
import jsonSchema from 'repair-request/schema.json';
import manifest from 'repair-request/custom-elements.json';
window.entries = {
  element: customElements.get('repair-request') === RepairRequestElement,
  schema: createServerSchema().safeParse({}).success === false,
  jsonSchema: jsonSchema.type === 'object',
  manifest: manifest.modules.flatMap((m) => m.declarations ?? []).some((d) => d.tagName === 'repair-request'),
};
`);
  writeFileSync(join(app, 'react.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>react</title>
<div id="root"></div><script type="module" src="./react.js"></script></html>\n`);
  writeFileSync(join(app, 'react.js'), `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RepairRequest } from 'repair-request/react';
import { defaultConfig } from 'repair-request/schema';
window.steps = [];
createRoot(document.getElementById('root')).render(createElement(RepairRequest, {
  endpoint: '/api/repair-requests',
  // Another brand keeps the default vendor's data only when given on purpose.
  config: { ...defaultConfig, brand: { name: 'Packtest', servicePlan: 'Packtest Care', expressService: 'Packtest Express' } },
  onStepChange: (e) => window.steps.push(e.detail.step),
}));
`);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], app);
  const dist = join(app, 'dist');
  writeFileSync(join(dist, 'cdn.html'), `<!doctype html><html lang="fr"><meta charset="utf-8"><link rel="icon" href="data:,"><title>cdn</title>
<script type="module" src="/cdn/repair-request.js"></script>
<repair-request endpoint="/api/repair-requests"></repair-request></html>\n`);

  server = await serve({ '/cdn/': join(app, 'node_modules/repair-request/dist/cdn'), '/': dist });
  const base = `http://127.0.0.1:${server.address().port}`;
  step(`Chromium on ${base}`);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });

  await check(browser, `${base}/index.html`, 'bundled element', async (page, requests) => {
    const entries = await page.evaluate(() => window.entries);
    for (const [entry, ok] of Object.entries(entries)) if (!ok) throw new Error(`entry ${entry} failed`);
    await heading(page, 'Your device');
    await completeDevice(page);
    await heading(page, 'Malfunction');
    expect(requests.some((url) => /malfunction-step-[\w-]+\.js$/.test(url)), 'the Malfunction step chunk was loaded');
    await page.evaluate(() => document.querySelector('repair-request').setAttribute('lang', 'fr'));
    await heading(page, 'Dysfonctionnement');
    expect(requests.some((url) => /locale-fr-[\w-]+\.js$/.test(url)), 'a French locale chunk was loaded');
  });

  await check(browser, `${base}/react.html`, 'React wrapper', async (page) => {
    await heading(page, 'Your device');
    expect(await page.evaluate(() => document.querySelector('repair-request').config.brand.name) === 'Packtest', 'config is set as a property');
    await completeDevice(page);
    await heading(page, 'Malfunction');
    const steps = await page.evaluate(() => window.steps);
    expect(JSON.stringify(steps) === '["malfunction"]', `onStepChange got the step change (${JSON.stringify(steps)})`);
  });

  await check(browser, `${base}/cdn.html`, 'self-contained build, one script tag', async (page) => {
    await heading(page, 'Votre appareil');
    expect(await page.evaluate(() => typeof customElements.get('repair-request') === 'function'), 'the element is defined');
  });

  step(`passed`);
} finally {
  await browser?.close();
  server?.close();
  if (process.env.KEEP_PACK_TEST) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

/**
 * Each framework's typings, checked with `tsc --noEmit` in its own project: a
 * valid use compiles, and each `@ts-expect-error` line (a property of the wrong
 * type, a misread event detail) must be an error, or tsc fails on the unused
 * directive.
 */
async function frameworkTypes(app) {
  const tsc = (project) => {
    try {
      run('node', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', project], app);
    } catch (error) {
      throw new Error(`${project}: ${error.stdout || error.message}`);
    }
  };
  const project = (name, include, jsxImportSource) => writeFileSync(join(app, name), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: false, types: [],
      ...(jsxImportSource ? { jsx: 'react-jsx', jsxImportSource } : {}),
    },
    include: [include],
  }, null, 2));
  const jsx = (framework) => `
import type {} from 'repair-request/jsx/${framework}';
import type { RepairRequestErrorEvent } from 'repair-request';

const brand = { name: 'Packtest', servicePlan: 'Packtest Care', expressService: 'Packtest Express' };
export const ok = (
  <repair-request endpoint="/api/repair-requests" lang="fr" maxAttempts={3} max-attempts={2} persist="local"
    config={{ brand }} ownedProducts={[{ model: 'mavic-mini', serial: '08QDE8E0010001' }]}
    onrepair-request-success={(e) => e.detail.caseNumber.toUpperCase()}
    onrepair-request-error={(e: RepairRequestErrorEvent) => e.detail.willRetry}
    onrepair-request-step-change={(e) => e.detail.step === 'address'} />
);
// @ts-expect-error: maxAttempts is a number
export const wrongType = <repair-request maxAttempts="three" />;
// @ts-expect-error: persist is 'session', 'local' or 'none'
export const wrongValue = <repair-request persist="forever" />;
// @ts-expect-error: config has no such key
export const wrongConfig = <repair-request config={{ colour: 'red' }} />;
// @ts-expect-error: the success event's detail has no such field
export const wrongDetail = <repair-request onrepair-request-success={(e) => e.detail.notAField} />;
`;
  writeFileSync(join(app, 'react-jsx.tsx'), jsx('react'));
  project('tsconfig.react-jsx.json', 'react-jsx.tsx', 'react');
  tsc('tsconfig.react-jsx.json');
  writeFileSync(join(app, 'preact-jsx.tsx'), jsx('preact'));
  project('tsconfig.preact-jsx.json', 'preact-jsx.tsx', 'preact');
  tsc('tsconfig.preact-jsx.json');
  writeFileSync(join(app, 'vue-types.ts'), `
import type { GlobalComponents } from 'vue';
import type {} from 'repair-request/vue';

type Props = InstanceType<GlobalComponents['repair-request']>['$props'];
export const ok: Props = {
  endpoint: '/api/repair-requests', maxAttempts: 3, persist: 'session',
  config: { brand: { name: 'Packtest', servicePlan: 'Packtest Care', expressService: 'Packtest Express' } },
  onRepairRequestSuccess: (e) => e.detail.caseNumber.toUpperCase(),
  onRepairRequestStepChange: (e) => e.detail.step === 'address',
};
// @ts-expect-error: maxAttempts is a number
export const wrongType: Props = { maxAttempts: 'three' };
// @ts-expect-error: the success event's detail has no such field
export const wrongDetail: Props = { onRepairRequestSuccess: (e) => e.detail.notAField };
`);
  project('tsconfig.vue.json', 'vue-types.ts');
  tsc('tsconfig.vue.json');
}

function expect(condition, what) {
  if (!condition) throw new Error(`expected: ${what}`);
}

/** Opens `url`, runs `body`, and fails on any page error, console error or failed request. */
async function check(browser, url, name, body) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await body(page, requests);
  } catch (error) {
    problems.unshift(error.message);
  }
  await page.close();
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  step(`✓ ${name}`);
}

/** Waits for the visible step's `<h2>` (inside the widget's nested shadow roots) to read `text`. */
async function heading(page, text) {
  await page.waitForFunction((text) => {
    const roots = (root) => [root, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => roots(e.shadowRoot))];
    const host = document.querySelector('repair-request');
    return !!host?.shadowRoot && roots(host.shadowRoot).some((r) => [...r.querySelectorAll('h2')].some((h) => h.textContent.trim() === text));
  }, { timeout: 15000 }, text);
}

/** Answers the Device step (Europe, France, by model, Mavic Mini) and presses Next. */
async function completeDevice(page) {
  await page.evaluate(async () => {
    const host = document.querySelector('repair-request');
    const roots = (root) => [root, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => roots(e.shadowRoot))];
    const find = async (selector) => {
      for (let i = 0; i < 100; i++) {
        const found = roots(host.shadowRoot).map((r) => r.querySelector(selector)).find(Boolean);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${selector}`);
    };
    const choose = async (name, value) => {
      const select = await find(`select[name="${name}"]:has(option[value="${value}"])`);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await choose('device.zone', 'europe');
    await choose('device.country', 'FR');
    (await find('input[name="device.identifiedBy"][value="model"]')).click();
    await choose('device.model', 'mavic-mini');
    (await find('[part~="next-button"]')).click();
  });
}

/** A static file server: the longest matching prefix of `mounts` wins. */
function serve(mounts) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const httpServer = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const file = normalize(join(mounts[prefix], path.slice(prefix.length)));
    if (!file.startsWith(mounts[prefix]) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => httpServer.listen(0, '127.0.0.1', () => done(httpServer)));
}
