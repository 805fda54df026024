// `npm start`: the demo pages (Vite, with live TypeScript) and the local receiver
// they post to, on one port (PORT, default 5173), on 127.0.0.1 (HOST to change it).
// /demo/csp.html is served with a strict Content-Security-Policy (and Vite's
// live-reload socket shares the port, so the policy's connect-src 'self' allows it).
// What the receiver stores lives outside the project (demo/data-dir.mjs), and Vite
// refuses to serve that folder too.
import http from 'node:http';
import { createServer as createVite } from 'vite';
import { demoDataDir, insideProject } from './data-dir.mjs';
import { defaultReceiver } from './receiver.mjs';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST || '127.0.0.1';
const dataDir = demoDataDir();
if (insideProject(dataDir)) {
  console.error(`The demo's data folder ${dataDir} is inside the project, which the demo serves: choose another REPAIR_REQUEST_DATA_DIR.`);
  process.exit(1);
}
const receiver = defaultReceiver();
const server = http.createServer();
const vite = await createVite({
  server: { middlewareMode: true, hmr: { server }, fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', `${dataDir}/**`] } },
  appType: 'mpa',
  logLevel: 'warn',
});

/** The policy of the CSP demo page: nothing inline, no eval. */
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

server.on('request', (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    res.end();
    return;
  }
  // /api/repair-requests and /api/contact (and /api/__* test endpoints with RECEIVER_FAULTS=1).
  if (receiver.handles(url.pathname)) return receiver.handle(req, res);
  if (url.pathname === '/demo/csp.html') res.setHeader('Content-Security-Policy', strictCsp);
  vite.middlewares(req, res);
});

server.listen(port, host, () => {
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  console.log(`<repair-request> demo pages: ${origin}/demo/ (status: /demo/status.html, workshop: /demo/workshop.html, outbox: /demo/outbox.html)`);
  console.log(`Requests are received at ${origin}/api/repair-requests, stored in ${dataDir}`);
});

const stop = () => server.close(() => vite.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
