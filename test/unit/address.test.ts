import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import { addressRules } from '../../src/schema/address-rules.js';
import { isInZone, validateAddress, type AddressValues } from '../../src/schema/address.js';
import { isValidPhone, PHONE_RULES } from '../../src/schema/phone.js';
import { isValidPostalCode, POSTAL_FORMATS, postalRequirement, regionField } from '../../src/schema/postal.js';
import { isValidVat, VAT_FORMATS } from '../../src/schema/vat.js';

const defaultZoneCountries = [...new Set(defaultConfig.zones.flatMap((z) => z.countries))];

const paris: AddressValues = {
  recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', line2: '', postalCode: '75001', city: 'Paris',
  region: '', country: 'FR', phone: '+33 6 12 34 56 78',
};

describe('addresses (pure)', () => {
  describe('postal codes', () => {
    it('know the format of every country of the default zones, with a valid example', () => {
      for (const country of defaultZoneCountries) {
        expect(country in POSTAL_FORMATS, `${country} is in the table`).to.equal(true);
        const format = POSTAL_FORMATS[country];
        if (format) expect(isValidPostalCode(country, format.example), `${country} example ${format.example}`).to.equal(true);
      }
    });

    it('accept the common ways of writing a code and refuse the wrong shape', () => {
      const cases: [string, string, boolean][] = [
        ['FR', '75008', true], ['FR', '7500', false], ['FR', '750080', false], ['FR', 'ABCDE', false],
        ['DE', '10115', true], ['NL', '2992LA', true], ['NL', '2992 la', true], ['NL', '0992 LA', false],
        ['GB', 'SW1A 1AA', true], ['GB', 'sw1a1aa', true], ['GB', 'EC1A 1BB', true], ['GB', '12345', false],
        ['IE', 'D02 X285', true], ['IE', 'D6W 1234', true], ['IE', '12345', false],
        ['PL', '00-950', true], ['PL', '00950', true], ['PT', '1000-001', true], ['PT', '1000', false],
        ['ES', '28001', true], ['ES', '53001', false], ['SE', '111 22', true], ['CH', '8001', true],
        ['US', '90703', true], ['US', '90703-1234', true], ['US', '9070', false],
        ['CA', 'K1A 0B1', true], ['CA', 'K1A0B1', true], ['CA', 'D1A 0B1', false],
        ['BR', '01310-100', true], ['JP', '100-0001', true], ['IN', '110001', true], ['IN', '010001', false],
        ['CN', '518057', true], ['AU', '2015', true], ['LV', 'LV-1050', true], ['LV', '1050', true],
      ];
      for (const [country, code, valid] of cases) {
        expect(isValidPostalCode(country, code), `${country} "${code}"`).to.equal(valid);
      }
    });

    it('need no code where a country has none, and any short code where the format is unknown', () => {
      expect(postalRequirement('HK')).to.equal('none');
      expect(postalRequirement('FR')).to.equal('required');
      expect(postalRequirement('PA')).to.equal('optional');
      expect(isValidPostalCode('HK', '')).to.equal(true);
      expect(isValidPostalCode('FR', '')).to.equal(false);
      expect(postalRequirement('ZW')).to.equal('optional');
      expect(isValidPostalCode('ZW', 'AB-12')).to.equal(true);
      expect(isValidPostalCode('ZW', '#!')).to.equal(false);
    });

    it('name the state, province or region where addresses use one', () => {
      for (const country of ['US', 'CA', 'AU', 'BR', 'MX', 'IT', 'ES', 'JP', 'CN', 'IN']) {
        expect(regionField(country), country).not.to.equal(undefined);
      }
      expect(regionField('US')).to.deep.equal({ kind: 'state', required: true });
      expect(regionField('CA')?.kind).to.equal('province');
      expect(regionField('FR')).to.equal(undefined);
    });
  });

  describe('phone numbers', () => {
    it('know the calling code of every country of the default zones', () => {
      for (const country of defaultZoneCountries) expect(PHONE_RULES[country], country).not.to.equal(undefined);
    });

    it('accept national and international numbers of the right length', () => {
      const cases: [string, string, boolean][] = [
        ['FR', '06 12 34 56 78', true], ['FR', '+33 6 12 34 56 78', true], ['FR', '0033 612345678', true],
        ['FR', '+33 (0)6 12 34 56 78', true], ['FR', '06 12 34 56', false], ['FR', '+33 6 12 34 56 78 9', false],
        ['FR', '+32 470 12 34 56', true], ['FR', '06-12-34-56-78', true],
        ['US', '(555) 123-4567', true], ['US', '1 555 123 4567', true], ['US', '+1 555 123 4567', true], ['US', '555 1234', false],
        ['DE', '030 1234567', true], ['DE', '+49 151 23456789', true], ['GB', '020 7946 0958', true],
        ['NL', '010 123 4567', true], ['IT', '06 1234 5678', true], ['IT', '+39 312 345 6789', true],
        ['CN', '138 0013 8000', true], ['JP', '03-1234-5678', true],
      ];
      for (const [country, phone, valid] of cases) {
        expect(isValidPhone(country, phone), `${country} "${phone}"`).to.equal(valid);
      }
    });

    it('refuse letters, a misplaced plus and numbers too long for any country', () => {
      expect(isValidPhone('FR', '06 12 AB 56 78')).to.equal(false);
      expect(isValidPhone('FR', '06+12345678')).to.equal(false);
      expect(isValidPhone('FR', 'call me')).to.equal(false);
      expect(isValidPhone('ZW', '+263 1234567890123456')).to.equal(false);
      expect(isValidPhone('ZW', '+263 77 123 4567')).to.equal(true);
    });
  });

  describe('VAT numbers', () => {
    it('cover the EU countries, GB, CH and NO, each with a well-formed example', () => {
      const eu = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
        'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
      for (const country of [...eu, 'GB', 'CH', 'NO']) {
        const format = VAT_FORMATS[country];
        expect(format, country).not.to.equal(undefined);
        expect(isValidVat(country, format!.example), `${country} ${format!.example}`).to.equal(true);
      }
    });

    it('check the number against the country of the address', () => {
      const cases: [string, string, boolean][] = [
        ['FR', 'FR12345678901', true], ['FR', 'fr 12 345 678 901', true], ['FR', '12345678901', true],
        ['FR', 'FR123', false], ['FR', 'DE123456789', false], ['DE', 'DE123456789', true],
        ['GR', 'EL123456789', true], ['GR', 'GR123456789', true], ['NL', 'NL123456789B01', true], ['NL', 'NL123456789', false],
        ['CH', 'CHE-123.456.789 MWST', true], ['CH', 'CHE-123.456.789', true], ['CH', 'CHE-123.456', false],
        ['NO', 'NO 123 456 789 MVA', true], ['GB', 'GB 123 4567 89', true], ['AT', 'ATU12345678', true], ['AT', 'AT12345678', false],
      ];
      for (const [country, number, valid] of cases) {
        expect(isValidVat(country, number), `${country} "${number}"`).to.equal(valid);
      }
    });
  });

  describe('the address schema', () => {
    it('accepts a complete French address, without the fields France does not use', () => {
      const result = validateAddress(defaultConfig, { ...paris, region: 'Île-de-France', postalCode: ' 75001 ' });
      expect(result).to.deep.equal({
        ok: true,
        address: {
          recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR',
          phone: '+33 6 12 34 56 78',
        },
      });
    });

    it('reports every missing field and each wrong format by field', () => {
      expect(validateAddress(defaultConfig, { country: 'FR' })).to.deep.equal({
        ok: false,
        errors: { recipient: 'required', line1: 'required', city: 'required', phone: 'required', postalCode: 'required' },
      });
      expect(validateAddress(defaultConfig, { ...paris, postalCode: '7500', phone: '12' })).to.deep.equal({
        ok: false, errors: { postalCode: 'postal_code_invalid', phone: 'phone_invalid' },
      });
    });

    it('requires the state of a US address and no postal code in Hong Kong', () => {
      const us = { ...paris, country: 'US', postalCode: '90703', phone: '+1 562 555 0100' };
      expect(validateAddress(defaultConfig, us)).to.deep.equal({ ok: false, errors: { region: 'required' } });
      expect(validateAddress(defaultConfig, { ...us, region: 'CA' }).ok).to.equal(true);
      const hk = { ...paris, country: 'HK', postalCode: '', phone: '+852 2123 4567' };
      expect(validateAddress(defaultConfig, hk).ok).to.equal(true);
    });

    it('knows which zone serves a country', () => {
      expect(isInZone(defaultConfig, 'europe', 'FR')).to.equal(true);
      expect(isInZone(defaultConfig, 'europe', 'US')).to.equal(false);
      expect(isInZone(defaultConfig, undefined, 'FR')).to.equal(false);
    });
  });

  it('refuses host data that is not text, field by field, without throwing', () => {
    const odd = { recipient: 'A', line1: 'B', line2: 5, postalCode: '75001', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' };
    expect(validateAddress(defaultConfig, odd as unknown as AddressValues)).to.deep.equal({ ok: false, errors: { line2: 'invalid' } });
    expect(validateAddress(defaultConfig, { ...odd, line2: undefined, country: 7 } as unknown as AddressValues).ok).to.equal(false);
  });

  describe('the Address step', () => {
    const flow = createFlow(defaultConfig, { today: '2026-11-24', addressRules });
    const device = { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' } as const;
    const email = 'jeanne@example.com';
    const returnAddress = validateAddress(defaultConfig, paris);
    if (!returnAddress.ok) throw new Error('fixture');

    it('requires a return address, on the address group, and the contact e-mail', () => {
      expect(flow.stepErrors({ device }, 'address')).to.deep.equal({ 'address.returnAddress': 'address_required', 'address.email': 'required' });
      expect(flow.stepErrors({ device, address: { returnAddress: returnAddress.address, email: 'jeanne@' } }, 'address'))
        .to.deep.equal({ 'address.email': 'email_invalid' });
      expect(flow.canLeave({ device, address: { returnAddress: returnAddress.address, email } }, 'address')).to.equal(true);
    });

    it('counts no return address as valid until the country rules are given (the widget loads them with the step)', () => {
      const withoutRules = createFlow(defaultConfig, { today: '2026-11-24', addressRules: null });
      const draft = { device, address: { returnAddress: returnAddress.address, email } };
      expect(withoutRules.stepErrors(draft, 'address')).to.deep.equal({ 'address.returnAddress': 'address_required' });
      expect(withoutRules.canLeave(draft, 'device')).to.equal(true);
    });

    it('refuses an address outside the zone of the Device step', () => {
      const us = { ...returnAddress.address, country: 'US', region: 'CA', postalCode: '90703', phone: '+1 562 555 0100' };
      expect(flow.stepErrors({ device, address: { returnAddress: us, email } }, 'address'))
        .to.deep.equal({ 'address.returnAddress': 'address_out_of_zone' });
    });

    it('checks a VAT number against the country of the return address, when one is given', () => {
      const address = { returnAddress: returnAddress.address, email };
      expect(flow.canLeave({ device, address: { ...address, vatNumber: 'FR12345678901' } }, 'address')).to.equal(true);
      expect(flow.canLeave({ device, address: { ...address, vatNumber: '' } }, 'address')).to.equal(true);
      expect(flow.stepErrors({ device, address: { ...address, vatNumber: 'FR123' } }, 'address'))
        .to.deep.equal({ 'address.vatNumber': 'vat_invalid' });
    });
  });
});
