/**
 * `custom-elements.json` (the Custom Elements Manifest), read by IDEs,
 * Storybook and framework tooling: `npm run build` writes it to `dist/`. Only
 * the public modules are analysed, so tools offer `<repair-request>` and not
 * the step elements it renders inside its shadow root.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The analyser sees `dispatchEvent(new RepairRequestStepChangeEvent(…))` but not
 * the name inside the class, and the `@fires` tags name events without their
 * class: joins the two through the classes' `static eventName` in `src/events.ts`.
 */
function eventClasses() {
  const source = readFileSync(new URL('../src/events.ts', import.meta.url), 'utf8');
  const classes = [...source.matchAll(/class (\w+) extends CustomEvent<[^>]*>\s*{\s*static readonly eventName = '([^']+)'/g)];
  const byClass = new Map(classes.map(([, cls, name]) => [cls, name]));
  const byName = new Map(classes.map(([, cls, name]) => [name, cls]));
  return {
    name: 'repair-request-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const events = new Map();
          for (const event of decl.events) {
            const name = event.name ?? byClass.get(event.type?.text);
            if (!name) continue;
            const cls = byName.get(name);
            events.set(name, { ...events.get(name), ...event, name, ...(cls ? { type: { text: cls } } : {}) });
          }
          decl.events = [...events.values()];
        }
      }
    },
  };
}

/**
 * A field's `@type {…}` and `@default …` JSDoc tags win over what the analyser
 * reads from the code, where the code says less than the reader needs: a
 * default held in a constant (`timeout = DEFAULT_TIMEOUT_MS`), or a type alias
 * whose values matter (`persist: Persist`).
 */
function documentedTypesAndDefaults() {
  const tagText = (tag) => (typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((c) => c.text).join('')).trim();
  return {
    name: 'repair-request-documented-types-and-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!decl) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        const field = decl.members?.find((m) => m.name === member.name.text);
        if (!field) continue;
        for (const tag of ts.getJSDocTags(member)) {
          const name = tag.tagName.text;
          if (name === 'default') field.default = tagText(tag);
          if (name === 'type' && tag.typeExpression) field.type = { text: tag.typeExpression.type.getText() };
        }
        const attribute = decl.attributes?.find((a) => a.fieldName === field.name);
        if (attribute) Object.assign(attribute, field.type ? { type: field.type } : {}, field.default ? { default: field.default } : {});
      }
    },
  };
}

/** The file the package ships for each analysed source file (`package.json` `exports`). */
const SHIPPED = 'dist/repair-request.js';
/** The declaration file of `module`, as written in the source file `from` (`src/status/repair-status.ts`: `./status-client.js`). */
const declarationFile = (module, from = 'src/index.ts') =>
  `dist/types/${posix.join(posix.dirname(from).replace(/^src\/?/, ''), module).replace(/\.js$/, '.d.ts')}`;

/**
 * What a customer installs is `dist/`, and the element, its events and its
 * public types are one entry there (`dist/repair-request.js`, typed by
 * `dist/types/index.d.ts`): the three analysed source modules become that one
 * module, whose exports name every type the element's API refers to (type-only
 * exports point at their declaration file), and a base class of the element's
 * properties is folded into it. Private and protected members, which
 * are no part of the contract, are left out; `lang` (HTMLElement's own property)
 * gets its type and field; a custom property's "Default `…`." moves to
 * `default`.
 */
function publishedModule() {
  const cssDefault = /(^|\s)Default `([^`]+)`\.?/;
  return {
    name: 'repair-request-published-module',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      // A base class that only holds the element's public properties (`src/shell/properties.ts`): its members are
      // the element's (inherited, above); it is no element of its own, and the element's superclass is its superclass.
      const bases = new Map(modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && !d.tagName).map((d) => [d.name, d]));
      const declarations = modules.flatMap((m) => m.declarations ?? []).filter((d) => !bases.has(d.name));
      for (const decl of declarations) {
        const base = bases.get(decl.superclass?.name);
        if (base) decl.superclass = base.superclass;
        if (!base) continue;
        const inherited = (item) => item.inheritedFrom?.name === base.name;
        // The base's members first, as when they were written in the element's class. The analyser appends them
        // after the element's own; a member the element overrides keeps its place (and also names the base).
        let own = decl.members.length;
        while (own > 0 && inherited(decl.members[own - 1])) own--;
        decl.members = [...decl.members.slice(own), ...decl.members.slice(0, own)];
        for (const item of [...decl.members, ...(decl.attributes ?? [])]) if (inherited(item)) delete item.inheritedFrom;
      }
      const exports = [];
      const add = (name, module) => {
        if (!exports.some((e) => e.name === name)) exports.push({ kind: 'js', name, declaration: { name, module } });
      };
      for (const mod of modules) {
        for (const entry of mod.exports ?? []) {
          if (entry.kind === 'custom-element-definition' || bases.has(entry.declaration.name)) continue;
          const local = declarations.find((d) => d.name === entry.declaration.name);
          if (local) add(entry.name, SHIPPED);
          else if (entry.name === '*') {
            // `export * from './events.js'`: the event classes (declared above) and their `detail` interfaces.
            const source = readFileSync(new URL('../src/events.ts', import.meta.url), 'utf8');
            for (const [, name] of source.matchAll(/export (?:interface|type) (\w+)/g)) add(name, declarationFile('./events.js'));
          } else add(entry.name, declarationFile(entry.declaration.module, mod.path));
        }
      }
      for (const decl of declarations) {
        if (decl.superclass?.name === 'CustomEvent') decl.superclass = { name: 'CustomEvent', package: 'global:' };
        if (!decl.customElement) continue;
        decl.members = (decl.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !/^[#_]/.test(m.name));
        const lang = decl.attributes?.find((a) => a.name === 'lang');
        if (lang) {
          Object.assign(lang, { type: { text: 'string' }, fieldName: 'lang' });
          decl.members.push({ kind: 'field', name: 'lang', type: { text: 'string' }, description: lang.description, attribute: 'lang' });
        }
        for (const prop of decl.cssProperties ?? []) {
          const found = prop.description?.match(cssDefault);
          if (!found) continue;
          prop.default = found[2];
          prop.description = prop.description.replace(cssDefault, '$1').replace(/\s+/g, ' ').trim();
        }
        exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: SHIPPED } });
      }
      customElementsManifest.modules = [{ kind: 'javascript-module', path: SHIPPED, declarations, exports }];
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/repair-request.ts', 'src/shell/properties.ts', 'src/events.ts', 'src/status/index.ts', 'src/status/repair-status.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [documentedTypesAndDefaults(), eventClasses(), publishedModule()],
};
