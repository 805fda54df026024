// `npm run bench`: runtime performance of the production build in headless
// Chromium, against a plain page (bench/plain.html) with the same first-step
// fields and no framework, measured in the same run. It reports ratios to the
// plain page (the machines are shared, so absolute times say little), with
// their interquartile range across runs, and whether each meets its target.
// Not part of CI: it is a report, and always exits 0 once it has printed its table.
//
//   node scripts/bench.mjs [--no-build] [--runs N]
//
// Each run opens a fresh incognito context (empty cache, no saved draft), at
// 1× and at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), for the
// widget page (bench/widget.html: dist/cdn/repair-request.js and one
// <repair-request>) and the plain page, alternately. Times are taken in the
// page with performance.now(): a requestAnimationFrame loop checks each frame
// for the awaited DOM (inside the shadow roots for the widget), and the time
// is read in a task posted from that frame's rAF, i.e. after it painted.
//
// - first step painted: navigation start → the frame that paints the Device
//   step heading.
// - Next → step painted: click on Next (Device step filled in) → the frame
//   that paints the Malfunction heading. "cold" is the first Next of the page
//   (the step chunk comes from the local server, or from the prefetch the
//   widget starts while the customer answers); "warm" is Back then Next again.
// - keystroke → error: after Next (errors then follow the typing), a 15th
//   character that makes a known serial number wrong, as an `input` event →
//   the frame that paints the field's error message.
// Before the keystroke and before filling the step in, the page is let go idle
// (two idle callbacks), as it is before a person types: the widget fetches and
// builds the next step in idle time, and that one-off work is not a keystroke's.
// So it is again right before each measured action (the keystroke after the Next
// that showed the errors, Next after the last answer, warm Next after Previous): the previous action's own
// work, finished long before a person acts again, is not counted as the next one's.
// - JS heap after GC: HeapProfiler.collectGarbage, then Runtime.getHeapUsage
//   (usedSize) once the first step is painted.
// - case status, first view painted: <repair-status> (bench/status.html:
//   dist/cdn/repair-status.js, with no case in the URL) against a hand-written
//   look-up form (bench/plain-status.html), navigation start → the frame that
//   paints the look-up form's heading.
// The probe's own work is kept out of the widget's figures where it is the
// probe's, not the widget's: each page runs only its own waits (the widget and
// plain pages no case-status wait, the case-status pages no first-step wait),
// and the keystroke's check looks for the error in the field's own root (the
// step's shadow root, or the plain page's document), not in every shadow root.
// Measured at the keystroke (2026-12-05, load 12-14): 50 µs a frame on the
// widget page at 1×, 180-280 µs at 4×, against 15 and 15-110 µs on the plain
// page, before; under 5 µs on both after. The measured span is the same: from
// the action to the paint of the frame that shows its result.
// Each run's widget figure is divided by the plain page's of the same run
// (they alternate, so both see the same load); the table gives the median of
// these ratios and their interquartile range (for the heap, the difference).
import { execFileSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { handPagesDir, makePagesByHand } from './bench-by-hand.mjs';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(3, runsArg >= 0 ? Number(args[runsArg + 1]) || 7 : 7);
const RATES = [1, 4];
/**
 * What is compared, and the targets of issue 13 (at 4×): ratios of the widget's
 * time to the plain page's in the same run, and the widget's extra heap. The
 * plain page has one Next (it keeps nothing to go back to), so both of the
 * widget's Next times are compared with it.
 */
const METRICS = [
  { id: 'firstStep', key: 'firstStep', label: 'First step painted', target: 1.2 },
  { id: 'keystroke', key: 'keystroke', label: 'Keystroke → error painted', target: 1.3 },
  { id: 'nextCold', key: 'nextCold', label: 'First Next → step painted', target: 2 },
  { id: 'nextWarm', key: 'nextWarm', plainKey: 'nextCold', label: 'Warm Next (Back, then Next)', target: 1.5 },
  { id: 'heap', key: 'heap', label: 'JS heap after GC', target: 1024 * 1024, heap: true },
  // <repair-status>, against a hand-written look-up form: its own pair of pages.
  { id: 'statusView', key: 'statusView', label: 'Case status: first view painted', target: 1.3, pages: ['status', 'plainStatus'] },
  // The widget's own page, by hand (scripts/bench-by-hand.mjs): no target: what the widget's page itself costs.
  // Not the first Next: the static page's first show of the Malfunction step was slower than the widget's (3.49×
  // against 2.42× the plain page, 2026-12-05; why was not found), so it does not tell that there.
  { id: 'handKeystroke', key: 'keystroke', label: 'Keystroke, the widget’s page by hand', pages: ['handKey', 'plain'], hand: 'hand-keystroke.html' },
  { id: 'handNextWarm', key: 'nextWarm', plainKey: 'nextCold', label: 'Warm Next, the widget’s page by hand', pages: ['handNext', 'plain'], hand: 'hand-next.html' },
];

if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

// --- A tiny static server: /cdn/* from dist/cdn, /bench/* from bench ---------
const mounts = { '/cdn/': resolve('dist/cdn'), '/bench/': resolve('bench') };
// `/hand/`: the widget's page by hand, made once the browser is up (see scripts/bench-by-hand.mjs).
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
  const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
  if (!file || !file.startsWith(mounts[prefix]) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- In-page probes, installed before any page script runs ------------------
const probe = () => {
  /** Every root to search: the document, then each shadow root, depth first; not those of hidden elements (steps built ahead). */
  const roots = () => {
    const out = [document];
    const visit = (r) => r.querySelectorAll('*').forEach((n) => { if (n.shadowRoot && !n.closest('[hidden]')) { out.push(n.shadowRoot); visit(n.shadowRoot); } });
    visit(document);
    return out;
  };
  /** The current step's root: the step element's shadow root, or the plain page's document. */
  const stepRoot = () => {
    for (const r of roots()) {
      const step = [...r.querySelectorAll('*')].find((n) => n.localName.startsWith('repair-request-') && n.localName.endsWith('-step') && n.shadowRoot && !n.closest('[hidden]'));
      if (step) return step.shadowRoot;
    }
    return document.querySelector('repair-request') ? null : document;
  };
  const find = (selector) => { for (const r of roots()) { const n = r.querySelector(selector); if (n) return n; } return null; };
  const heading = () => stepRoot()?.querySelector('h2')?.textContent?.trim() ?? '';
  /** Resolves with performance.now() after the first frame in which `test()` holds has painted. */
  const painted = (test) => new Promise((ok) => {
    const frame = () => {
      if (!test()) { requestAnimationFrame(frame); return; }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
  /**
   * Runs `act` at the start of the next frame and resolves with the time from
   * then to the paint of the first frame in which `test()` holds. The check
   * runs in the same frame, after `act`'s microtasks (Lit's updates), so a
   * change made synchronously is caught in the frame that paints it, and the
   * wait for the next vsync, which depends on when the key was pressed, is left out.
   */
  const timed = (act, test) => {
    let start = 0;
    requestAnimationFrame(() => { start = performance.now(); act(); });
    return painted(test).then((end) => end - start);
  };
  const frames = (n = 2) => new Promise((ok) => { const f = () => (--n <= 0 ? ok() : requestAnimationFrame(f)); requestAnimationFrame(f); });
  /**
   * Resolves once the page has been idle twice in a row: the widget's work
   * for later (fetching and building the next step) is done, as it is long
   * before a customer types or presses Next.
   */
  const idle = async () => {
    for (let i = 0; i < 2; i++) await new Promise((ok) => requestIdleCallback(ok, { timeout: 3000 }));
  };
  const choose = (selector, value) => {
    const s = find(selector);
    if (!s) return false;
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return true;
  };
  const onStatusPage = /status\.html$/.test(location.pathname);
  window.__bench = {
    find, heading, frames, choose,
    // Each page's own wait only: a wait that never ends would walk every shadow root in every frame of the other
    // pages' measures (more in the widget's larger DOM than in the plain page's).
    firstStep: onStatusPage ? null : painted(() => heading() === 'Your device'),
    statusView: onStatusPage ? painted(() => find('form.lookup h2')?.textContent?.trim() === 'Follow your repair') : null,
    async keystroke() {
      await idle();
      find('input[type=radio][value=serial]').click();
      await painted(() => find('#device-serial'));
      const input = find('#device-serial');
      // Errors show once Next was pressed, then follow the typing: press it with a known serial and no zone.
      input.value = '0K1CG1R0A30059';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await frames(3);
      find('[part~="next-button"]').click();
      await frames(3);
      // A person reads the errors before typing again: Next's own work (at idle included) is not the keystroke's.
      await idle();
      // Looked for in the field's own root (the step's shadow root, or the plain page's document), not in every root.
      const root = input.getRootNode();
      const error = () => !!root.querySelector('#device-serial-error')?.textContent?.trim();
      if (error()) throw new Error('a known serial number shows an error');
      return timed(() => {
        input.value = '0K1CG1R0A300591';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }, error);
    },
    async fillDevice() {
      await idle();
      find('input[type=radio][value=model]').click();
      await frames(2);
      choose('#device-zone', 'europe');
      await frames(2);
      choose('#device-country', 'FR');
      choose('#device-model', 'mavic-mini');
      await frames(3);
      // A person does not press Next within three frames of the last answer: the work it set off for later is done.
      await idle();
    },
    async next() {
      const button = find('[part~="next-button"]');
      return timed(() => button.click(), () => heading() === 'Malfunction');
    },
    async back() {
      find('[part~="back-button"]').click();
      await painted(() => heading() === 'Your device');
      await frames(3);
      // Then warm Next, a measured action: as before each one, the page is let go idle first.
      await idle();
    },
  };
};

// --- Runs -------------------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Opens `bench/{page}.html` in a fresh incognito context (empty cache, no saved
 * draft) at CPU throttling `rate`, with the probe, and gives the tab to `measure`.
 */
async function inFreshTab(page, rate, measure) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width: 1024, height: 900 });
    const cdp = await tab.createCDPSession();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.evaluateOnNewDocument(probe);
    await tab.goto(page.includes('/') ? `${origin}${page}` : `${origin}/bench/${page}.html`, { waitUntil: 'load' });
    const result = await measure(tab, cdp);
    if (errors.length) console.warn(`${page} ${rate}×: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

function run(page, rate) {
  return inFreshTab(page, rate, async (tab, cdp) => {
    const firstStep = await tab.evaluate(() => window.__bench.firstStep);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const keystroke = await tab.evaluate(() => window.__bench.keystroke());
    await tab.evaluate(() => window.__bench.fillDevice());
    const nextCold = await tab.evaluate(() => window.__bench.next());
    let nextWarm = NaN;
    if (page !== 'plain') {
      await tab.evaluate(() => window.__bench.back());
      nextWarm = await tab.evaluate(() => window.__bench.next());
    }
    return { firstStep, heap, keystroke, nextCold, nextWarm };
  });
}

/** The keystroke alone: the page by hand made at that moment has nothing else to measure. */
const runKeystroke = (page, rate) => inFreshTab(page, rate, async (tab) => ({ keystroke: await tab.evaluate(() => window.__bench.keystroke()) }));
/** Both Next, on the page by hand made at the first Next's moment. */
const runNext = (page, rate) => inFreshTab(page, rate, async (tab) => {
  await tab.evaluate(() => window.__bench.fillDevice());
  const nextCold = await tab.evaluate(() => window.__bench.next());
  await tab.evaluate(() => window.__bench.back());
  return { nextCold, nextWarm: await tab.evaluate(() => window.__bench.next()) };
});

/** The case-status pages: the time to their first view. */
const runStatus = (page, rate) => inFreshTab(page, rate, async (tab) => ({ statusView: await tab.evaluate(() => window.__bench.statusView) }));

const finite = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
const median = (xs) => {
  const s = finite(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** The `q` quantile of sorted numbers `s`, linearly interpolated. */
const quantile = (s, q) => {
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const low = Math.floor(at);
  return s[low] + (s[Math.min(low + 1, s.length - 1)] - s[low]) * (at - low);
};
/** Median and interquartile range of `xs` (NaN when none is a number). */
const spread = (xs) => {
  const s = finite(xs);
  return { median: median(s), q1: quantile(s, 0.25), q3: quantile(s, 0.75) };
};

mounts['/hand/'] = handPagesDir();
const byHand = await makePagesByHand(browser, origin, mounts['/hand/']);
const comparable = (m) => !m.hand || byHand[m.hand];

const loadAtStart = loadavg();
const results = {};
const version = (await browser.version()).replace('HeadlessChrome', 'Chromium');
try {
  for (const rate of RATES) {
    const rows = { widget: [], plain: [], status: [], plainStatus: [], handKey: [], handNext: [] };
    for (let i = 0; i < RUNS; i++) {
      rows.widget.push(await run('widget', rate));
      rows.plain.push(await run('plain', rate));
      if (byHand['hand-keystroke.html']) rows.handKey.push(await runKeystroke('/hand/hand-keystroke.html', rate));
      if (byHand['hand-next.html']) rows.handNext.push(await runNext('/hand/hand-next.html', rate));
      rows.status.push(await runStatus('status', rate));
      rows.plainStatus.push(await runStatus('plain-status', rate));
      process.stderr.write(`\r${rate}× CPU: run ${i + 1}/${RUNS}`);
    }
    process.stderr.write('\n');
    /** Per run, the element's figure over its plain page's of the same run (they alternate). */
    const paired = ([own, plain], key, plainKey, op) => rows[own].map((r, i) => op(r[key], rows[plain][i][plainKey]));
    const times = (page, key) => spread(rows[page].map((r) => r[key]));
    results[rate] = Object.fromEntries(METRICS.filter(comparable).map((m) => {
      const pages = m.pages ?? ['widget', 'plain'];
      const plainKey = m.plainKey ?? m.key;
      return [m.id, {
        widget: times(pages[0], m.key),
        plain: times(pages[1], plainKey),
        compared: spread(paired(pages, m.key, plainKey, m.heap ? (w, p) => w - p : (w, p) => w / p)),
      }];
    }));
    // The widget's own work: its time over its page by hand's, per run.
    results[rate].own = Object.fromEntries(METRICS.filter((m) => m.hand && comparable(m)).map((m) => [m.id,
      spread(paired(['widget', m.pages[0]], m.key, m.key, (w, h) => w / h))]));
  }
} catch (error) {
  console.error(error);
} finally {
  await browser.close();
  server.close();
}

// --- Table ------------------------------------------------------------------
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const mb = (x) => (Number.isFinite(x) ? `${(x / 1024 / 1024).toFixed(2)} MB` : 'n/a');
const compared = (m, s) => {
  if (!Number.isFinite(s.median)) return 'n/a';
  return m.heap ? `+${mb(s.median)} (${mb(s.q1)}–${mb(s.q3)})` : `${s.median.toFixed(2)}× (${s.q1.toFixed(2)}–${s.q3.toFixed(2)})`;
};
const verdict = (m, s) => {
  if (m.hand) return comparable(m) ? 'reference' : 'not comparable';
  return Number.isFinite(s.median) ? (s.median <= m.target ? 'pass' : 'FAIL') : 'n/a';
};
const head = ['metric', '1× element / plain', '1× element vs plain', '4× element / plain', '4× element vs plain', 'target (4×)', 'result'];
const rows = METRICS.map((m) => {
  const unit = m.heap ? mb : ms;
  const at = (rate) => results[rate]?.[m.id] ?? { widget: {}, plain: {}, compared: {} };
  return [
    m.label,
    ...RATES.flatMap((rate) => [`${unit(at(rate).widget.median)} / ${unit(at(rate).plain.median)}`, compared(m, at(rate).compared)]),
    m.hand ? '(no target)' : m.heap ? `≤ +${mb(m.target)}` : `≤ ${m.target}×`,
    verdict(m, at(4).compared),
  ];
});
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${RUNS} runs each, headless ${version}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, load average (1, 5, 15 min) ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end.`);
console.log('Times are medians; "element vs plain" is the median of the per-run ratios (heap: the difference), with their interquartile range across runs; the result is the 4× median against its target.\n');
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
const own = METRICS.filter((m) => m.hand && comparable(m));
if (own.length) {
  console.log('\nThe widget over its own page by hand (the same DOM and DOM changes, no framework, no schema): what its code adds, per run:');
  for (const m of own) console.log(`- ${m.label.replace(/, the widget’s page by hand$/, '')}: ${RATES.map((rate) => `${rate}× ${compared(m, results[rate]?.own?.[m.id] ?? {})}`).join(', ')}`);
}
