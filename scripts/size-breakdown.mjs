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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * Splits a generated file into the pieces of code each source produced.
 * @returns {Map<string, string[]>} source path (as the map names it) → pieces of generated code
 */
export function piecesBySource(code, map) {
  const pieces = new Map();
  const add = (source, text) => { if (text) (pieces.get(source) ?? pieces.set(source, []).get(source)).push(text); };
  const lines = code.split('\n');
  let source = 0;
  // The source of the code being read: a segment runs to the next one, across
  // line ends too (a CSS or HTML template literal spans lines with no mapping).
  let current = '(unmapped)';
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let column = 0;
    const segments = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dc, ds] = vlq(segment);
      column += dc;
      // Only the source index matters here; the original line and column (and name) deltas need no tracking.
      if (ds !== undefined) source += ds;
      segments.push({ column, source: ds === undefined ? '(unmapped)' : map.sources[source] });
    }
    add(current, text.slice(0, segments[0]?.column ?? text.length));
    segments.forEach((s, k) => add(s.source, text.slice(s.column, segments[k + 1]?.column ?? text.length)));
    current = segments.at(-1)?.source ?? current;
    if (i < lines.length - 1) add(current, '\n');
  });
  return pieces;
}

/** `../../node_modules/@lit/localize/x.js` → `@lit/localize`; `../../src/steps/device-step.ts` → `src/steps/device-step.ts`. */
export function sourceName(path) {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name, ...rest] = path.slice(modules + 'node_modules/'.length).split('/');
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
 * The breakdown of `files` (in `dir`, each with its `.map`), by part and by source.
 * @returns {{ parts: Row[], sources: Row[], raw: number, brotli: number }} rows sorted by raw size, largest first
 * @typedef {{ name: string, raw: number, brotli: number }} Row
 */
export function breakdown(dir, files) {
  const bySource = new Map();
  let raw = 0;
  let total = 0;
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'));
    raw += Buffer.byteLength(code);
    total += brotli(Buffer.from(code));
    for (const [source, pieces] of piecesBySource(code, map)) {
      const name = sourceName(source);
      bySource.set(name, [...(bySource.get(name) ?? []), ...pieces]);
    }
  }
  const byPart = new Map();
  for (const [name, pieces] of bySource) byPart.set(partOf(name), [...(byPart.get(partOf(name)) ?? []), ...pieces]);
  const rows = (groups) => [...groups].map(([name, pieces]) => {
    const text = Buffer.from(pieces.join(''));
    return { name, raw: text.length, brotli: brotli(text) };
  }).sort((a, b) => b.raw - a.raw);
  return { parts: rows(byPart), sources: rows(bySource), raw, brotli: total };
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
