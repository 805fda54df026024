/**
 * Writes README's API references (attributes, properties, methods, events,
 * slots, CSS parts and custom properties of `<repair-request>` and of
 * `<repair-status>`, each in its own block) from
 * `custom-elements.json`, so that the README and the manifest say the same
 * thing: both come from the JSDoc in `src/repair-request.ts` and `src/events.ts`.
 *
 *   node scripts/api-docs.mjs           rewrites the block between
 *                                       `<!-- api:start -->` and `<!-- api:end -->`
 *   node scripts/api-docs.mjs --check   writes nothing; exits 1 when the block
 *                                       differs from what it would write
 *
 * The manifest is made first (with the command `build:dist` uses) when it is
 * missing or older than the sources it is made from.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (path) => resolve(root, path);
const check = process.argv.includes('--check');
/** Each element and the README block its reference goes in. */
const ELEMENTS = [
  { tag: 'repair-request', start: '<!-- api:start -->', end: '<!-- api:end -->' },
  { tag: 'repair-status', start: '<!-- api-status:start -->', end: '<!-- api-status:end -->' },
];
const SOURCES = ['src/repair-request.ts', 'src/shell/properties.ts', 'src/events.ts', 'src/index.ts', 'src/status/repair-status.ts', 'src/status/index.ts'];

/** The `custom-elements-manifest analyze …` command of `build:dist`, and where it writes. */
async function manifestCommand() {
  const { scripts } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  const command = Object.values(scripts).flatMap((s) => s.split('&&')).map((s) => s.trim())
    .find((s) => s.startsWith('custom-elements-manifest analyze'));
  if (!command) throw new Error('package.json has no `custom-elements-manifest analyze` command');
  const configPath = command.match(/--config\s+(\S+)/)?.[1];
  const outdirFlag = command.match(/--outdir\s+(\S+)/)?.[1];
  const config = configPath ? (await import(pathToFileURL(at(configPath)).href)).default : {};
  return { command, configPath, manifest: at(`${outdirFlag ?? config.outdir ?? '.'}/custom-elements.json`) };
}

async function readManifest() {
  const { command, configPath, manifest } = await manifestCommand();
  const mtime = (path) => (existsSync(at(path)) ? statSync(at(path)).mtimeMs : 0);
  const newest = Math.max(...[...SOURCES, configPath].filter(Boolean).map(mtime));
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest) {
    console.error(`api-docs: ${existsSync(manifest) ? 'the manifest is older than the sources' : 'no manifest'}; running \`${command}\``);
    execSync(command, {
      cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PATH: `${at('node_modules/.bin')}:${process.env.PATH}` },
    });
  }
  return JSON.parse(readFileSync(manifest, 'utf8'));
}

// ─── Markdown ────────────────────────────────────────────────────────────────

/** One line of a table cell: JSDoc line breaks become spaces, `|` is escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const orDash = (text) => text || '—';

function table(headers, rows) {
  if (!rows.length) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(orDash).join(' | ')} |`),
  ].join('\n');
}

/**
 * Splits `label …` off a description, `label` followed by a backticked value
 * (`Default \`1rem\`.`, `` `detail`: `{ … }`. ``), up to the end of its sentence
 * outside backticks. Returns the value as written (Markdown) and the rest.
 */
function takeClause(description, label) {
  const text = cell(description);
  const start = text.search(new RegExp(`(^|\\s)${label}\\s*\``));
  if (start < 0) return { value: '', rest: text };
  const from = text.indexOf(label, start) + label.length;
  let quoted = false;
  let end = text.length;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '`') quoted = !quoted;
    else if (!quoted && /[.;]/.test(text[i]) && (i + 1 === text.length || text[i + 1] === ' ')) { end = i; break; }
  }
  const value = text.slice(from, end).trim();
  const rest = `${text.slice(0, start)} ${text.slice(end + 1)}`.replace(/\s+/g, ' ').trim();
  return { value, rest: rest.replace(/\s+([.;,])/g, '$1') };
}

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

function signature(method) {
  const params = (method.parameters ?? []).map((p) =>
    `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`);
  return `${method.name}(${params.join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
}

function render(element, tag) {
  const members = element.members ?? [];
  const field = (name) => members.find((m) => m.kind === 'field' && m.name === name);
  const sections = [];
  const section = (title, intro, body) => {
    if (body) sections.push(`#### ${title}\n\n${intro ? `${intro}\n\n` : ''}${body}`);
  };

  section('Attributes', 'Each attribute sets the property beside it; the property can be set from script too.', table(
    ['attribute', 'property', 'type', 'default', 'description'],
    (element.attributes ?? []).map((attr) => {
      const member = attr.fieldName ? field(attr.fieldName) : undefined;
      return [
        code(attr.name),
        code(attr.fieldName),
        code(attr.type?.text ?? member?.type?.text),
        code(attr.default ?? member?.default),
        cell(attr.description ?? member?.description),
      ];
    }),
  ));

  section('Properties', 'Properties without an attribute: objects and functions, set from script.', table(
    ['property', 'type', 'default', 'description'],
    members.filter((m) => m.kind === 'field' && isPublic(m) && !m.attribute).map((m) => [
      `${code(m.name)}${m.readonly ? ' (read-only)' : ''}`,
      code(m.type?.text),
      code(m.default),
      cell(m.description),
    ]),
  ));

  section('Methods', '', table(
    ['method', 'signature', 'description'],
    members.filter((m) => m.kind === 'method' && isPublic(m)).map((m) => [
      code(`${m.name}()`),
      code(signature(m)),
      cell(m.description),
    ]),
  ));

  section('Events', 'Each event is a `CustomEvent` subclass exported by the package.', table(
    ['event', 'class', '`detail`', 'description'],
    (element.events ?? []).map((event) => {
      const { value, rest } = takeClause(event.description, '`detail`:');
      return [code(event.name), code(event.type?.text), value, rest];
    }),
  ));

  section('Slots', '', table(
    ['slot', 'description'],
    (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
  ));

  section('CSS parts', `For \`${tag}::part(…)\`.`, table(
    ['part', 'description'],
    (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
  ));

  const props = (element.cssProperties ?? []).map((prop) => {
    const light = takeClause(prop.description, 'Default');
    const dark = takeClause(light.rest, 'Dark');
    return { name: prop.name, light: light.value || code(prop.default), dark: dark.value, description: dark.rest };
  });
  const withDark = props.some((p) => p.dark);
  section('CSS custom properties', 'Set on the element (see [Theming](#theming)).', table(
    ['custom property', withDark ? 'default (light)' : 'default', ...(withDark ? ['default (dark)'] : []), 'description'],
    props.map((p) => [code(p.name), p.light, ...(withDark ? [p.dark || 'same'] : []), p.description]),
  ));

  return sections.join('\n\n');
}

// ─── README ──────────────────────────────────────────────────────────────────

const manifest = await readManifest();
const readmePath = at('README.md');
const readme = readFileSync(readmePath, 'utf8');
let next = readme;
for (const { tag, start: START, end: END } of ELEMENTS) {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
  if (!element) throw new Error(`custom-elements.json declares no <${tag}>`);
  const block = `${START}\n<!-- Generated from custom-elements.json by \`npm run docs:api\`: edit the JSDoc in src/, not this. -->\n\n${render(element, tag)}\n\n${END}`;
  const start = next.indexOf(START);
  const end = next.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`api-docs: README.md has no ${START} … ${END} block`);
    process.exit(1);
  }
  next = next.slice(0, start) + block + next.slice(end + END.length);
}

if (check) {
  if (next !== readme) {
    console.error('api-docs: README.md\'s API reference is out of date with custom-elements.json; run `npm run docs:api`.');
    process.exit(1);
  }
  console.log('api-docs: README.md\'s API reference is up to date.');
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log('api-docs: README.md\'s API reference written.');
} else {
  console.log('api-docs: README.md\'s API reference is already up to date.');
}
