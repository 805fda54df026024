// Last step of `npm run build`, after the Vite builds and the declarations:
// writes the JSON Schema of the payload and drops declarations nobody imports.
//
// - `dist/repair-request.schema.json`: the JSON Schema (draft 2020-12) of the
//   request body the widget POSTs to `endpoint`, generated from the built
//   `schema` entry (`createServerSchema(defaultConfig)`, so the default
//   catalogue's ids are the enums), then tightened with what `toJSONSchema`
//   cannot see in the zod schema: its cross-field rules that JSON Schema can
//   express (the fields each condition requires or forbids, from
//   `CONDITIONAL_FIELDS`, as `if`/`then`/`else`; the checkboxes that must be
//   ticked; an ISO country code; an http(s) link; no duplicate issue).
//   `scripts/check-schema-agreement.mjs` (in `npm test`) checks that Ajv and
//   zod agree on good and bad payloads. Rules that need code (dates not in the
//   future, the serial format of the model, postal, phone and VAT numbers per
//   country, the country in the zone) stay with the zod schema that
//   `repair-request/schema` exports.
// - `dist/types/generated/locales/`: the translations' declarations, which no
//   public type refers to.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { toJSONSchema, core } from 'zod/mini';

const { createServerSchema, defaultConfig, CONDITIONAL_FIELDS } = await import('../dist/schema.js');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** `properties` that forbid each of `fields`. */
const absent = (fields) => ({ properties: Object.fromEntries(fields.map((f) => [f, false])) });
/** Holds when each field is present with the value its schema gives. */
const holds = (properties) => ({ required: Object.keys(properties), properties });
/** A conditional part: when it applies, `required`; otherwise none of its fields. */
const section = (when, required, fields) => ({ if: holds(when), then: { required }, else: absent(fields) });

/** The rules of the zod schema that JSON Schema can express and `toJSONSchema` does not see. */
function tighten(schema, config) {
  const { device, malfunction, address } = schema.properties;
  const country = { type: 'string', pattern: '^[A-Z]{2}$' };
  // zod's own host name rule for `z.httpUrl()`, without its anchors and its whole-string length lookahead.
  const domain = core.regexes.domain.source.replace(/^\^(\(\?=[^)]*\))?|\$$/g, '');

  Object.assign(device.properties.country, country);
  // Always sent: chosen, owned, or recognised from the serial (`serial_unrecognised` without it).
  device.required.push('model');
  device.allOf = [section({ identifiedBy: { enum: ['owned', 'serial'] } }, ['serial'], ['serial'])];
  Object.assign(address.properties.returnAddress.properties.country, country);
  // The contact e-mail, with zod's own rule for `z.email()` (trimmed first, as zod does).
  address.properties.email = { ...address.properties.email, pattern: `^\\s*(?:${core.regexes.email.source.replace(/^\^|\$$/g, '')})\\s*$` };

  const m = malfunction.properties;
  // Replacements are requested by e-mail (`replacement_by_email`): a request is always a repair.
  m.serviceType = { type: 'string', const: 'repair' };
  m.issues.uniqueItems = true;
  for (const box of ['supportContacted', 'expressConfirmed', 'flightDataSynced']) m[box] = { type: 'boolean', const: true };
  m.videoUrl = { ...m.videoUrl, pattern: `^https?://${domain}(?::\\d{1,5})?(?:[/?#]\\S*)?$` };
  malfunction.required = ['serviceType', 'issues', 'description', 'supportContacted'];

  const crash = { issues: { type: 'array', contains: { const: config.crashIssue } } };
  const product = { ...crash, crashCause: { const: 'product' } };
  const requested = { ...product, dataAnalysis: { const: 'requested' } };
  const plan = { servicePlan: { const: true } };
  const { crash: crashFields, analysisOffer, analysisDetails, expressOffer, express } = CONDITIONAL_FIELDS;
  malfunction.allOf = [
    section(crash, ['crashCause'], [...crashFields, ...analysisOffer, ...analysisDetails]),
    section(product, ['dataAnalysis'], [...analysisOffer, ...analysisDetails]),
    section(requested, analysisDetails.filter((f) => f !== 'videoUrl'), analysisDetails),
    section(plan, ['expressChoice'], [...expressOffer, ...express]),
    section({ ...plan, expressChoice: { const: 'express' } }, express, express),
  ];
  return schema;
}

const schema = {
  $id: `https://cdn.jsdelivr.net/npm/repair-request@${version}/dist/repair-request.schema.json`,
  ...tighten(
    toJSONSchema(createServerSchema(defaultConfig), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    defaultConfig,
  ),
  title: 'Repair request',
  description:
    'The JSON body <repair-request> POSTs to its endpoint (in multipart requests, the `request` part), ' +
    'for the default configuration. Rules that need code (dates, serial formats, postal, phone and VAT numbers, ' +
    'the country in the zone) are enforced by the zod schema exported as `repair-request/schema`.',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/repair-request.schema.json', `${JSON.stringify(schema, null, 2)}\n`);

rmSync('dist/types/generated/locales', { recursive: true, force: true });
console.log('dist/repair-request.schema.json written');
