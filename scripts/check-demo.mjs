// Checks a running demo (`npm start`) as a newcomer sees it, in headless Chromium:
// /demo/ and /demo/default.html load with no page error and no Vite error overlay,
// and the widget's first step is on screen. Used by .ci/run on a fresh clone.
// Usage: node scripts/check-demo.mjs http://127.0.0.1:5173
import puppeteer from 'puppeteer-core';

const origin = process.argv[2];
if (!origin) {
  console.error('usage: node scripts/check-demo.mjs <origin of the running demo>');
  process.exit(2);
}

/** The heading of the widget's first step, when it is laid out on screen. */
function firstStepHeading() {
  const widget = document.querySelector('repair-request');
  const step = widget?.shadowRoot?.querySelector('repair-request-device-step');
  const heading = step?.shadowRoot?.querySelector('h2');
  if (!heading || !heading.textContent?.trim()) return null;
  const box = heading.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? heading.textContent.trim() : null;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const problems = [];
try {
  for (const [path, expectWidget] of [['/demo/', false], ['/demo/default.html', true]]) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
    const response = await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
    if (!response?.ok()) problems.push(`${path}: HTTP ${response?.status()}`);
    let heading = null;
    if (expectWidget) {
      heading = await page.waitForFunction(firstStepHeading, { timeout: 30_000 }).then((h) => h.jsonValue(), () => null);
      if (!heading) problems.push(`${path}: the widget's first step is not on screen`);
    }
    // Vite reports a failed import with an overlay element, possibly after load.
    if (await page.$('vite-error-overlay')) {
      const message = await page.$eval('vite-error-overlay', (o) => o.shadowRoot?.querySelector('.message')?.textContent ?? '');
      problems.push(`${path}: Vite error overlay: ${message.trim()}`);
    }
    problems.push(...errors.map((e) => `${path}: ${e}`));
    console.log(`${path}: ${response?.status()}${heading ? `, first step "${heading}"` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`The demo is broken:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('The demo works.');
