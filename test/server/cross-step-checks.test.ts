/** The server's checks that read more than one step, and its words that name the zone's support contact. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/default-config.js';
import { postJson, problemOf, startServer, validRequest, type TestServer } from './helpers.js';

/** Europe's own support e-mail (`zones[].support`), over the global one. */
const EUROPE_EMAIL = 'support.fr@acme.example';
const config = { ...defaultConfig, zones: defaultConfig.zones.map((zone) => (zone.id === 'europe' ? { ...zone, support: { email: EUROPE_EMAIL } } : zone)) };

/** The express path with this aircraft serial, confirmed. */
const express = (aircraftSerial: string) => ({ servicePlan: true, expressChoice: 'express', aircraftSerial, expressConfirmed: true });

describe('createRepairHandler: checks across steps', () => {
  let s: TestServer;
  before(async () => { s = await startServer({ config }); });

  describe('the express path’s aircraft serial', () => {
    it('is accepted when it is of the Device step’s aircraft', async () => {
      const request = validRequest();
      Object.assign(request.malfunction, express('0K1CG1R0A30059'));
      assert.equal((await postJson(s.url, request)).status, 201);
    });

    it('is refused (422 aircraft_serial_other_model) when the catalogue gives it to another model than the Device step’s', async () => {
      const request = validRequest();
      Object.assign(request.malfunction, express('1WYCG1R0A30059'));
      const problem = await problemOf(await postJson(s.url, request), 422);
      assert.deepEqual(problem.errors?.map((e) => [e.path, e.code]), [['malfunction.aircraftSerial', 'aircraft_serial_other_model']]);
    });

    it('is any aircraft’s for a remote controller under the same plan', async () => {
      const request = validRequest();
      request.device = { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'rc-n1' };
      Object.assign(request.malfunction, express('1WYCG1R0A30059'));
      assert.equal((await postJson(s.url, request)).status, 201);
    });
  });

  describe('a replacement', () => {
    it('is refused with the e-mail of the request’s zone, else the global one', async () => {
      const request = validRequest();
      request.malfunction = { serviceType: 'replacement' };
      const europe = await problemOf(await postJson(s.url, request), 422);
      assert.deepEqual(europe.errors, [{
        path: 'malfunction.serviceType', code: 'replacement_by_email',
        message: `Replacement requests cannot be made online; send an e-mail to ${EUROPE_EMAIL}.`,
      }]);
      request.device = { zone: 'north-america', country: 'US', identifiedBy: 'model', model: 'mavic-mini' };
      request.address.returnAddress = {
        recipient: 'Sam Lee', line1: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US', phone: '+1 212 555 0100',
      };
      const elsewhere = await problemOf(await postJson(s.url, request), 422);
      assert.deepEqual(elsewhere.errors?.map((e) => (e as { message?: string }).message),
        [`Replacement requests cannot be made online; send an e-mail to ${defaultConfig.support.email}.`]);
    });
  });
});
