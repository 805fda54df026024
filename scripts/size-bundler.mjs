// The first step as an integrator's bundler ships it: used by
// `npm run size -- --bundler` (scripts/size.mjs).
//
// Packs the package (`npm pack --ignore-scripts`, on the build just made),
// installs the tarball and Vite (the version of this project's devDependency,
// from the npm cache when it can) in a fresh app in a temporary folder, builds
// a page that only imports `repair-request` and holds one `<repair-request>`
// (Vite's defaults, source maps on for the breakdown), and returns the
// page's built entry and its static imports. Dependencies (Lit,
// `@lit/localize`, zod) come from the app's node_modules, as an integrator gets them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const viteVersion = JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version;

/**
 * Builds the integrator's app and calls `measure(dir, entry)` on its output
 * (`dir` holds the built JS, `entry` is the page's module script), then removes
 * the temporary folder (unless KEEP_SIZE_APP is set).
 */
export async function withBundledApp(measure) {
  const tmp = mkdtempSync(join(tmpdir(), 'repair-request-size-'));
  const app = join(tmp, 'app');
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  try {
    run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], root);
    const tarball = join(tmp, `${pkg.name}-${pkg.version}.tgz`);
    if (!existsSync(tarball)) throw new Error(`npm pack wrote no ${tarball}`);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'size-app', private: true, type: 'module' }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `vite@${viteVersion}`], app);
    writeFileSync(join(app, 'vite.config.js'), 'export default { build: { sourcemap: true } };\n');
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>size</title>
<repair-request endpoint="/api/repair-requests"></repair-request>
<script type="module" src="./main.js"></script></html>\n`);
    writeFileSync(join(app, 'main.js'), `import 'repair-request';\n`);
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    const entry = html.match(/<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/)?.[1];
    if (!entry) throw new Error(`no module script in the built page:\n${html}`);
    return await measure(join(app, 'dist/assets'), entry);
  } finally {
    if (process.env.KEEP_SIZE_APP) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}
