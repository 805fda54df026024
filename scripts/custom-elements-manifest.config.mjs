/**
 * `custom-elements.json` (the Custom Elements Manifest), read by IDEs,
 * Storybook and framework tooling: `npm run build` writes it to `dist/`. Only
 * the public modules are analysed, so tools offer `<repair-request>` and not
 * the step elements it renders inside its shadow root.
 */
import { readFileSync } from 'node:fs';

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

export default {
  globs: ['src/index.ts', 'src/repair-request.ts', 'src/events.ts', 'src/status/index.ts', 'src/status/repair-status.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [documentedTypesAndDefaults(), eventClasses()],
};
