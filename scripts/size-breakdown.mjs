// What each source weighs in built chunks, read from their source maps: used by
// `npm run size -- --breakdown` (scripts/size.mjs).
//
// Every generated character is attributed to the source of the mapping segment
// it falls in (a segment runs to the next one, across line ends: template
// literals of CSS span lines with no mapping); characters in a segment with no
// source are "(unmapped)": the bundler's glue (exports, helpers). Raw bytes are exact. Brotli does not split:
// each part's brotli size is that of its own code compressed alone, so the
// parts add up to more than the chunks compressed whole (shared words are
// counted once per part); the total row is the real one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const BASE64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = BASE64[c];
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/**
 * The segments of a source map, line by line: where each starts in the
 * generated line, and the source, line and column it comes from (`source`
 * null for a segment with no source).
 * @returns {{ column: number, source: string | null, line: number, sourceColumn: number }[][]}
 */
function segmentsOf(map) {
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  return map.mappings.split(';').map((text) => {
    let column = 0;
    return text.split(',').filter(Boolean).map((segment) => {
      const [dc, ds, dl, dsc] = vlq(segment);
      column += dc;
      if (ds === undefined) return { column, source: null, line: 0, sourceColumn: 0 };
      source += ds;
      line += dl;
      sourceColumn += dsc;
      return { column, source: map.sources[source], line, sourceColumn };
    });
  });
}

/**
 * Splits a generated file into the pieces of code each source produced.
 * `refine(source, line, column)` may name a deeper source for a position in
 * `source` (through that file's own map), or return undefined.
 * @returns {Map<string, string[]>} source path (as the map names it) → pieces of generated code
 */
export function piecesBySource(code, map, refine = () => undefined) {
  const pieces = new Map();
  const add = (source, text) => { if (text) (pieces.get(source) ?? pieces.set(source, []).get(source)).push(text); };
  const lines = code.split('\n');
  const nameOf = (s) => (s.source === null ? '(unmapped)' : refine(s.source, s.line, s.sourceColumn) ?? s.source);
  // The source of the code being read: a segment runs to the next one, across
  // line ends too (a CSS or HTML template literal spans lines with no mapping).
  let current = '(unmapped)';
  const mapped = segmentsOf(map);
  mapped.forEach((segments, i) => {
    const text = lines[i] ?? '';
    add(current, text.slice(0, segments[0]?.column ?? text.length));
    segments.forEach((s, k) => { current = nameOf(s); add(current, text.slice(s.column, segments[k + 1]?.column ?? text.length)); });
    if (i < lines.length - 1) add(current, '\n');
  });
  // Lines past the mappings (the `//# sourceMappingURL` comment).
  add('(unmapped)', lines.slice(mapped.length).join('\n'));
  return pieces;
}

/** This package's name: its files in an integrator's `node_modules` are named from the package's root. */
const PACKAGE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')).name;

/**
 * A `refine` for piecesBySource that follows, for a source that is one of
 * this package's built files (its chunks in an integrator's build), the map
 * beside it back to the package's own sources. Other packages' maps (Lit ships
 * them) are not followed, so that both builds name their files alike.
 */
function throughMaps(mapDir) {
  const maps = new Map();
  const load = (source) => {
    if (!maps.has(source)) {
      const file = resolve(mapDir, source);
      const map = file.includes(`/node_modules/${PACKAGE}/`) && existsSync(`${file}.map`) ? JSON.parse(readFileSync(`${file}.map`, 'utf8')) : null;
      maps.set(source, map && { dir: dirname(file), lines: segmentsOf(map) });
    }
    return maps.get(source);
  };
  return (source, line, column) => {
    const map = load(source);
    if (!map) return undefined;
    const { lines } = map;
    // The last segment that starts at or before the position, on its line or an earlier one.
    for (let l = line; l >= 0; l--) {
      const found = (lines[l] ?? []).findLast((s) => l < line || s.column <= column);
      if (found) return found.source === null ? '(unmapped)' : resolve(map.dir, found.source);
    }
    return '(unmapped)';
  };
}

/**
 * `../../node_modules/@lit/localize/x.js` → `@lit/localize/x.js`; `../../src/steps/device-step.ts` and
 * `/tmp/…/node_modules/repair-request/src/steps/device-step.ts` → `src/steps/device-step.ts`.
 */
export function sourceName(path) {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const inside = path.slice(modules + 'node_modules/'.length);
    if (inside.startsWith(`${PACKAGE}/`)) return inside.slice(PACKAGE.length + 1);
    const [scope, name, ...rest] = inside.split('/');
    return scope.startsWith('@') ? `${scope}/${name}/${rest.join('/')}` : `${scope}/${[name, ...rest].join('/')}`;
  }
  const src = path.indexOf('src/');
  return src >= 0 ? path.slice(src) : path.replace(/^(\.\.\/)+/, '');
}

const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)\//;

/** The part a source belongs to: a package (Lit's four as one), or a folder of `src/`. */
export function partOf(name) {
  if (LIT.test(name)) return 'Lit (lit, lit-html, lit-element, @lit/reactive-element)';
  if (name.startsWith('src/')) {
    const rest = name.slice(4);
    if (rest.startsWith('generated/')) return 'src/generated/ (locale codes and loaders)';
    return rest.includes('/') ? `src/${rest.split('/')[0]}/` : 'src/*.ts (the shell and its styles, events, index)';
  }
  if (name === '(unmapped)') return '(unmapped: bundler glue)';
  const [scope, pkg] = name.split('/');
  return scope.startsWith('@') ? `${scope}/${pkg}` : scope;
}

/**
 * The breakdown of `files` (in `dir`, each with its `.map`), by part and by
 * source; sources under `small` raw bytes share one row, compressed together.
 * @returns {{ parts: Row[], sources: Row[], raw: number, brotli: number }} rows sorted by raw size, largest first
 * @typedef {{ name: string, raw: number, brotli: number }} Row
 */
export function breakdown(dir, files, small = 0) {
  const bySource = new Map();
  let raw = 0;
  let total = 0;
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    raw += Buffer.byteLength(code);
    total += brotli(Buffer.from(code));
    // A chunk the bundler writes without a map (Vite's preload helper) is all glue.
    if (!existsSync(join(dir, `${file}.map`))) {
      bySource.set('(unmapped)', [...(bySource.get('(unmapped)') ?? []), code]);
      continue;
    }
    const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'));
    for (const [source, pieces] of piecesBySource(code, map, throughMaps(dir))) {
      const name = sourceName(source);
      bySource.set(name, [...(bySource.get(name) ?? []), ...pieces]);
    }
  }
  const byPart = new Map();
  for (const [name, pieces] of bySource) byPart.set(partOf(name), [...(byPart.get(partOf(name)) ?? []), ...pieces]);
  const row = (name, pieces) => {
    const text = Buffer.from(pieces.join(''));
    return { name, raw: text.length, brotli: brotli(text) };
  };
  const rows = (groups) => [...groups].map(([name, pieces]) => row(name, pieces)).sort((a, b) => b.raw - a.raw);
  const sources = rows(bySource);
  const few = sources.filter((r) => r.raw < small);
  if (few.length > 1) {
    sources.splice(sources.length - few.length, few.length,
      row(`${few.length} other sources, each under ${(small / 1024).toFixed(1)} KB raw (together)`, few.flatMap((r) => bySource.get(r.name))));
  }
  return { parts: rows(byPart), sources, raw, brotli: total };
}

/** A Markdown table of `rows`, with the real total of the chunks. */
export function table(title, rows, total) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const body = rows.map((r) => [r.name, kb(r.raw), kb(r.brotli)]);
  body.push(['**total** (the chunks compressed whole)', kb(total.raw), kb(total.brotli)]);
  const head = [title, 'raw (minified)', 'brotli, alone'];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => '-'.repeat(w + 1) + (i ? ':' : '-')).join('|')}|`, ...body.map(line)].join('\n');
}
