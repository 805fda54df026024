// `npm test` (after the build): the published JSON Schema
// (`dist/repair-request.schema.json`, checked with Ajv's draft 2020-12
// validator and its formats) and the zod server schema (`createServerSchema()`
// of the built `repair-request/schema`) agree on every payload below: both
// accept the good ones, both refuse the bad ones. A payload on which they
// disagree fails the run, with what each said.
//
// Not compared: rules that need code and stay with zod alone (dates not in the
// future, the serial format of the model, postal, phone and VAT numbers per
// country, the country in the device's zone, the express aircraft serial of the
// device's model), and lengths (their `maxLength` comes with the zod `.max()` of
// every text field).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { createServerSchema, defaultConfig, serverIssues } = await import('../dist/schema.js');
const json = JSON.parse(readFileSync('dist/repair-request.schema.json', 'utf8'));

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const ajvValidate = ajv.compile(json);
const zodSchema = createServerSchema(defaultConfig);

assert.match(json.$id, /^https:\/\/.+\/repair-request\.schema\.json$/, 'the JSON Schema has an absolute $id');

/** The complete request in README.md (Back-end contract › The request), so it cannot go stale. */
const readmeSample = JSON.parse(readFileSync('README.md', 'utf8').match(/A complete request[^`]*```json\n([^`]+)```/)[1]);

/** The smallest request: identified by model, no conditional answer. */
const request = () => ({
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: {
    serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true,
  },
  parts: { kind: 'component' },
  address: {
    returnAddress: {
      recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR',
      phone: '+33 1 23 45 67 89',
    },
    email: 'camille.martin@example.com',
  },
  submit: { termsAccepted: true },
});

/** The crash questions, answered up to the flight-data analysis. */
const crash = {
  issues: ['crash-damage'], crashCause: 'product', dataAnalysis: 'requested', accidentDate: '2025-06-02',
  flightEnvironment: 'city', abnormalCondition: 'black-screen', flightAccount: 'pilot@example.com', flightDataSynced: true,
};
const express = { servicePlan: true, expressChoice: 'express', aircraftSerial: '0K1CG1R0A30059', expressConfirmed: true };

/** `request()` changed by `change` (which edits it in place). */
const payload = (change) => {
  const r = request();
  change(r);
  return r;
};
const malfunction = (fields) => payload((r) => Object.assign(r.malfunction, fields));

const good = {
  'the README sample request': readmeSample,
  'the smallest request': request(),
  'identified by serial, with the recognised model': payload((r) => {
    r.device = { zone: 'europe', country: 'FR', identifiedBy: 'serial', serial: '0K1CG1R0A30059', model: 'mavic-mini' };
  }),
  'an owned product': payload((r) => {
    r.device = { zone: 'europe', country: 'DE', identifiedBy: 'owned', serial: '0K1CG1R0A30059', model: 'mavic-mini' };
  }),
  'every optional answer': malfunction({
    purchaseChannel: 'authorised-retailer', receivedOn: '2025-05-01', servicePlan: false,
    proofOfPurchase: { name: 'receipt.pdf', size: 1200, type: 'application/pdf' },
  }),
  'a crash caused by the user': malfunction({ issues: ['crash-damage', 'battery'], crashCause: 'user' }),
  'a product-caused crash, analysis declined': malfunction({ issues: ['crash-damage'], crashCause: 'product', dataAnalysis: 'declined' }),
  'a flight-data analysis with a video link': malfunction({ ...crash, videoUrl: 'https://video.example.com/flight?id=7' }),
  'the express path': malfunction(express),
  'a service plan, standard path': malfunction({ servicePlan: true, expressChoice: 'standard' }),
  'a VAT number and an address-book entry': payload((r) => Object.assign(r.address, { vatNumber: 'FR40303265045', returnAddressId: 'home' })),
};

const bad = {
  'support not contacted': malfunction({ supportContacted: false }),
  'a javascript: video link': malfunction({ ...crash, videoUrl: 'javascript:alert(1)' }),
  'an ftp: video link': malfunction({ ...crash, videoUrl: 'ftp://video.example.com/flight' }),
  'a video link to a host without a domain': malfunction({ ...crash, videoUrl: 'http://localhost/flight' }),
  'a three-letter device country': payload((r) => { r.device.country = 'fra'; }),
  'a lower-case device country': payload((r) => { r.device.country = 'fr'; }),
  'a lower-case address country': payload((r) => { r.address.returnAddress.country = 'fr'; }),
  'a malfunction with only its service type': payload((r) => { r.malfunction = { serviceType: 'repair' }; }),
  'a replacement': malfunction({ serviceType: 'replacement' }),
  'the same issue twice': malfunction({ issues: ['battery', 'battery'] }),
  'no issue': malfunction({ issues: [] }),
  'an unknown issue': malfunction({ issues: ['teleportation'] }),
  'terms not accepted': payload((r) => { r.submit.termsAccepted = false; }),
  'no submit step': payload((r) => { delete r.submit; }),
  'an unknown field': payload((r) => { r.coupon = 'FREE'; }),
  'an unknown address field': payload((r) => { r.address.returnAddress.floor = '3'; }),
  'an address without a phone number': payload((r) => { delete r.address.returnAddress.phone; }),
  'no contact e-mail': payload((r) => { delete r.address.email; }),
  'a contact e-mail that is not one': payload((r) => { r.address.email = 'camille.martin'; }),
  'identified by serial without a serial': payload((r) => { r.device.identifiedBy = 'serial'; }),
  'identified by model without a model': payload((r) => { delete r.device.model; }),
  'a serial number for a product chosen by model': payload((r) => { r.device.serial = '0K1CG1R0A30059'; }),
  'a recognised serial without its model': payload((r) => {
    r.device = { zone: 'europe', country: 'FR', identifiedBy: 'serial', serial: '0K1CG1R0A30059' };
  }),
  'a crash cause without the crash issue': malfunction({ crashCause: 'user' }),
  'the crash issue without a cause': malfunction({ issues: ['crash-damage'] }),
  'an analysis answer after a user-caused crash': malfunction({ issues: ['crash-damage'], crashCause: 'user', dataAnalysis: 'declined' }),
  'an analysis requested without the details': malfunction({ issues: ['crash-damage'], crashCause: 'product', dataAnalysis: 'requested' }),
  'flight data not synced': malfunction({ ...crash, flightDataSynced: false }),
  'an invalid flight account': malfunction({ ...crash, flightAccount: 'pilot' }),
  'an accident date that is not a date': malfunction({ ...crash, accidentDate: '2025-02-30x' }),
  'a video link without the analysis': malfunction({ videoUrl: 'https://video.example.com/flight' }),
  'a service plan without the express choice': malfunction({ servicePlan: true }),
  'an express choice without a service plan': malfunction({ expressChoice: 'standard' }),
  'the express path without the aircraft serial': malfunction({ ...express, aircraftSerial: undefined }),
  'the express path not confirmed': malfunction({ ...express, expressConfirmed: false }),
  'an aircraft serial on the standard path': malfunction({ servicePlan: true, expressChoice: 'standard', aircraftSerial: '0K1CG1R0A30059' }),
  'a proof of purchase without a name': malfunction({ proofOfPurchase: { name: '', size: 10, type: 'application/pdf' } }),
  'a negative file size': malfunction({ proofOfPurchase: { name: 'receipt.pdf', size: -1, type: 'application/pdf' } }),
  'an unknown part kind': payload((r) => { r.parts.kind = 'everything'; }),
  'an unknown zone': payload((r) => { r.device.zone = 'moon'; }),
  'a boolean that is a string': malfunction({ servicePlan: 'yes' }),
  'not an object': [],
};

const disagreements = [];
const zodIssues = (value, result) => JSON.stringify(serverIssues(result.error.issues, value));
for (const [expected, cases] of [[true, good], [false, bad]]) {
  for (const [name, value] of Object.entries(cases)) {
    // undefined stands for a field left out.
    const body = JSON.parse(JSON.stringify(value));
    const byAjv = ajvValidate(body);
    const byZod = zodSchema.safeParse(body);
    if (byAjv !== expected || byZod.success !== expected) {
      disagreements.push(`${expected ? 'good' : 'bad'} payload "${name}": JSON Schema ${byAjv ? 'accepts' : 'refuses'}`
        + `${byAjv ? '' : ` (${ajv.errorsText(ajvValidate.errors)})`}, zod ${byZod.success ? 'accepts' : `refuses ${zodIssues(body, byZod)}`}`);
    }
  }
}

const total = Object.keys(good).length + Object.keys(bad).length;
if (disagreements.length) {
  console.error(`The JSON Schema and the zod schema disagree on ${disagreements.length} of ${total} payloads:\n  ${disagreements.join('\n  ')}`);
  process.exit(1);
}
console.log(`JSON Schema (Ajv 2020) and zod agree on ${total} payloads (${Object.keys(good).length} good, ${Object.keys(bad).length} bad).`);
