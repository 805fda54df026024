import { expect } from '@open-wc/testing';
import type { RepairDraft } from '../../src/schema/request.js';
import {
  activeServerErrors, firstStepWithError, recordServerErrors, stepOf, valueAt,
} from '../../src/submit/server-errors.js';

const file = new File(['%PDF-1.4'], 'receipt.pdf', { type: 'application/pdf' });
const draft: RepairDraft = {
  device: { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' },
  malfunction: { serviceType: 'repair', issues: ['gimbal-camera'], description: 'nothing works at all', proofOfPurchase: file },
  address: { returnAddress: { recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' }, email: 'camille@example.com' },
};

describe('server field errors (pure)', () => {
  it('finds a field’s value and its step by path', () => {
    expect(valueAt(draft, 'address.returnAddress.postalCode')).to.equal('75002');
    expect(valueAt(draft, 'malfunction.proofOfPurchase')).to.equal(file);
    expect(valueAt(draft, 'parts.kind')).to.equal(undefined);
    expect(valueAt(draft, 'device.model.name')).to.equal(undefined);
    expect(stepOf('address.returnAddress.postalCode')).to.equal('address');
    expect(stepOf('device')).to.equal('device');
    expect(stepOf('coupon')).to.equal(undefined);
    expect(stepOf('devices.x')).to.equal(undefined);
  });

  it('opens the first step of the form that has an error', () => {
    expect(firstStepWithError({ 'submit.termsAccepted': 'terms_required', 'malfunction.description': 'description_too_short' })).to.equal('malfunction');
    expect(firstStepWithError({ coupon: 'invalid' })).to.equal(undefined);
  });

  it('shows an error while the field keeps the refused value, per step', () => {
    const errors = recordServerErrors({
      'malfunction.proofOfPurchase': 'file_type', 'address.returnAddress.postalCode': 'postal_code_invalid',
    }, draft);
    expect(activeServerErrors(errors, draft)).to.deep.equal({
      'malfunction.proofOfPurchase': 'file_type', 'address.returnAddress.postalCode': 'postal_code_invalid',
    });
    expect(activeServerErrors(errors, draft, 'address')).to.deep.equal({ 'address.returnAddress.postalCode': 'postal_code_invalid' });
    expect(activeServerErrors(errors, draft, 'device')).to.deep.equal({});
  });

  it('forgets an error once the customer changes that field', () => {
    const errors = recordServerErrors({ 'malfunction.proofOfPurchase': 'file_type', 'malfunction.description': 'invalid' }, draft);
    const changed: RepairDraft = { ...draft, malfunction: { ...draft.malfunction, proofOfPurchase: new File(['%PDF-1.4'], 'receipt.pdf') } };
    expect(activeServerErrors(errors, changed)).to.deep.equal({ 'malfunction.description': 'invalid' });
  });
});
