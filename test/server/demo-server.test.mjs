// `npm start` (demo/server.mjs) over HTTP: what its receiver stores is kept out of
// the project and cannot be fetched by any path, and it listens on 127.0.0.1.
// Run by scripts/test-server.mjs (part of `npm test`), as it is (not compiled).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
/** A string only the stored data holds (not their names): if an answer contains it, the data leaked. */
const MARKER = `Leak-Marker-${process.pid}-${Date.now()}`;

/** Starts `node demo/server.mjs` with `env`; resolves with its origin once it listens. */
function startDemo(env) {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    cwd: PROJECT, env: { ...process.env, PORT: '0', HOST: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const origin = output.match(/demo pages: (http:\/\/[^/\s]+)\/demo\//)?.[1];
      if (origin) resolve(origin);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`the demo server exited (${code}):\n${output}`)));
  });
  return { child, listening, output: () => output };
}

/** A GET with the path sent exactly as written (no URL normalisation). */
function getRaw(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

const PDF = `%PDF-1.4\n% ${MARKER}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;

const repairRequest = (file) => ({
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: {
    serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true,
    proofOfPurchase: { name: file.name, size: file.size, type: file.type },
  },
  parts: { kind: 'component' },
  address: {
    returnAddress: { recipient: `Camille ${MARKER}`, line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' },
    email: 'camille@example.com',
  },
  submit: { termsAccepted: true },
});

describe('the demo server (npm start)', () => {
  let home;
  let demo;
  let origin;
  let all;
  let stored;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), 'repair-request-demo-home-'));
    // No REPAIR_REQUEST_DATA_DIR: the default location, under XDG_DATA_HOME.
    demo = startDemo({ XDG_DATA_HOME: home, REPAIR_REQUEST_DATA_DIR: '' });
    origin = await demo.listening;
    const file = new File([PDF], 'receipt.pdf', { type: 'application/pdf' });
    const form = new FormData();
    form.append('request', JSON.stringify(repairRequest(file)));
    form.append('proofOfPurchase', file, file.name);
    const res = await fetch(`${origin}/api/repair-requests`, { method: 'POST', body: form, headers: { 'Idempotency-Key': MARKER } });
    assert.equal(res.status, 201, `the demo receiver stores a case: ${await res.text()}`);
    all = await filesUnder(join(home, 'repair-request-demo'));
    // The files that hold what was sent (the upload, the database's pages and log).
    stored = [];
    for (const f of all) if ((await readFile(f, 'latin1')).includes(MARKER)) stored.push(f);
  });

  after(async () => {
    if (demo && demo.child.exitCode === null) {
      demo.child.kill('SIGTERM');
      await new Promise((resolve) => demo.child.once('exit', resolve));
    }
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 unless HOST says otherwise', () => {
    assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('stores in ${XDG_DATA_HOME}/repair-request-demo, outside the project', async () => {
    const names = all.map((f) => relative(join(home, 'repair-request-demo'), f));
    assert.ok(names.includes('db/PG_VERSION'), 'the database (PGlite) is stored there');
    const uploads = names.filter((n) => n.startsWith('files/'));
    assert.equal(uploads.length, 1, `the file is stored: ${uploads.join(', ')}`);
    assert.equal(await readFile(join(home, 'repair-request-demo', uploads[0]), 'latin1'), PDF);
    assert.ok(stored.length > 1, 'the case is stored too');
  });

  it('serves no stored file by any path', async () => {
    const dataDir = join(home, 'repair-request-demo');
    assert.ok(stored.length >= 2, 'the upload and the database hold what was sent');
    const paths = [];
    for (const file of stored) {
      const rel = relative(dataDir, file).split('\\').join('/');
      const abs = file.split('\\').join('/');
      const name = rel.split('/').pop();
      paths.push(
        `/@fs${abs}`, `/@fs${abs}?raw`, `/@fs${abs}?import&raw`, `/@fs${abs}?url`, `/@fs/${abs}`, `${abs}`,
        `/@fs${encodeURI(abs).replaceAll('.', '%2e')}`,
        `/demo/.data/${rel}`, `/.data/${rel}`, `/demo/${rel}`, `/${rel}`, `/${name}`, `/demo/${name}`,
        `/demo/../../../../../..${abs}`, `/demo/..%2f..%2f..%2f..%2f..%2f..%2f..${abs}`,
      );
    }
    const leaks = [];
    for (const path of paths) {
      const { status, body } = await getRaw(origin, path);
      if (body.includes(MARKER)) leaks.push(`${path} → ${status}`);
    }
    assert.deepEqual(leaks, [], 'no path answers with stored data');
  });

  it('refuses to start with a data folder inside the project', async () => {
    const inside = startDemo({ REPAIR_REQUEST_DATA_DIR: join(PROJECT, 'demo', '.data') });
    inside.listening.catch(() => {}); // it never listens
    const code = await new Promise((resolve) => inside.child.once('exit', resolve));
    assert.notEqual(code, 0);
    assert.match(inside.output(), /inside the project/);
  });
});
