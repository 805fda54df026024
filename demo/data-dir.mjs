// Where the demo's receiver stores what it receives (cases with names, addresses and
// phone numbers, uploaded files): outside the project, so no server of it can publish
// them. REPAIR_REQUEST_DATA_DIR wins; else ${XDG_DATA_HOME:-~/.local/share}/repair-request-demo.
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: everything in it may be served by the dev server. */
export const PROJECT_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The data folder, absolute. */
export function demoDataDir(env = process.env) {
  if (env.REPAIR_REQUEST_DATA_DIR) return resolve(env.REPAIR_REQUEST_DATA_DIR);
  const base = env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'repair-request-demo');
}

/** Whether `dir` is the project folder or inside it (and so could be served). */
export function insideProject(dir) {
  const rel = relative(PROJECT_DIR, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
