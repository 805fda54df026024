// After `lit-localize build`: splits each generated locale module into parts
// that load when the widget needs them, so no locale chunk carries messages
// for screens the customer has not reached:
//   core   — the shell, the Device step, shared labels and error messages;
//   malfunction — the Malfunction step;
//   steps  — the Parts, Address and Submit steps;
//   extra  — the contact form and the confirmation with its case form;
//   status — the <repair-status> element (loaded on its own).
// Which part a message belongs to comes from the source file of its msg() call;
// the steps' parts and folders come from the step registry (src/steps/registry.ts).
// A locale loads through its index (`<locale>/index.ts`: core, and loaders of the rest).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import ts from 'typescript';

/** The step registry, read as it is compiled (it imports nothing at run time). */
async function readStepRegistry() {
  const source = readFileSync('src/steps/registry.ts', 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const { STEP_REGISTRY } = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);
  return Object.entries(STEP_REGISTRY).map(([id, entry]) => ({ ...entry, sources: [`src/steps/${id}-step.`, `src/steps/${id}/`] }));
}

const steps = await readStepRegistry();
export const PARTS = [...new Set(['core', ...steps.map((s) => s.part), 'extra', 'status'])];

function partOf(file) {
  if (/^src\/status\//.test(file)) return 'status';
  if (/^src\/(contact|confirmation)\//.test(file)) return 'extra';
  const step = steps.find((s) => s.sources.some((prefix) => file.startsWith(prefix)));
  if (step) return step.part;
  // A step's file that no registry entry claims would quietly ship its words in another part.
  if (/^src\/steps\//.test(file)) throw new Error(`${file} has messages but no step in src/steps/registry.ts owns it (a step owns src/steps/<id>-step.ts and src/steps/<id>/).`);
  return 'core';
}

const config = readConfigFileAndWriteSchema('lit-localize.json');
// Every msg() call, file by file: the extractor keeps one call per message
// across the program, and a message may be used by several parts.
const { program } = new RuntimeLitLocalizer(config);
const messages = program.getSourceFiles()
  .filter((file) => !file.isDeclarationFile)
  .flatMap((file) => extractMessagesFromProgram(Object.create(program, { getSourceFiles: { value: () => [file] } })).messages);
const partById = new Map();
for (const m of messages) {
  const part = partOf(relative(process.cwd(), m.file.fileName).split('\\').join('/'));
  // A message used by several parts goes to core: the other parts are loaded each
  // without the rest (the contact form, opened from the first step, has core and extra only).
  const known = partById.get(m.name);
  partById.set(m.name, !known || known === part ? part : 'core');
}

const outDir = config.output.outputDir;
for (const locale of config.targetLocales) {
  const source = readFileSync(join(outDir, `${locale}.ts`), 'utf8');
  const start = source.indexOf('export const templates = {');
  const header = source.slice(0, start);
  const body = source.slice(start + 'export const templates = {'.length, source.lastIndexOf('}'));
  // Entries start at a line beginning with 'id': ; a template may span lines.
  const entries = body.split(/\n(?=\s*'[sh][0-9a-f]+': )/).map((e) => e.trim()).filter(Boolean);
  const parts = Object.fromEntries(PARTS.map((p) => [p, []]));
  for (const entry of entries) {
    const id = entry.match(/^'([sh][0-9a-f]+)'/)?.[1];
    if (!id) throw new Error(`Unexpected entry in ${locale}.ts: ${entry.slice(0, 60)}`);
    parts[partById.get(id) ?? 'core'].push(entry.replace(/,$/, ''));
  }
  mkdirSync(join(outDir, locale), { recursive: true });
  for (const part of PARTS) {
    const text = parts[part].join(',\n');
    // Keep only the imports this part uses (the type-check refuses unused ones).
    // `str` from its own module, with no side effects, as src/i18n/msg.ts takes it: through '@lit/localize'
    // itself, an integrator's bundler gives each locale chunk a static import of a chunk holding that
    // package's side effects, and so an entry per locale chunk in the first step's preload table.
    const head = header
      .replace(/^\s*import \{html\} from 'lit';\n/m, text.includes('html`') ? '$&' : '')
      .replace(/^\s*import \{str\} from '@lit\/localize';\n/m, text.includes('str`') ? "    import {str} from '@lit/localize/internal/str-tag.js';\n" : '');
    writeFileSync(join(outDir, locale, `${part}.ts`), `${head}export const templates = {\n${text}\n};\n`);
  }
}
// Each locale's index: its core part, statically (every screen needs it), and its other parts
// as loaders. The first step then holds one loader per locale, not one per locale and part:
// a chunk name with its hash costs about 25 bytes of brotli in the first step's loader table
// (and, through a bundler, in its preload table too), and 50 of them cost 0.9 KB.
// Static import paths, so both Vite and the test server see every chunk.
const later = PARTS.filter((part) => part !== 'core');
for (const locale of config.targetLocales) {
  writeFileSync(join(outDir, locale, 'index.ts'), `// Generated by scripts/split-locales.mjs. Do not edit.
export { templates } from './core.js';

export const parts = {
${later.map((part) => `  '${part}': () => import('./${part}.js'),`).join('\n')}
};
`);
}
const loaders = config.targetLocales.map((locale) => `  '${locale}': () => import('./locales/${locale}/index.js'),`).join('\n');
writeFileSync(join(outDir, '..', 'locale-loaders.ts'), `// Generated by scripts/split-locales.mjs. Do not edit.
import type { TemplateMap } from '@lit/localize/internal/types.js';

export const LOCALE_PARTS = ${JSON.stringify(PARTS)} as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];

/** A locale's index: its core messages, and a loader for each of its other parts. */
export interface LocaleIndex {
  templates: TemplateMap;
  parts: Record<Exclude<LocalePart, 'core'>, () => Promise<{ templates: TemplateMap }>>;
}

export const localeLoaders: Record<string, () => Promise<LocaleIndex>> = {
${loaders}
};
`);
console.log(`Split ${config.targetLocales.length} locales into ${PARTS.join(', ')}.`);
