// `npm run size -- --breakdown` (scripts/size-breakdown.mjs): every byte of a
// built chunk is attributed to the source it came from, through the chunk's
// source map, and through a package's own maps in an integrator's build.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { breakdown, piecesBySource } from '../../scripts/size-breakdown.mjs';

const STYLES = `export const styles = \`
  .field { display: grid; gap: 0.5rem; }
  .error-message { color: #b00020; font-weight: 600; }
\`;
`;
const FORM = `import { styles } from './styles.js';
export function render(errors) {
  return errors.map((e) => 'Error: ' + e.toUpperCase()).join('\\n') + styles;
}
`;

describe('the size breakdown', () => {
  let tmp;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'size-breakdown-'));
    mkdirSync(join(tmp, 'src'));
    writeFileSync(join(tmp, 'src/styles.js'), STYLES);
    writeFileSync(join(tmp, 'src/form.js'), FORM);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('attributes every byte of a chunk to its sources, a multi-line template literal to the file that holds it', async () => {
    await build({ entryPoints: [join(tmp, 'src/form.js')], outfile: join(tmp, 'out/entry.js'), bundle: true, format: 'esm', sourcemap: true, logLevel: 'silent' });
    const code = readFileSync(join(tmp, 'out/entry.js'), 'utf8');
    const pieces = piecesBySource(code, JSON.parse(readFileSync(join(tmp, 'out/entry.js.map'), 'utf8')));
    const styles = [...pieces].find(([source]) => source.endsWith('src/styles.js'))[1].join('');
    assert.match(styles, /\.error-message \{ color: #b00020; font-weight: 600; \}/);
    assert.doesNotMatch([...pieces].find(([source]) => source.endsWith('src/form.js'))[1].join(''), /error-message/);

    const { sources, raw } = breakdown(join(tmp, 'out'), ['entry.js']);
    assert.equal(raw, Buffer.byteLength(code));
    assert.equal(sources.reduce((sum, r) => sum + r.raw, 0), raw, 'the sources add up to the chunk');
    assert.deepEqual(sources.map((r) => r.name).filter((n) => n.startsWith('src/')).sort(), ['src/form.js', 'src/styles.js']);
  });

  it("follows a package's own source maps in an integrator's build back to the package's sources", async () => {
    // The package's chunk, built with its map, as the tarball ships it; the
    // integrator's bundler reads it without chaining that map (as Vite does).
    const dist = join(tmp, 'app/node_modules/repair-request/dist');
    await build({ entryPoints: [join(tmp, 'src/form.js')], outfile: join(dist, 'chunk.js'), bundle: true, format: 'esm', minify: true, sourcemap: true, logLevel: 'silent' });
    writeFileSync(join(dist, 'chunk.js'), readFileSync(join(dist, 'chunk.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*\n?$/, ''));
    writeFileSync(join(tmp, 'app/main.js'), `import { render } from './node_modules/repair-request/dist/chunk.js';\nconsole.log(render(['too short']));\n`);
    await build({ entryPoints: [join(tmp, 'app/main.js')], outfile: join(tmp, 'app/out/index.js'), bundle: true, format: 'esm', sourcemap: true, logLevel: 'silent' });

    const { sources, raw } = breakdown(join(tmp, 'app/out'), ['index.js']);
    const names = sources.map((r) => r.name);
    assert.ok(names.includes('src/form.js') && names.includes('src/styles.js'), `the package's sources: ${names.join(', ')}`);
    assert.ok(!names.some((n) => n.includes('chunk.js')), 'no byte is left to the package\'s built chunk');
    assert.equal(sources.reduce((sum, r) => sum + r.raw, 0), raw);
  });
});
