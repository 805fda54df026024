// `npm start`: the demo pages (Vite, with live TypeScript) and the local receiver
// they post to, on one port (PORT, default 5173). /demo/csp.html is served with a
// strict Content-Security-Policy (and Vite's live-reload socket shares the port, so
// the policy's connect-src 'self' allows it).
import http from 'node:http';
import { createServer as createVite } from 'vite';
import { defaultReceiver } from './receiver.mjs';

const port = Number(process.env.PORT) || 5173;
const receiver = defaultReceiver();
const server = http.createServer();
const vite = await createVite({ server: { middlewareMode: true, hmr: { server } }, appType: 'mpa', logLevel: 'warn' });

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

server.listen(port, '127.0.0.1', () => {
  console.log(`<repair-request> demo pages: http://127.0.0.1:${port}/demo/ (status: /demo/status.html, workshop: /demo/workshop.html, outbox: /demo/outbox.html)`);
  console.log(`Requests are received at http://localhost:${port}/api/repair-requests`);
});

const stop = () => server.close(() => vite.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
