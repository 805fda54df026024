/**
 * Loads code the first step does not need, through the map in
 * `./code-map.ts` (a lazy chunk of its own): the one `import()` site of the
 * first step for all of it (see that file for why). A failed download rejects
 * like the `import()` it stands for, and is tried again on the next call.
 */
import type { LATER } from './code-map.js';

/** The code loaded on demand, by name. */
export type LaterCode = typeof LATER;

/** The name of a module loaded on demand. */
export type LaterName = keyof LaterCode;

/** The module named `name`, loaded (with the map, the first time). */
export const later = <N extends LaterName>(name: N): Promise<Awaited<ReturnType<LaterCode[N]>>> =>
  import('./code-map.js').then((m) => m.LATER[name]() as unknown as Awaited<ReturnType<LaterCode[N]>>);
