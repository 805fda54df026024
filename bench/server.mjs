// `npm run bench:server`: the back end's figures (loopback only, bounded loops).
//
// 1. JSON repair requests: throughput and p50/p99 latency at 1, 16 and 64
//    concurrent clients, on PGlite (on disk) and on PostgreSQL.
// 2. Uploads: 20 concurrent 20 MB files, then 40 concurrent 25 MB files, to one
//    process (on PostgreSQL, then on PGlite, whose WASM heap is most of its
//    memory): its resident memory idle and at its peak (VmHWM), and the time.
// 3. Two processes on one PostgreSQL database, 50 concurrent posts with one
//    Idempotency-Key: cases stored, 409 answers retried, distinct case numbers.
//
// PostgreSQL: DATABASE_URL, else a throwaway server (scripts/postgres.mjs).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBin, startPostgres } from '../scripts/postgres.mjs';

const MB = 1024 * 1024;
const request = () => ({
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true },
  parts: { kind: 'component' },
  address: { returnAddress: { recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' } },
  submit: { termsAccepted: true },
});

async function worker(args) {
  const child = spawn(process.execPath, ['bench/server-worker.mjs', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => { out += c; const m = /PORT=(\d+)/.exec(out); if (m) resolve(m[1]); });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    peakRssMb: async () => Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    rssMb: async () => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.stdin.end(); }),
  };
}

const post = (url, body, headers = {}) => fetch(`${url}/api/repair-requests`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
});
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function throughput(url, clients, total) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < total) {
      next++;
      const t = performance.now();
      const response = await post(url, request(), { 'Idempotency-Key': crypto.randomUUID() });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`status ${response.status}`);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { clients, requests: total, perSecond: Math.round(total / seconds), p50: percentile(latencies, 50).toFixed(1), p99: percentile(latencies, 99).toFixed(1) };
}

async function uploads(url, count, sizeMb) {
  const bytes = new Uint8Array(sizeMb * MB);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  bytes.set(new TextEncoder().encode('\n%%EOF\n'), bytes.length - 7);
  const file = new File([bytes], 'receipt.pdf', { type: 'application/pdf' });
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: count }, async () => {
    const json = request();
    json.malfunction.proofOfPurchase = { name: 'receipt.pdf', size: file.size, type: file.type };
    const form = new FormData();
    form.append('request', JSON.stringify(json));
    form.append('proofOfPurchase', file, 'receipt.pdf');
    const response = await fetch(`${url}/api/repair-requests`, { method: 'POST', body: form });
    await response.arrayBuffer();
    return response.status;
  }));
  return { count, sizeMb, seconds: ((performance.now() - started) / 1000).toFixed(1), statuses: [...new Set(statuses)].join(',') };
}

let pg;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  if (!postgresBin()) throw new Error('Set DATABASE_URL or install postgresql.');
  pg = startPostgres();
  databaseUrl = pg.url;
}
const dataDir = await mkdtemp(join(tmpdir(), 'repair-request-bench-'));
try {
  console.log('## JSON requests (loopback, one process)');
  for (const [name, args] of [['PGlite (on disk)', ['--pglite', join(dataDir, 'pglite')]], ['PostgreSQL', ['--postgres', databaseUrl]]]) {
    const w = await worker(args);
    await throughput(w.url, 4, 40); // warm-up
    for (const clients of [1, 16, 64]) {
      const r = await throughput(w.url, clients, clients === 1 ? 200 : 640);
      console.log(`${name}: ${clients} clients, ${r.requests} requests: ${r.perSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
    }
    await w.stop();
  }

  console.log('\n## Uploads (one process)');
  for (const [store, args] of [['PostgreSQL', ['--postgres', databaseUrl]], ['PGlite (on disk)', ['--pglite', join(dataDir, 'pglite-uploads')]]]) for (const [count, size] of [[20, 20], [40, 25]]) {
    const w = await worker(args);
    const base = await w.rssMb();
    const r = await uploads(w.url, count, size);
    console.log(`${store}: ${count} × ${size} MB: ${r.seconds} s, answers ${r.statuses}, server RSS ${base.toFixed(0)} MB idle, peak ${(await w.peakRssMb()).toFixed(0)} MB`);
    await w.stop();
  }

  console.log('\n## Two processes, one PostgreSQL, 50 concurrent posts with one key');
  const [a, b] = await Promise.all([worker(['--postgres', databaseUrl]), worker(['--postgres', databaseUrl])]);
  const key = crypto.randomUUID();
  let conflicts = 0;
  const numbers = await Promise.all(Array.from({ length: 50 }, async (_, i) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await post(i % 2 ? a.url : b.url, request(), { 'Idempotency-Key': key });
      const body = await response.json();
      if (response.status !== 409) return body.caseNumber;
      conflicts++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('never completed');
  }));
  const list = await (await fetch(`${a.url}/api/cases?limit=500`, { headers: { Authorization: 'Bearer bench-staff-token' } })).json();
  const stored = list.cases.filter((c) => c.idempotencyKey === key).length;
  console.log(`cases stored with the key: ${stored}; distinct case numbers answered: ${new Set(numbers).size}; 409 answers retried: ${conflicts}`);
  await Promise.all([a.stop(), b.stop()]);
} finally {
  await rm(dataDir, { recursive: true, force: true });
  pg?.stop();
}
