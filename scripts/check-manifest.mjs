// `npm test` step: makes `custom-elements.json` (as `build:dist` does) and
// checks it is complete for the tools that read it (IDEs, Storybook, the
// framework type generators):
//
// - `@wc-toolkit/cem-validator` reports no error (every type the element's API
//   names is exported by its module, `package.json` points at the manifest…);
// - module paths name the file the package ships (`package.json` `exports`),
//   not a source file;
// - no private or protected member is listed;
// - every attribute has a type and the property it sets;
// - every event has the exported class that types its `detail`;
// - every custom property has its `default`.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const command = pkg.scripts['build:dist'].split('&&').map((s) => s.trim()).find((s) => s.startsWith('custom-elements-manifest'));
execSync(command, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}` } });
const manifest = JSON.parse(readFileSync(resolve(root, pkg.customElements), 'utf8'));

const problems = [];
const expect = (ok, what) => ok || problems.push(what);

await validateCem(manifest, { packageJsonPath: resolve(root, 'package.json'), cemFileName: 'custom-elements.json' })
  .catch((error) => problems.push(`cem-validator: ${error.message}`));

const shipped = pkg.exports['.'].default.replace(/^\.\//, '');
for (const mod of manifest.modules) {
  expect(mod.path === shipped, `module ${mod.path} is not the shipped entry ${shipped}`);
  for (const entry of mod.exports ?? []) {
    expect(entry.declaration.module?.startsWith('dist/'), `export ${entry.name} points at ${entry.declaration.module}, which is not shipped`);
  }
}
const exported = new Set(manifest.modules.flatMap((m) => m.exports ?? []).map((e) => e.name));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'repair-request');
expect(element, 'no <repair-request> declaration');
for (const member of element?.members ?? []) {
  expect((member.privacy ?? 'public') === 'public', `${member.privacy} member ${member.name} is listed`);
}
for (const attr of element?.attributes ?? []) {
  expect(attr.type?.text, `attribute ${attr.name} has no type`);
  expect(element.members.some((m) => m.name === attr.fieldName), `attribute ${attr.name} names no field (${attr.fieldName})`);
}
for (const event of element?.events ?? []) {
  expect(exported.has(event.type?.text), `event ${event.name} has no exported type (${event.type?.text})`);
}
for (const prop of element?.cssProperties ?? []) {
  expect(prop.default, `custom property ${prop.name} has no default`);
  expect(!/Default `/.test(prop.description ?? ''), `custom property ${prop.name} keeps its default in its description`);
}

if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: complete (${element.members.length} public members, ${element.events.length} typed events, ${exported.size} exports).`);
