// The test run of `npm test`: the back end's tests in Node
// (scripts/test-server.mjs), then the browser tests (web-test-runner); the
// last line adds both counts up: `N passed, N failed`.
import { spawn } from 'node:child_process';

const COUNT = /(\d+) passed, (\d+) failed/g;

/** Runs a command, echoing its output, and returns its exit code and its last count. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env: process.env });
    let last;
    let tail = '';
    const scan = (chunk) => {
      tail = (tail + chunk.toString()).slice(-4096);
      for (const m of tail.matchAll(COUNT)) last = { passed: Number(m[1]), failed: Number(m[2]) };
    };
    child.stdout.on('data', (chunk) => { process.stdout.write(chunk); scan(chunk); });
    child.stderr.on('data', (chunk) => { process.stderr.write(chunk); scan(chunk); });
    child.on('close', (code) => resolve({ code: code ?? 1, count: last }));
  });
}

const server = await run(process.execPath, ['scripts/test-server.mjs']);
const browser = await run('npx', ['web-test-runner', '--static-logging']);
const counts = [server, browser].map((r) => r.count ?? { passed: 0, failed: 1 });
const passed = counts.reduce((n, c) => n + c.passed, 0);
const failed = counts.reduce((n, c) => n + c.failed, 0) + (server.code && !server.count?.failed ? 1 : 0) + (browser.code && !browser.count?.failed ? 1 : 0);
console.log(`\nServer ${counts[0].passed} passed, browser ${counts[1].passed} passed.`);
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exitCode = server.code || browser.code ? 1 : 0;
