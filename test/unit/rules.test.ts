import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { addErrorWords, errorMessage } from '../../src/i18n/error-messages.js';
import '../../src/i18n/step-error-messages.js';
import type { ErrorCode } from '../../src/schema/codes.js';
import { matchesSerialFormat, modelFromSerial, serialNamesOtherModel } from '../../src/schema/rules.js';

// The catalogue's families: aircraft ^[0-9][0-9A-Z]{13}$, handheld and camera ^[0-9A-Z]{14}$, accessory ^[0-9A-Z]{10,20}$.
const config = defaultConfig;

describe('serial-number rules (pure)', () => {
  it('tells the families of one serial apart, whichever is asked first', () => {
    expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN', undefined, 'handheld')).to.equal(true);
    expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN', undefined, 'aircraft')).to.equal(false);
    expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN', undefined, 'camera')).to.equal(true);
    expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN', undefined, 'no-such-family')).to.equal(false);
    expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN')).to.equal(true);
  });

  it('answers for each new value as the customer types, and again for a value seen before', () => {
    const typed = ['0K1C', '0K1CG1R0A3005', '0K1CG1R0A30059', '0K1CG1R0A300591', '0K1CG1R0A30059'];
    expect(typed.map((s) => matchesSerialFormat(config, s, 'mavic-mini'))).to.deep.equal([false, false, true, false, true]);
    expect(typed.map((s) => matchesSerialFormat(config, s))).to.deep.equal([false, true, true, true, true]);
    expect(typed.map((s) => modelFromSerial(config, s)?.id)).to.deep.equal([undefined, undefined, 'mavic-mini', undefined, 'mavic-mini']);
  });

  it('reads a serial as copied from a label: spaces and lower case', () => {
    expect(matchesSerialFormat(config, '0k1c g1r0 a300 59', 'mavic-mini')).to.equal(true);
    expect(modelFromSerial(config, '0k1c g1r0 a300 59')?.id).to.equal('mavic-mini');
  });

  it('answers for the catalogue it is given, with the same serial', () => {
    const aircraftOnly = { ...config, serialFormats: config.serialFormats.filter((f) => f.id === 'aircraft') };
    for (let i = 0; i < 2; i++) {
      expect(matchesSerialFormat(config, 'ABCDEFGHIJKLMN')).to.equal(true);
      expect(matchesSerialFormat(aircraftOnly, 'ABCDEFGHIJKLMN')).to.equal(false);
    }
  });

  it('finds the serial of another model of the same family', () => {
    expect(serialNamesOtherModel(config, '0K1CG1R0A30059', 'mini-2')).to.equal(true);
    expect(serialNamesOtherModel(config, '0K1CG1R0A30059', 'mavic-mini')).to.equal(false);
  });
});

describe('error words', () => {
  it('words the Device step errors without asking the later steps for theirs', () => {
    const asked: ErrorCode[] = [];
    addErrorWords((code) => {
      asked.push(code);
      return undefined;
    });
    expect(errorMessage('serial_unrecognised', config, 'en', 'device.serial')).to.equal(
      'We could not recognise this serial number. Check it, or choose your model from the list instead.',
    );
    expect(errorMessage('serial_format', config, 'en', 'malfunction.aircraftSerial')).to.equal(
      'This serial number does not have the expected format. Check the label on your product.',
    );
    expect(errorMessage('country_not_in_zone', config, 'en', 'device.country')).to.equal('Select a country or region in the chosen service zone.');
    expect(asked).to.deep.equal([]);
    // The later steps' codes still come from their words, and the generic ones last.
    expect(errorMessage('issues_required', config, 'en', 'malfunction.issues')).to.equal('Select at least one problem.');
    expect(errorMessage('required', config, 'en', 'malfunction.description')).to.equal('Describe the problem.');
    expect(errorMessage('required', config, 'en', 'parts.unknown')).to.equal('This field is required.');
    expect(asked).to.deep.equal(['required']);
  });
});
