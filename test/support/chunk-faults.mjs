// Test-only middleware for the test runner's dev server: makes lazily loaded code
// fail to download, as a flaky network or a deployment that removed a chunk would.
// `POST /api/__chunk-faults` with `{ "paths": ["/src/confirmation/"] }`: every request
// for a path that starts with one of these answers 503 until the list is replaced
// (`{ "paths": [] }` lifts them). The answer lists the paths that were refused.
// `{ "hold": ["/src/generated/locales/fr/"] }` makes those downloads slow instead: they wait, unanswered,
// until the next POST (which lifts the hold and lets them through), as on a slow network.
// Files under /src/ are revalidated rather than cached, so every download reaches it.

const PATH = '/api/__chunk-faults';

export function chunkFaults() {
  let paths = [];
  let held = [];
  /** Lets the held downloads through. */
  let release = () => {};
  let released = Promise.resolve();
  const refused = new Set();
  return async (ctx, next) => {
    if (ctx.path === PATH) {
      if (ctx.method !== 'POST') {
        ctx.status = 405;
        return;
      }
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const valid = (list) => Array.isArray(list) && list.every((p) => typeof p === 'string' && p.startsWith('/'));
      if (!valid(body.paths ?? []) || !valid(body.hold ?? [])) {
        ctx.status = 400;
        ctx.body = { error: '`paths` and `hold` must be lists of absolute paths' };
        return;
      }
      paths = body.paths ?? [];
      held = body.hold ?? [];
      release();
      released = new Promise((resolve) => { release = resolve; });
      ctx.body = { paths, refused: [...refused] };
      refused.clear();
      return;
    }
    if (paths.some((p) => ctx.path.startsWith(p))) {
      refused.add(ctx.path);
      // Written directly, so no later step of the dev server marks it cacheable.
      ctx.respond = false;
      ctx.res.writeHead(503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      ctx.res.end('Injected failure (test chunk faults).');
      return;
    }
    if (held.some((p) => ctx.path.startsWith(p))) await released;
    // The test runner marks every file cacheable for a year; then a later test's fault would never reach
    // the server. The widget's own modules are revalidated instead (the dev server answers 304).
    if (ctx.path.startsWith('/src/')) {
      const set = ctx.response.set.bind(ctx.response);
      ctx.response.set = (field, value) =>
        (typeof field === 'string' && field.toLowerCase() === 'cache-control' ? set(field, 'no-cache') : set(field, value));
    }
    await next();
  };
}
