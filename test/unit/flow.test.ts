import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow, localToday } from '../../src/flow/flow.js';
import { addressRules } from '../../src/schema/address-rules.js';
import type { RepairDraft } from '../../src/schema/request.js';
import { STEPS } from '../../src/schema/options.js';
import { validDraft } from './fixtures.js';
import { resolveLocale } from '../../src/i18n/resolve-locale.js';

const flow = createFlow(defaultConfig, { today: '2026-11-24', addressRules });
const device = { zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' } as const;
const malfunction = {
  serviceType: 'repair' as const, issues: ['gimbal-camera'], description: 'nothing works at all', supportContacted: true as const,
};

describe('flow (pure)', () => {
  describe('Device', () => {
    it('requires zone, country and a way to identify the product', () => {
      expect(flow.stepErrors({}, 'device')).to.deep.equal({
        'device.zone': 'required', 'device.country': 'required', 'device.identifiedBy': 'required',
      });
    });

    it('refuses a country outside the zone', () => {
      expect(flow.stepErrors({ device: { ...device, country: 'US' } }, 'device')).to.deep.equal({
        'device.country': 'country_not_in_zone',
      });
    });

    it('requires the model when choosing by model, and accepts the seed example', () => {
      expect(flow.stepErrors({ device: { ...device, model: undefined } }, 'device')).to.deep.equal({ 'device.model': 'required' });
      expect(flow.canLeave({ device }, 'device')).to.equal(true);
    });

    it('checks a serial against the model family format', () => {
      const d = { ...device, identifiedBy: 'serial', serial: 'ABC' } as const;
      expect(flow.stepErrors({ device: d }, 'device')).to.deep.equal({ 'device.serial': 'serial_format' });
      expect(flow.stepErrors({ device: { ...d, serial: '0K1CG1R0A30059' } }, 'device')).to.deep.equal({});
    });

    it('ignores a serial typed before switching to choosing by model', () => {
      expect(flow.stepErrors({ device: { ...device, serial: '0K1C' } }, 'device')).to.deep.equal({});
      expect(flow.prune({ device: { ...device, serial: '0K1C' } }).device).not.to.have.property('serial');
    });

    it('refuses a serial number that the catalogue gives to another model', () => {
      // 0K1C… is a Mavic Mini serial (the catalogue's prefixes), of the same family format as the Mini 2.
      const d = { ...device, identifiedBy: 'serial', model: 'mini-2', serial: '0K1CG1R0A30059' } as const;
      expect(flow.stepErrors({ device: d }, 'device')).to.deep.equal({ 'device.serial': 'serial_model_mismatch' });
      expect(flow.stepErrors({ device: { ...d, identifiedBy: 'owned' } }, 'device')).to.deep.equal({ 'device.serial': 'serial_model_mismatch' });
      expect(flow.stepErrors({ device: { ...d, model: 'mavic-mini' } }, 'device')).to.deep.equal({});
    });

    it('takes a serial number no prefix names for the model it comes with', () => {
      const d = { ...device, identifiedBy: 'owned', model: 'mini-2', serial: '7ZZZZ00000000A' } as const;
      expect(flow.stepErrors({ device: d }, 'device')).to.deep.equal({});
    });

    it('asks for a model when a well-formed serial was not recognised', () => {
      const d = { ...device, identifiedBy: 'serial', serial: '7ZZZZ00000000A', model: undefined } as const;
      expect(flow.stepErrors({ device: d }, 'device')).to.deep.equal({ 'device.serial': 'serial_unrecognised' });
    });
  });

  describe('Malfunction', () => {
    it('requires service type, at least one issue, a description and the support confirmation', () => {
      expect(flow.stepErrors({}, 'malfunction')).to.deep.equal({
        'malfunction.serviceType': 'required',
        'malfunction.issues': 'issues_required',
        'malfunction.description': 'required',
        'malfunction.supportContacted': 'support_contact_required',
      });
    });

    it('lists errors in the order the fields appear', () => {
      expect(Object.keys(flow.stepErrors({ malfunction: { receivedOn: '2099-01-01' } }, 'malfunction'))).to.deep.equal([
        'malfunction.serviceType', 'malfunction.issues', 'malfunction.description',
        'malfunction.supportContacted', 'malfunction.receivedOn',
      ]);
    });

    it('asks nothing else once a replacement is chosen, which is requested by e-mail', () => {
      expect(flow.stepErrors({ malfunction: { serviceType: 'replacement' } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.serviceType': 'replacement_by_email' });
    });

    it('does not continue online for a replacement', () => {
      expect(flow.stepErrors({ malfunction: { ...malfunction, serviceType: 'replacement' } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.serviceType': 'replacement_by_email' });
    });

    it('bounds the description length', () => {
      expect(flow.stepErrors({ malfunction: { ...malfunction, description: 'short' } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.description': 'description_too_short' });
      expect(flow.stepErrors({ malfunction: { ...malfunction, description: 'x'.repeat(2001) } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.description': 'description_too_long' });
    });

    it('refuses a receipt date in the future', () => {
      expect(flow.stepErrors({ malfunction: { ...malfunction, receivedOn: '2026-11-25' } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.receivedOn': 'date_in_future' });
      expect(flow.canLeave({ malfunction: { ...malfunction, receivedOn: '2026-11-24' } }, 'malfunction')).to.equal(true);
    });

    it('accepts a proof of purchase of a listed type up to 25 MB only', () => {
      const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
      expect(flow.stepErrors({ malfunction: { ...malfunction, proofOfPurchase: file('invoice.exe', 10) } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.proofOfPurchase': 'file_type' });
      expect(flow.stepErrors({ malfunction: { ...malfunction, proofOfPurchase: file('invoice.pdf', 25 * 1024 * 1024 + 1) } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.proofOfPurchase': 'file_too_large' });
      expect(flow.canLeave({ malfunction: { ...malfunction, proofOfPurchase: file('invoice.PDF', 1000) } }, 'malfunction')).to.equal(true);
    });

    it('offers the express path with a service plan, and then needs a confirmed aircraft serial', () => {
      const m = { ...malfunction, servicePlan: true };
      expect(flow.sections({ malfunction: m }).expressOffer).to.equal(true);
      expect(flow.stepErrors({ malfunction: m }, 'malfunction')).to.deep.equal({ 'malfunction.expressChoice': 'required' });
      expect(flow.canLeave({ malfunction: { ...m, expressChoice: 'standard' } }, 'malfunction')).to.equal(true);
      const express = { ...m, expressChoice: 'express' } as const;
      expect(flow.stepErrors({ malfunction: express }, 'malfunction')).to.deep.equal({ 'malfunction.aircraftSerial': 'required' });
      expect(flow.stepErrors({ malfunction: { ...express, aircraftSerial: '0K1CG1R0A30059' } }, 'malfunction'))
        .to.deep.equal({ 'malfunction.expressConfirmed': 'express_confirm_required' });
      expect(flow.canLeave({ malfunction: { ...express, aircraftSerial: '0K1CG1R0A30059', expressConfirmed: true } }, 'malfunction')).to.equal(true);
    });

    it('checks the express aircraft serial against the Device step’s aircraft, and any against another product', () => {
      const express = { ...malfunction, servicePlan: true, expressChoice: 'express', aircraftSerial: '0K1CG1R0A30059', expressConfirmed: true } as const;
      expect(flow.stepErrors({ device, malfunction: express }, 'malfunction'), 'a Mavic Mini’s serial for a Mavic Mini').to.deep.equal({});
      const mini2 = { ...device, model: 'mini-2' };
      expect(flow.stepErrors({ device: mini2, malfunction: express }, 'malfunction'))
        .to.deep.equal({ 'malfunction.aircraftSerial': 'aircraft_serial_other_model' });
      expect(flow.canLeave({ device: mini2, malfunction: express }, 'malfunction')).to.equal(false);
      expect(flow.stepErrors({ device: { ...device, model: 'rc-n1' }, malfunction: express }, 'malfunction'), 'a remote controller').to.deep.equal({});
      const unknownPrefix = { ...express, aircraftSerial: '0ZZZG1R0A30059' };
      expect(flow.stepErrors({ device: mini2, malfunction: unknownPrefix }, 'malfunction'), 'a serial no prefix names').to.deep.equal({});
    });

    describe('with crash damage', () => {
      const crash = { ...malfunction, issues: ['crash-damage'] };
      const details = {
        accidentDate: '2026-11-20', flightEnvironment: 'city', abnormalCondition: 'black-screen',
        flightAccount: 'pilot@example.com', flightDataSynced: true,
      } as const;

      it('requires the cause', () => {
        expect(flow.stepErrors({ malfunction: crash }, 'malfunction')).to.deep.equal({ 'malfunction.crashCause': 'required' });
        expect(flow.canLeave({ malfunction: { ...crash, crashCause: 'user' } }, 'malfunction')).to.equal(true);
      });

      it('offers data analysis for a product-related cause', () => {
        const m = { ...crash, crashCause: 'product' } as const;
        expect(flow.stepErrors({ malfunction: m }, 'malfunction')).to.deep.equal({ 'malfunction.dataAnalysis': 'required' });
        expect(flow.canLeave({ malfunction: { ...m, dataAnalysis: 'declined' } }, 'malfunction')).to.equal(true);
      });

      it('requires the accident details when analysis is requested', () => {
        const m = { ...crash, crashCause: 'product', dataAnalysis: 'requested' } as const;
        expect(flow.stepErrors({ malfunction: m }, 'malfunction')).to.deep.equal({
          'malfunction.accidentDate': 'required',
          'malfunction.flightEnvironment': 'required',
          'malfunction.abnormalCondition': 'required',
          'malfunction.flightAccount': 'required',
          'malfunction.flightDataSynced': 'flight_data_sync_required',
        });
        expect(flow.canLeave({ malfunction: { ...m, ...details } }, 'malfunction')).to.equal(true);
      });

      it('checks the accident date, the account e-mail and the video link', () => {
        const m = { ...crash, crashCause: 'product', dataAnalysis: 'requested', ...details } as const;
        expect(flow.stepErrors({ malfunction: { ...m, accidentDate: '2026-12-01' } }, 'malfunction'))
          .to.deep.equal({ 'malfunction.accidentDate': 'date_in_future' });
        expect(flow.stepErrors({ malfunction: { ...m, receivedOn: '2026-11-21' } }, 'malfunction'))
          .to.deep.equal({ 'malfunction.accidentDate': 'date_before_receipt' });
        expect(flow.stepErrors({ malfunction: { ...m, flightAccount: 'pilot@' } }, 'malfunction'))
          .to.deep.equal({ 'malfunction.flightAccount': 'email_invalid' });
        expect(flow.stepErrors({ malfunction: { ...m, videoUrl: 'javascript:alert(1)' } }, 'malfunction'))
          .to.deep.equal({ 'malfunction.videoUrl': 'url_invalid' });
        expect(flow.canLeave({ malfunction: { ...m, videoUrl: 'https://drive.example.com/v/1' } }, 'malfunction')).to.equal(true);
      });

      it('drops the crash answers from the request when crash damage is unticked', () => {
        const draft: RepairDraft = { malfunction: { ...crash, crashCause: 'product', dataAnalysis: 'requested', ...details, issues: ['battery'] } };
        const pruned = flow.prune(draft).malfunction!;
        expect(pruned).not.to.have.property('crashCause');
        expect(pruned).not.to.have.property('accidentDate');
        expect(draft.malfunction).to.have.property('crashCause', 'product');
      });
    });
  });

  it('reports bad input from outside the widget as errors, never by throwing', () => {
    const bad = { device: null, malfunction: { issues: 5, receivedOn: 7, accidentDate: {} }, address: 'x' } as unknown as RepairDraft;
    const result = flow.parse(bad);
    expect(result.ok).to.equal(false);
    expect(() => flow.sections(bad)).not.to.throw();
  });

  it('formats today as YYYY-MM-DD in local time', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
  });

  describe('a step’s errors', () => {
    const drafts: Record<string, RepairDraft> = {
      'an empty draft': {},
      'a serial of the wrong format': { device: { ...device, identifiedBy: 'serial', serial: '0K1C' } },
      'a serial no model has': { device: { zone: 'europe', country: 'FR', identifiedBy: 'serial', serial: '0K1CG1R0A300591' } },
      'a serial typed, then the product chosen by model': { device: { ...device, serial: 'nonsense' } },
      'a country outside the zone, and no problem described': { device: { ...device, country: 'US' }, malfunction: { serviceType: 'repair' } },
      'a crash answered halfway': {
        device, malfunction: { ...malfunction, issues: ['crash-damage'], crashCause: 'user', accidentDate: '2099-01-01' },
      },
      'answers of a section that no longer applies': { device, malfunction: { ...malfunction, serviceType: 'replacement', description: '' } },
      'a return address outside the zone': {
        ...validDraft, address: { ...validDraft.address, returnAddress: { ...validDraft.address!.returnAddress!, country: 'US' } },
      },
      'an express aircraft serial of another model than the Device step’s': {
        ...validDraft, malfunction: {
          ...validDraft.malfunction, servicePlan: true, expressChoice: 'express', aircraftSerial: '1WYCG1R0A30059', expressConfirmed: true,
        },
      },
      'a complete request': validDraft,
    };
    for (const [name, draft] of Object.entries(drafts)) {
      it(`are those the whole request's check finds in that step, for ${name}`, () => {
        // A new flow for each side: a step checked alone must agree with the whole request checked at once.
        const alone = createFlow(defaultConfig, { today: '2026-11-24', addressRules });
        const whole = createFlow(defaultConfig, { today: '2026-11-24', addressRules }).parse(draft);
        for (const step of STEPS) {
          const expected = whole.ok ? [] : Object.entries(whole.errors).filter(([path]) => path.startsWith(`${step}.`));
          expect(Object.entries(alone.stepErrors(draft, step)), step).to.deep.equal(expected);
        }
      });
    }
  });

  describe('locale resolution', () => {
    const supported = ['en', 'fr', 'de', 'pt', 'zh-Hans', 'ar'];
    it('falls back from regional tags', () => {
      expect(resolveLocale(['fr-CA'], supported)).to.equal('fr');
      expect(resolveLocale(['pt-BR'], supported)).to.equal('pt');
      expect(resolveLocale(['zh-CN'], supported)).to.equal('zh-Hans');
      expect(resolveLocale([null, '', 'xx', 'de-AT'], supported)).to.equal('de');
      expect(resolveLocale(['xx'], supported)).to.equal('en');
    });
  });
});
