/** Cases filed on the test runner's back end (the real handler on PGlite), as `<repair-request>` files them. */
import { expect } from '@open-wc/testing';

/** The staff routes' token of the test back end (demo/receiver.mjs with `testing`). */
export const TEST_STAFF_TOKEN = 'test-staff-token';

export interface FiledCase {
  caseNumber: string;
  accessToken: string;
  email: string;
}

/** Files a new case with an e-mail of its own, in `language` (`Content-Language`); its number, access token and e-mail. */
export async function fileCase(language = 'en'): Promise<FiledCase> {
  const email = `camille-${crypto.randomUUID()}@example.com`;
  const request = {
    device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
    malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'The gimbal shakes in flight.', supportContacted: true },
    parts: { kind: 'component' },
    address: {
      returnAddress: { recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' },
      email,
    },
    submit: { termsAccepted: true },
  };
  const response = await fetch('/api/repair-requests', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Language': language }, body: JSON.stringify(request),
  });
  expect(response.status).to.equal(201);
  return { ...(await response.json()), email };
}

/** Appends a staff event to a case; expects it stored. */
export async function staffEvent(caseNumber: string, body: unknown) {
  const response = await fetch(`/api/cases/${caseNumber}/events`, {
    method: 'POST', headers: { Authorization: `Bearer ${TEST_STAFF_TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  expect(response.status).to.equal(201);
}

/** Takes a case from its arrival at the workshop to a quote waiting for the customer (the order the back end keeps). */
export async function quoteCase(caseNumber: string, quote: unknown) {
  await staffEvent(caseNumber, { status: 'parcel_received' });
  await staffEvent(caseNumber, { status: 'in_diagnosis' });
  await staffEvent(caseNumber, { status: 'quote_waiting', quote });
}
