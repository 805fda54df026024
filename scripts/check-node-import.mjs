// `npm run check:node` (and `npm test`, with `--build`): the built package in
// plain Node, without a DOM, imported by its own name through the `exports` map.
//
// - `repair-request/schema` imports zod and nothing else (no Lit), never names
//   `document` or `window`, and runs while any DOM global throws when touched.
// - `repair-request/schema.json` is the JSON Schema of an object payload.
// - `repair-request` (the element) and `repair-request/react` import without
//   throwing (Lit's `node` export condition brings its DOM shim), and the React
//   wrapper has an `on…` prop for every public `repair-request-*` event.
//
// `--build` runs `npm run build:dist` first (quietly, unless it fails).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const started = performance.now();
if (process.argv.includes('--build')) {
  try {
    execFileSync('npm', ['run', 'build:dist', '--silent'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error('npm run build:dist failed');
  }
}

const checks = [];
const check = async (name, fn) => {
  await fn();
  checks.push(name);
};

/** Every module `file` imports, statically or not: relative files followed, bare specifiers collected. */
function importGraph(file, seen = new Map()) {
  if (seen.has(file)) return seen;
  const code = readFileSync(file, 'utf8');
  seen.set(file, code);
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) importGraph(join(dirname(file), specifier), seen);
    else seen.set(`bare:${specifier}`, '');
  }
  return seen;
}

const DOM_GLOBALS = ['window', 'document', 'navigator', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage'];

/** Makes touching any DOM global throw, for the duration of `fn`. */
async function withoutDom(fn) {
  const saved = DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        throw new Error(`the schema entry touched \`${name}\``);
      },
    });
  }
  try {
    return await fn();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globalThis[name];
    }
  }
}

await check('schema entry: imports zod only, no Lit, no DOM names', () => {
  const graph = importGraph('dist/schema.js');
  const bare = [...graph.keys()].filter((k) => k.startsWith('bare:')).map((k) => k.slice(5));
  assert.deepEqual(bare.filter((s) => !/^zod(\/|$)/.test(s)), [], 'dist/schema.js imports only zod');
  for (const [file, code] of graph) {
    const dom = code.match(/\b(document|window)\b/);
    assert.equal(dom, null, `${file} names \`${dom?.[1]}\``);
  }
});

await check('schema entry: runs in Node with every DOM global throwing', () =>
  withoutDom(async () => {
    const schema = await import('repair-request/schema');
    assert.equal(typeof schema.createServerSchema, 'function');
    const result = schema.createServerSchema().safeParse({ device: {}, unknown: true });
    assert.equal(result.success, false);
    const { unknownFields } = schema.serverIssues(result.error.issues, {});
    assert.deepEqual(unknownFields, ['unknown']);
  }),
);

await check('schema.json: the JSON Schema of the payload', async () => {
  const { default: json } = await import('repair-request/schema.json', { with: { type: 'json' } });
  assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(json.type, 'object');
  assert.equal(json.additionalProperties, false);
  for (const step of ['device', 'malfunction', 'parts', 'address', 'submit']) assert.ok(json.properties[step], `has ${step}`);
});

const main = await import('repair-request');
await check('main entry: imports in Node and registers <repair-request>', () => {
  assert.equal(typeof main.RepairRequestElement, 'function');
  assert.equal(customElements.get('repair-request'), main.RepairRequestElement);
});

await check('react entry: an on… prop for every public event', async () => {
  const react = await import('repair-request/react');
  assert.equal(typeof react.RepairRequest, 'object', 'a React component (forwardRef)');
  const published = Object.values(main)
    .map((value) => value?.eventName)
    .filter((name) => typeof name === 'string' && name.startsWith('repair-request-'))
    .sort();
  assert.ok(published.length >= 4, `found the public events: ${published}`);
  assert.deepEqual(Object.values(react.eventProps).sort(), published);
  for (const prop of Object.keys(react.eventProps)) assert.match(prop, /^on[A-Z]/);
});

await check('server entry: a handler on PGlite answers a request', async () => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const server = await import('repair-request/server');
  const dir = await mkdtemp(join(tmpdir(), 'repair-request-check-'));
  const handler = server.createRepairHandler({
    store: server.createPgliteStore(), files: server.createFileSystemFileStore({ dir }), logger: false, retention: { intervalMs: 0 },
  });
  try {
    const response = await handler(new Request('http://localhost/api/repair-requests', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
    }));
    assert.equal(response.status, 422);
    assert.equal((await response.json()).type, server.PROBLEM_TYPES.validation);
  } finally {
    await handler.close();
    await rm(dir, { recursive: true, force: true });
  }
});

for (const name of checks) console.log(`  ✓ ${name}`);
console.log(`Node import checks passed (${((performance.now() - started) / 1000).toFixed(1)} s).`);
