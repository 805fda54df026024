import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import { addressRules } from '../../src/schema/address-rules.js';
import { isInZone, validateAddress, type AddressValues } from '../../src/schema/address.js';
import { getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { isValidPhone } from '../../src/schema/phone.js';
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

    it('refuse codes no postal operator uses, and accept British Forces addresses', () => {
      const cases: [string, string, boolean][] = [
        ['GB', 'QQ1 1AA', false], ['GB', 'XY1 1AA', false], ['GB', 'SW1A 1AC', false], ['GB', 'BFPO 801', true],
        ['GB', 'BFPO801', true], ['GB', 'GIR 0AA', true], ['GB', 'M1 1AE', true], ['GB', 'B33 8TH', true],
        ['GB', 'W1A 0AX', true], ['GB', 'CR2 6XH', true], ['GB', 'DN55 1PT', true],
        ['NL', '1012 SS', false], ['NL', '1012SS', false], ['NL', '1012 SA', false], ['NL', '1012 SD', false],
        ['NL', '1012 AB', true], ['NL', '1012AB', true],
        ['DE', '00000', false], ['DE', '00999', false], ['DE', '01067', true], ['DE', '99998', true],
        ['FR', '00100', false], ['FR', '96000', false], ['FR', '01000', true], ['FR', '20000', true],
        ['FR', '97400', true], ['FR', '98800', true], ['FR', '95000', true],
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
    /** Each number is valid, or not, for an address in its country. */
    const expectPhones = (cases: [string, string, boolean][]) => {
      for (const [country, phone, valid] of cases) expect(isValidPhone(country, phone), `${country} "${phone}"`).to.equal(valid);
    };

    it('read a national number of every country of the default zones', () => {
      for (const country of defaultZoneCountries) {
        const example = getExampleNumber(country as CountryCode, examples);
        expect(example, country).not.to.equal(undefined);
        expect(isValidPhone(country, example!.formatNational()), `${country} ${example!.formatNational()}`).to.equal(true);
      }
    });

    it('agree with the numbering plans: no such area code, calling code or length; freephone and carrier prefixes', () => {
      expectPhones([
        ['US', '+1 123-456-7890', false], ['US', '(555) 555-5555', false], ['FR', '+999 1234 5678', false],
        ['JP', '090-1234-567', false], ['BR', '(11) 8765-4321', false], ['DE', '+49 1 2345678', false],
        ['GB', '+44 20 7946 095', false], ['GB', '0800 1111', true], ['BR', '0 21 11 98765 4321', true],
      ]);
    });

    it('accept landlines, mobiles and foreign numbers, national or international, and refuse wrong lengths', () => {
      expectPhones([
        ['FR', '06 12 34 56 78', true], ['FR', '+33 6 12 34 56 78', true], ['FR', '0033 612345678', true],
        ['FR', '+33 (0)6 12 34 56 78', true], ['FR', '06 12 34 56', false], ['FR', '+33 6 12 34 56 78 9', false],
        ['FR', '+32 470 12 34 56', true], ['FR', '06-12-34-56-78', true], ['FR', '01 76 54 12 34', true],
        ['US', '(212) 555-0100', true], ['US', '+1 562 555 0100', true], ['US', '1 562 555 0100', true],
        ['US', '555 1234', false], ['CA', '(613) 555-0199', true], ['DE', '030 1234567', true],
        ['DE', '+49 151 23456789', true], ['DE', '0800 1234567', true], ['GB', '020 7946 0958', true],
        ['GB', '07911 123456', true], ['GB', '+44 7911 123456', true], ['NL', '010 123 4567', true],
        ['NL', '06 12345678', true], ['NL', '06 1234567', false], ['IT', '06 1234 5678', true],
        ['IT', '+39 312 345 6789', true], ['ES', '912 345 678', true], ['ES', '+34 612 345 678', true],
        ['ES', '12 345 678', false], ['BE', '+32 2 555 12 12', true], ['CH', '044 668 18 00', true],
        ['AT', '01 58858 0', true], ['PL', '+48 22 123 45 67', true], ['SE', '08-123 456 78', true],
        ['IE', '+353 1 234 5678', true], ['CN', '138 0013 8000', true], ['JP', '03-1234-5678', true],
        ['JP', '090-1234-5678', true], ['BR', '(11) 98765-4321', true], ['BR', '(11) 3456-7890', true],
        ['AU', '(02) 9374 4000', true], ['AU', '0412 345 678', true], ['IN', '+91 98765 43210', true],
        ['HK', '+852 2123 4567', true], ['ZW', '+263 77 123 4567', true], ['ZW', '+263 1234567890123456', false],
      ]);
    });

    it('refuse letters, a misplaced plus, and a national number without a country', () => {
      expect(isValidPhone('FR', '06 12 AB 56 78')).to.equal(false);
      expect(isValidPhone('FR', '06+12345678')).to.equal(false);
      expect(isValidPhone('FR', 'call me')).to.equal(false);
      expect(isValidPhone('', '06 12 34 56 78')).to.equal(false);
      expect(isValidPhone('', '+33 6 12 34 56 78')).to.equal(true);
    });
  });

  describe('VAT numbers', () => {
    it('cover the EU countries, GB, CH and NO, each with an example that passes the check digits', () => {
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
        ['FR', 'FR40303265045', true], ['FR', 'fr 40 303 265 045', true], ['FR', '40303265045', true],
        ['FR', 'FR123', false], ['FR', 'DE136695976', false], ['DE', 'DE136695976', true],
        ['GR', 'EL094259216', true], ['GR', 'GR094259216', true], ['NL', 'NL004495445B01', true], ['NL', 'NL004495445', false],
        ['CH', 'CHE-107.787.577 IVA', true], ['CH', 'CHE-107.787.577', true], ['CH', 'CHE-107.787', false],
        ['NO', 'NO 995 525 828 MVA', true], ['GB', 'GB 980 7806 84', true], ['AT', 'ATU13585627', true], ['AT', 'AT13585627', false],
      ];
      for (const [country, number, valid] of cases) {
        expect(isValidVat(country, number), `${country} "${number}"`).to.equal(valid);
      }
    });

    it('accept numbers whose check digits are right, in every EU country, GB, CH and NO', () => {
      const valid: [string, string][] = [
        ['AT', 'ATU13585627'], ['BE', 'BE0403019261'], ['BG', 'BG175074752'], ['HR', 'HR33392005961'], ['CY', 'CY10259033P'],
        ['CZ', 'CZ25123891'], ['DK', 'DK13585628'], ['EE', 'EE100931558'], ['FI', 'FI20774740'], ['FR', 'FR40303265045'],
        ['DE', 'DE136695976'], ['GR', 'EL094259216'], ['HU', 'HU12892312'], ['IE', 'IE6433435F'], ['IE', 'IE8D79739I'],
        ['IE', 'IE6433435OA'], ['IT', 'IT00743110157'], ['LV', 'LV40003521600'], ['LT', 'LT119511515'], ['LU', 'LU15027442'],
        ['MT', 'MT11679112'], ['NL', 'NL004495445B01'], ['NL', 'NL002455799B11'], ['PL', 'PL8567346215'], ['PT', 'PT501964843'],
        ['RO', 'RO18547290'], ['SK', 'SK2022749619'], ['SI', 'SI50223054'], ['ES', 'ESA13585625'], ['SE', 'SE123456789701'],
        ['GB', 'GB980780684'], ['CH', 'CHE-107.787.577 IVA'], ['NO', 'NO995525828MVA'],
      ];
      for (const [country, number] of valid) expect(isValidVat(country, number), `${country} "${number}"`).to.equal(true);
    });

    it('refuse well-formed numbers whose check digits are wrong, including the old hint examples', () => {
      const invalid: [string, string][] = [
        ['FR', 'FR12345678901'], ['DE', 'DE123456789'], ['NL', 'NL123456789B01'], ['FR', 'FR40303265046'],
        ['DE', 'DE136695977'], ['AT', 'ATU13585626'], ['BE', 'BE0403019262'], ['IT', 'IT00743110158'],
        ['PL', 'PL8567346216'], ['ES', 'ESA13585626'], ['GB', 'GB980780685'], ['AT', 'ATU12345678'],
        ['BE', 'BE0123456789'], ['DK', 'DK12345678'], ['GR', 'EL123456789'], ['SE', 'SE123456789001'],
      ];
      for (const [country, number] of invalid) expect(isValidVat(country, number), `${country} "${number}"`).to.equal(false);
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
      expect(flow.canLeave({ device, address: { ...address, vatNumber: 'FR40303265045' } }, 'address')).to.equal(true);
      expect(flow.canLeave({ device, address: { ...address, vatNumber: '' } }, 'address')).to.equal(true);
      expect(flow.stepErrors({ device, address: { ...address, vatNumber: 'FR123' } }, 'address'))
        .to.deep.equal({ 'address.vatNumber': 'vat_invalid' });
    });
  });
});
