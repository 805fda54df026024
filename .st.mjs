// Traces the case-status first view: navigation start → the paint of the look-up form's heading.
// Env: AB=status-A,status-B,plain-status (pages in /tmp/s14s/pages), RATE=4, N=runs, MODE=trace|none, DUMP=1, CPU=1
import { createReadStream, statSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const mounts = { '/A/': '/tmp/s14s/cdnA', '/B/': '/tmp/s14s/cdnB', '/C/': '/tmp/s14s/cdnC', '/bb/': '/tmp/s14s/pages' };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
  const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
  if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const probe = () => {
  const roots = () => {
    const out = [document];
    const visit = (r) => r.querySelectorAll('*').forEach((n) => { if (n.shadowRoot && !n.closest('[hidden]')) { out.push(n.shadowRoot); visit(n.shadowRoot); } });
    visit(document);
    return out;
  };
  const find = (selector) => { for (const r of roots()) { const n = r.querySelector(selector); if (n) return n; } return null; };
  const painted = (test) => new Promise((ok) => {
    const frame = () => {
      if (!test()) { requestAnimationFrame(frame); return; }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
  window.__bench = { statusView: painted(() => find('form.lookup h2')?.textContent?.trim() === 'Follow your repair') };
};

const RATE = Number(process.env.RATE ?? 4);
const N = Number(process.env.N ?? 5);
const MODE = process.env.MODE ?? 'trace';
const AB = (process.env.AB ?? 'status-A,status-B,plain-status').split(',');
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const med = (xs) => { const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b); return !s.length ? NaN : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const times = {}; const sumsBy = {}; const incl = {}; const selfAgg = {};
const maps = new Map();
const where = (cf) => {
  const m = cf.url?.startsWith(origin) ? (maps.has(cf.url) ? maps.get(cf.url) : (() => { let t = null; try { const p = cf.url.slice(origin.length); const pre = Object.keys(mounts).find((x) => p.startsWith(x)); t = new TraceMap(JSON.parse(readFileSync(join(mounts[pre], p.slice(pre.length)) + '.map', 'utf8'))); } catch {} maps.set(cf.url, t); return t; })()) : null;
  if (m && cf.lineNumber >= 0) { let p = {}; try { p = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber }); } catch {} if (p.source) return `${p.name ?? cf.functionName ?? '?'} ${p.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line}`; }
  return `${cf.functionName || '(anon)'} ${cf.url ? cf.url.split('/').pop() : ''}`;
};
for (let i = 0; i < N * AB.length; i++) {
  const page = AB[i % AB.length];
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width: 1024, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await tab.evaluateOnNewDocument(probe);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  if (MODE === 'trace') await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute,v8,disabled-by-default-v8.compile,toplevel,blink' + (process.env.CPU ? ',disabled-by-default-v8.cpu_profiler' : ''), transferMode: 'ReportEvents' });
  await tab.goto(`${origin}/bb/${page}.html`, { waitUntil: 'load' });
  const t = await tab.evaluate(() => window.__bench.statusView);
  (times[page] ??= []).push(t);
  if (MODE === 'trace') {
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end'); await done;
    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/bb/')) ?? events.find((e) => e.name === 'navigationStart');
    const t0 = nav.ts; const t1 = t0 + t * 1000;
    const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts + e.dur >= t0 && e.ts <= t1).sort((a, b) => a.ts - b.ts);
    const sums = {};
    const add = (k, v) => { sums[k] = (sums[k] ?? 0) + v; };
    sums.cpu = main.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
    sums.busyWall = main.filter((e) => e.name === 'RunTask').reduce((a, e) => a + e.dur, 0) / 1000;
    for (const n of ['ParseHTML', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'V8.CompileCode', 'v8.produceModuleCache', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'ParseAuthorStyleSheet', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'FireAnimationFrame', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'HTMLDocumentParser::MaybeFetchQueuedPreloads']) {
      // outermost only, per name
      let end = 0; let s = 0;
      for (const e of main.filter((x) => x.name === n)) if (e.ts >= end) { s += (e.tdur ?? e.dur) / 1000; end = e.ts + e.dur; }
      if (s) sums[n] = s;
    }
    // Network of the script
    const net = events.filter((e) => /^Resource(SendRequest|ReceiveResponse|Finish|ReceivedData)$/.test(e.name));
    const reqs = {};
    for (const e of net) { const id = e.args?.data?.requestId; if (!id) continue; const r = (reqs[id] ??= {}); if (e.name === 'ResourceSendRequest') { r.url = e.args.data.url; r.send = (e.ts - t0) / 1000; } if (e.name === 'ResourceReceiveResponse') r.resp = (e.ts - t0) / 1000; if (e.name === 'ResourceFinish') r.fin = (e.ts - t0) / 1000; }
    for (const r of Object.values(reqs)) if (r.url) { const k = r.url.split('/').pop().replace(/-[\w-]{8}\.js/, '.js'); add(`net ${k} sent`, r.send ?? NaN); add(`net ${k} finished`, r.fin ?? NaN); }
    // Off-main-thread compile (streaming)
    const off = events.filter((e) => e.pid === nav.pid && e.tid !== nav.tid && e.ph === 'X' && /v8\.parseOnBackground|V8\.ScriptCompiler|v8\.compile|BackgroundCompile|StreamingCompile/i.test(e.name) && e.ts >= t0 && e.ts <= t1);
    if (off.length) { sums.offThreadCompile = off.reduce((a, e) => a + e.dur, 0) / 1000; sums.offThreadCompileEnd = (Math.max(...off.map((e) => e.ts + e.dur)) - t0) / 1000; }
    const firstScript = main.find((e) => ['v8.compileModule', 'v8.evaluateModule', 'EvaluateScript'].includes(e.name));
    if (firstScript) sums.firstScriptAt = (firstScript.ts - t0) / 1000;
    const paints = main.filter((e) => e.name === 'Paint'); if (paints.length) sums.lastPaintAt = (paints.at(-1).ts - t0) / 1000;
    const compiles = main.filter((e) => e.name === 'V8.CompileCode' || e.name === 'v8.compile'); sums.nCompile = compiles.length;
    if (process.env.DUMP) for (const e of main) if (e.dur > 300 && e.name !== 'RunTask') console.log('   ', ((e.ts - t0) / 1000).toFixed(1), e.name, (e.dur / 1000).toFixed(2), (e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.data?.type ?? '').toString().split('/').pop());
    if (process.env.CPU) {
      const nodes = new Map(); const parent = new Map(); let samples = []; const last = {};
      for (const e of events) if (e.name === 'ProfileChunk' && e.pid === nav.pid) {
        const cp = e.args.data.cpuProfile ?? {}; const d = e.args.data.timeDeltas ?? [];
        for (const n of cp.nodes ?? []) { nodes.set(n.id, n); if (n.parent) parent.set(n.id, n.parent); }
        let tt = last[e.id] ?? null; (cp.samples ?? []).forEach((id, j) => { tt = (tt ?? 0) + d[j]; samples.push({ id, t: tt, chunk: e.id }); }); last[e.id] = tt;
      }
      const profs = events.filter((e) => e.name === 'Profile' && e.pid === nav.pid);
      const startOf = Object.fromEntries(profs.map((p) => [p.id, p.args.data.startTime]));
      samples = samples.map((x) => ({ ...x, t: x.t + (startOf[x.chunk] ?? 0) })).filter((x) => x.t >= t0 && x.t <= t1);
      for (let j = 0; j < samples.length; j++) {
        const node = nodes.get(samples[j].id); if (!node || ['(idle)', '(program)'].includes(node.callFrame.functionName)) continue;
        const w = ((samples[j + 1]?.t ?? samples[j].t + 1000) - samples[j].t) / 1000 / N;
        const k0 = page + ' ' + where(node.callFrame); selfAgg[k0] = (selfAgg[k0] ?? 0) + w;
        const seen = new Set();
        for (let id = node.id; id; id = parent.get(id)) { const n = nodes.get(id); if (!n) break; const k = page + ' ' + where(n.callFrame); if (!seen.has(k)) { seen.add(k); incl[k] = (incl[k] ?? 0) + w; } }
      }
    }
    for (const [k, v] of Object.entries(sums)) ((sumsBy[page] ??= {})[k] ??= []).push(v);
    console.log(`run ${i} ${page}: ${t.toFixed(1)} ms`, JSON.stringify(Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, +v.toFixed(2)]))));
  } else console.log(`run ${i} ${page}: ${t.toFixed(1)} ms`);
  await context.close();
}
const base = AB.find((p) => p.startsWith('plain'));
for (const p of AB) console.log(`AB ${p} ${RATE}×: median ${med(times[p]).toFixed(1)} ms` + (base && p !== base ? `, ratio per round median ${med(times[p].map((x, j) => x / times[base][j])).toFixed(2)}×` : '') + ` [${times[p].map((x) => x.toFixed(0)).join(' ')}]`);
for (const [p, s] of Object.entries(sumsBy)) { console.log(`medians ${p}:`); for (const [k, v] of Object.entries(s)) console.log(`   ${k}: ${med(v).toFixed(2)}`); }
if (process.env.CPU) { console.log('inclusive:'); for (const [k, v] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${v.toFixed(2)}  ${k}`); console.log('self:'); for (const [k, v] of Object.entries(selfAgg).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v.toFixed(2)}  ${k}`); }
await browser.close(); server.close();
