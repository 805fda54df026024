// Last step of `npm run build`, after the Vite builds and the declarations:
// writes the JSON Schema of the payload and drops declarations nobody imports.
//
// - `dist/repair-request.schema.json`: the JSON Schema (draft 2020-12) of the
//   request body the widget POSTs to `endpoint`, generated from the built
//   `schema` entry (`createServerSchema(defaultConfig)`, so the default
//   catalogue's ids are the enums). It has every field, type, format, length
//   and enum; rules that JSON Schema cannot express (which fields a condition
//   requires, dates not in the future, the serial format of the chosen model,
//   postal and VAT formats per country, `true`-only checkboxes) are enforced by
//   the zod schema that `repair-request/schema` exports.
// - `dist/types/generated/locales/`: the translations' declarations, which no
//   public type refers to.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';

const { createServerSchema, defaultConfig } = await import('../dist/schema.js');

const schema = {
  ...toJSONSchema(createServerSchema(defaultConfig), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
  title: 'Repair request',
  description:
    'The JSON body <repair-request> POSTs to its endpoint (in multipart requests, the `request` part), ' +
    'for the default configuration. Cross-field rules are enforced by the zod schema exported as `repair-request/schema`.',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/repair-request.schema.json', `${JSON.stringify(schema, null, 2)}\n`);

rmSync('dist/types/generated/locales', { recursive: true, force: true });
console.log('dist/repair-request.schema.json written');
