// Step of `npm run build:dist`, after the manifest: writes the framework
// typings of `<repair-request>` from `dist/custom-elements.json`, so that a
// template that misspells a property's type or reads an event's `detail` wrongly
// does not compile.
//
// - `dist/types/jsx/props.d.ts`: `RepairRequestJsxProps`, the element's
//   writable properties and attributes (typed by the element's own property
//   types) and an `on<event-name>` handler per public event (typed by the
//   event's class), as React 19 and Preact set them on a custom element;
// - `dist/types/jsx/react.d.ts` (`repair-request/jsx/react`) and
//   `dist/types/jsx/preact.d.ts` (`repair-request/jsx/preact`): the
//   `JSX.IntrinsicElements['repair-request']` entry;
// - `dist/types/vue.d.ts` (`repair-request/vue`): Vue's `GlobalComponents`
//   entry, with `on…` props for `@repair-request-…` listeners.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const TAG = 'repair-request';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === TAG);
if (!element) throw new Error(`dist/custom-elements.json declares no <${TAG}>`);
const { name: cls } = element;

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const camel = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const writable = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly);
const events = (element.events ?? []).filter((e) => e.name && e.type?.text);
const eventTypes = [...new Set(events.map((e) => e.type.text))];

const propLines = [];
for (const member of writable) propLines.push(`${doc(member.description)}  ${JSON.stringify(member.name)}?: ${cls}[${JSON.stringify(member.name)}];\n`);
for (const attr of element.attributes ?? []) {
  if (!attr.fieldName || attr.name === attr.fieldName) continue;
  propLines.push(`${doc(`Attribute of \`${attr.fieldName}\`. ${attr.description ?? ''}`)}  ${JSON.stringify(attr.name)}?: ${cls}[${JSON.stringify(attr.fieldName)}];\n`);
}
const handler = (event) => `(event: ${event.type.text}) => void`;

const header = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';
const files = {
  'dist/types/jsx/props.d.ts': `${header}import type { ${[cls, ...eventTypes].join(', ')} } from '../index.js';

/** The properties of \`<${TAG}>\` that can be set from a template, by property and by attribute name. */
export interface RepairRequestJsxProperties {
${propLines.join('')}}

/** A listener per public event, as React 19 and Preact name them on a custom element: \`on\` and the event's name. */
export interface RepairRequestJsxEvents {
${events.map((e) => `${doc(e.description)}  ${JSON.stringify(`on${e.name}`)}?: ${handler(e)};\n`).join('')}}

/** Everything \`<${TAG}>\` accepts in JSX besides the global HTML attributes. */
export type RepairRequestJsxProps = RepairRequestJsxProperties & RepairRequestJsxEvents;
`,
  'dist/types/jsx/react.d.ts': `${header}// React 19 sets properties on custom elements and listens to \`on<event>\` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${cls} } from '../index.js';
import type { RepairRequestJsxProps } from './props.js';

export type { RepairRequestJsxProps } from './props.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${doc(element.summary ?? element.description, '      ')}      ${JSON.stringify(TAG)}: Omit<DetailedHTMLProps<HTMLAttributes<${cls}>, ${cls}>, keyof RepairRequestJsxProps> & RepairRequestJsxProps;
    }
  }
}
`,
  'dist/types/jsx/preact.d.ts': `${header}import type { ${cls} } from '../index.js';
import type { RepairRequestJsxProps } from './props.js';

export type { RepairRequestJsxProps } from './props.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${doc(element.summary ?? element.description, '      ')}      ${JSON.stringify(TAG)}: Omit<JSX.HTMLAttributes<${cls}>, keyof RepairRequestJsxProps> & RepairRequestJsxProps;
    }
  }
}
`,
  'dist/types/vue.d.ts': `${header}import type { DefineComponent } from 'vue';
import type { ${[cls, ...eventTypes].join(', ')} } from './index.js';
import type { RepairRequestJsxProperties } from './jsx/props.js';

/** \`<${TAG}>\` in a Vue template: its properties, and \`@${events[0]?.name ?? 'event'}\`-style listeners. */
export type RepairRequestVueProps = RepairRequestJsxProperties & {
${events.map((e) => `${doc(e.description)}  ${JSON.stringify(`on${camel(e.name)}`)}?: ${handler(e)};\n`).join('')}};

declare module 'vue' {
  interface GlobalComponents {
${doc(element.summary ?? element.description, '    ')}    ${JSON.stringify(TAG)}: DefineComponent<RepairRequestVueProps>;
  }
}
`,
};
mkdirSync('dist/types/jsx', { recursive: true });
for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
console.log(`framework types written: ${Object.keys(files).join(', ')} (${writable.length} properties, ${events.length} events)`);
