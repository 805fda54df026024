// One back-end process for the bench and the multi-process test: the handler
// (from source) on PostgreSQL (`--postgres <url>`) or PGlite (`--pglite <dir|memory://>`),
// behind Node's http on a free loopback port, printed as `PORT=<n>` on stdout.
// Staff token: `bench-staff-token`. Ends on SIGTERM or when stdin closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServer } from '../demo/receiver/load.mjs';

const [kind, location] = process.argv.slice(2);
const server = await loadServer();
const filesDir = await mkdtemp(join(tmpdir(), 'repair-request-bench-files-'));
const store = kind === '--postgres'
  ? server.createPostgresStore({ connectionString: location, max: 10 })
  : server.createPgliteStore({ dataDir: location || 'memory://' });
const handler = server.createRepairHandler({
  store, files: server.createFileSystemFileStore({ dir: filesDir }), logger: false, rateLimit: false,
  staffTokens: ['bench-staff-token'], retention: { intervalMs: 0 },
  limits: { body: 26 * 1024 * 1024 },
});
await handler.ready();
const http = createServer(server.toNodeHandler(handler));
http.listen(0, '127.0.0.1', () => console.log(`PORT=${http.address().port}`));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  http.closeAllConnections();
  http.close();
  await handler.close();
  await rm(filesDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
