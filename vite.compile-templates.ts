/**
 * Lit templates prepared at build time, for the self-contained CDN builds (`vite build --mode cdn`
 * and `--mode cdn-status`; see vite.config.ts): Lit's labs compiler (`@lit-labs/compiler`, a TypeScript
 * transformer) turns each `` html`…` `` of a module that imports `html` from `lit` into a template already
 * prepared (its HTML with markers and the list of its parts), so that the first render of each template
 * skips Lit's "prepare" phase (walking the strings, `innerHTML`, the tree walk that finds the parts).
 *
 * It runs on `src/` before Vite's own TypeScript transform (`enforce: 'pre'`): the transformer is applied to
 * the TypeScript syntax tree and the tree printed back as TypeScript (types and decorators left to Vite), so
 * only the templates change. The printed file has no source map of its own: the build's source maps then point
 * into the printed text of these modules, not into their lines in `src/`.
 *
 * Left alone:
 * - modules with `msg(html…)`: @lit/localize (runtime mode) finds such a message by its template's strings,
 *   which a prepared template no longer has;
 * - `svg` and `lit/static-html.js` templates, which the compiler does not prepare (they stay as they are).
 */
import { compileLitTemplates } from '@lit-labs/compiler';
import ts from 'typescript';

/** A module the compiler may change: TypeScript in `src/` that imports from `lit` and has an `html` template. */
const compilable = (id: string, code: string) =>
  /\/src\/.*\.ts$/.test(id.replaceAll('\\', '/')) &&
  /from 'lit'/.test(code) &&
  code.includes('html`') &&
  !/msg\(\s*html`/.test(code);

/** The Vite plugin: prepares the Lit templates of `src/` modules at build time. */
export const compileTemplates = {
  name: 'repair-request-compile-templates',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!compilable(id, code)) return null;
    // The compiler resolves `html` through the file's symbols: the file must be bound, i.e. part of a program.
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
    const options = { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, noResolve: true, noLib: true };
    const host = { ...ts.createCompilerHost(options), getSourceFile: (name: string) => (name === id ? file : undefined) };
    ts.createProgram([id], options, host).getTypeChecker();
    const source = file;
    const result = ts.transform(source, [compileLitTemplates()]);
    const printed = ts.createPrinter().printFile(result.transformed[0]!);
    result.dispose();
    return { code: printed, map: null };
  },
};
