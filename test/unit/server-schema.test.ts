import { expect } from '@open-wc/testing';
import {
  addressRules, createRequestSchema, createServerContactSchema, createServerSchema, defaultConfig, latestToday, serverIssues, TEXT_MAX,
  type SchemaContext,
} from '../../src/schema/index.js';
import { validDraft } from './fixtures.js';

/** A fresh copy of the pure tests' valid request, to change one answer at a time. */
const valid = () => structuredClone(validDraft) as Omit<typeof validDraft, 'malfunction' | 'address'> & {
  malfunction: Record<string, unknown>;
  address: { returnAddress: Record<string, unknown>; email?: string } & Record<string, unknown>;
};

const issuesOf = (input: unknown) => {
  const result = createServerSchema(defaultConfig, '2026-01-15').safeParse(input);
  if (result.success) throw new Error('Expected the request to be refused');
  return serverIssues(result.error.issues, input);
};

describe('the server schema (pure)', () => {
  it('accepts what the widget sends, with the file described by its metadata', () => {
    const request = valid();
    request.malfunction.proofOfPurchase = { name: 'receipt.pdf', size: 1200, type: 'application/pdf' };
    const result = createServerSchema().safeParse(request);
    expect(result.success).to.equal(true);
    expect(result.data?.malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: 1200, type: 'application/pdf' });
  });

  it('refuses to build a request schema without the address rules, rather than refusing every address', () => {
    expect(() => createRequestSchema(defaultConfig, { today: '2026-01-15' } as SchemaContext)).to.throw(TypeError, /addressRules/);
    expect(createRequestSchema(defaultConfig, { today: '2026-01-15', addressRules }).safeParse(valid()).success).to.equal(true);
  });

  it('bounds every free-text field: a 900,000-character name is invalid, the longest allowed one is not', () => {
    const request = valid();
    request.address.returnAddress.recipient = 'x'.repeat(900_000);
    request.address.returnAddress.line1 = 'y'.repeat(TEXT_MAX.line + 1);
    expect(issuesOf(request).errors).to.deep.include.members([
      { path: 'address.returnAddress.recipient', code: 'invalid' },
      { path: 'address.returnAddress.line1', code: 'invalid' },
    ]);
    const longest = valid();
    longest.address.returnAddress.recipient = 'x'.repeat(TEXT_MAX.name);
    expect(createServerSchema().safeParse(longest).success).to.equal(true);
    const message = {
      product: 'mavic-mini', name: 'n'.repeat(TEXT_MAX.name + 1), zone: 'europe', country: 'FR', email: 'camille@example.com',
      subject: 'Gimbal', description: 'The gimbal shakes in flight.', reseller: 'r'.repeat(TEXT_MAX.name + 1),
    };
    const result = createServerContactSchema().safeParse(message);
    expect(result.success).to.equal(false);
    expect(serverIssues(result.error!.issues, message).errors).to.deep.include.members([
      { path: 'name', code: 'invalid' }, { path: 'reseller', code: 'invalid' },
    ]);
  });

  it('lists fields it does not know, at any depth', () => {
    const request = { ...valid(), coupon: 'FREE' };
    (request.address.returnAddress as Record<string, unknown>).floor = '3';
    expect(issuesOf(request).unknownFields).to.have.members(['coupon', 'address.returnAddress.floor']);
  });

  it('checks the file metadata against the accepted types and the size limit', () => {
    const request = valid();
    request.malfunction.proofOfPurchase = { name: 'receipt.exe', size: 10, type: '' };
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.proofOfPurchase', code: 'file_type' }]);
    request.malfunction.proofOfPurchase = { name: 'receipt.pdf', size: defaultConfig.files.maxBytes + 1, type: '' };
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.proofOfPurchase', code: 'file_too_large' }]);
  });

  it('reports missing or mistyped parts as field errors instead of throwing', () => {
    expect(issuesOf({}).errors.map((e) => e.path)).to.deep.equal(['device', 'malfunction', 'parts', 'address', 'submit']);
    expect(issuesOf({}).errors[0].code).to.equal('required');
    const garbage = { ...valid(), device: null, malfunction: { issues: 5 } };
    expect(issuesOf(garbage).errors).to.deep.include({ path: 'device', code: 'invalid' });
  });

  it('applies the cross-field rules once the fields are well-typed', () => {
    const request = valid();
    request.malfunction.servicePlan = true;
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.expressChoice', code: 'required' }]);
  });

  describe('answers to questions that do not apply', () => {
    it('refuses the crash cause without the crash issue', () => {
      const request = valid();
      request.malfunction.crashCause = 'user';
      expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.crashCause', code: 'not_applicable' }]);
      request.malfunction.issues = ['crash-damage'];
      expect(createServerSchema(defaultConfig, '2026-01-15').safeParse(request).success).to.equal(true);
    });

    it('refuses every answer of a section that does not apply, each on its field', () => {
      const request = valid();
      Object.assign(request.malfunction, {
        dataAnalysis: 'requested', videoUrl: 'https://example.com/v', expressChoice: 'express', aircraftSerial: '0K1CG1R0A30059',
      });
      expect(issuesOf(request).errors).to.have.deep.members([
        { path: 'malfunction.dataAnalysis', code: 'not_applicable' },
        { path: 'malfunction.videoUrl', code: 'not_applicable' },
        { path: 'malfunction.expressChoice', code: 'not_applicable' },
        { path: 'malfunction.aircraftSerial', code: 'not_applicable' },
      ]);
    });

    it('refuses a serial number of a product chosen by model', () => {
      const request = valid();
      (request.device as Record<string, unknown>).serial = '0K1CG1R0A30059';
      expect(issuesOf(request).errors).to.deep.equal([{ path: 'device.serial', code: 'not_applicable' }]);
    });
  });

  it('refuses a recognised serial number without its model, as README says (`serial_unrecognised`)', () => {
    const request = { ...valid(), device: { zone: 'europe', country: 'FR', identifiedBy: 'serial', serial: '0K1CG1R0A30059' } };
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'device.serial', code: 'serial_unrecognised' }]);
    request.device = { ...request.device, model: 'mavic-mini' } as typeof request.device;
    expect(createServerSchema(defaultConfig, '2026-01-15').safeParse(request).success).to.equal(true);
  });

  it('refuses a serial number of another model of the catalogue (`serial_model_mismatch`)', () => {
    const request = { ...valid(), device: { zone: 'europe', country: 'FR', identifiedBy: 'serial', model: 'mini-2', serial: '0K1CG1R0A30059' } };
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'device.serial', code: 'serial_model_mismatch' }]);
  });

  it('refuses dates after today', () => {
    const request = valid();
    request.malfunction.receivedOn = '2026-01-16';
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.receivedOn', code: 'date_in_future' }]);
  });

  it('names the part of a date that is wrong, as the widget does', () => {
    const request = valid();
    request.malfunction.receivedOn = '2025-13-03';
    expect(issuesOf(request).errors).to.deep.equal([{ path: 'malfunction.receivedOn', code: 'date_invalid_month' }]);
  });

  it('takes today as the latest date on Earth', () => {
    expect(latestToday(new Date('2026-01-15T10:00:00Z'))).to.equal('2026-01-16');
    expect(latestToday(new Date('2026-01-15T09:59:00Z'))).to.equal('2026-01-15');
  });

  it('validates contact messages with their locale and without the file', () => {
    const schema = createServerContactSchema();
    const message = {
      product: 'mavic-mini', name: 'Camille', zone: 'europe', country: 'FR', email: 'camille@example.com',
      subject: 'Gimbal', description: 'The gimbal shakes in flight.', locale: 'fr',
    };
    expect(schema.safeParse(message).success).to.equal(true);
    expect(schema.safeParse({ ...message, proofOfPurchase: {} }).success).to.equal(false);
  });
});
