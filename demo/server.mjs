// `npm start`: the demo page (Vite, with live TypeScript) and the local receiver
// it posts to, on one port (PORT, default 5173).
import http from 'node:http';
import { createServer as createVite } from 'vite';
import { defaultReceiver } from './receiver.mjs';

const port = Number(process.env.PORT) || 5173;
const receiver = defaultReceiver();
const vite = await createVite({ server: { middlewareMode: true }, appType: 'mpa', logLevel: 'warn' });

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    res.end();
    return;
  }
  // /api/repair-requests and /api/contact (and /api/__* test endpoints with RECEIVER_FAULTS=1).
  if (receiver.handles(url.pathname)) return receiver.handle(req, res);
  vite.middlewares(req, res);
});

server.listen(port, () => {
  console.log(`<repair-request> demo: http://localhost:${port}/demo/`);
  console.log(`Requests are received at http://localhost:${port}/api/repair-requests`);
});

const stop = () => server.close(() => vite.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
