import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import { summaryErrors, visibleErrors } from '../../src/flow/visible-errors.js';
import { addressRules } from '../../src/schema/address-rules.js';
import type { StepId } from '../../src/schema/options.js';
import type { RepairDraft } from '../../src/schema/request.js';
import { recordServerErrors } from '../../src/submit/server-errors.js';

const flow = createFlow(defaultConfig, { today: '2026-11-24', addressRules });
const known = { identifiedBy: 'serial', serial: '0K1CG1R0A30059', model: 'mavic-mini' } as const;
/** Next pressed on the Device step with a recognised serial and no zone. */
const atNext: RepairDraft = { device: known };
const typed = (serial: string): RepairDraft => ({ device: { identifiedBy: 'serial', serial } });
const state = (listedAt: RepairDraft | undefined, serverErrors = {}) => ({
  attempted: new Set<StepId>(listedAt ? ['device'] : []),
  listedAt: new Map<StepId, RepairDraft>(listedAt ? [['device', listedAt]] : []),
  revealed: new Set<string>(),
  serverErrors,
});

describe('the error summary (pure)', () => {
  it('lists nothing before Next', () => {
    expect(summaryErrors(flow, typed('0K1C'), 'device', state(undefined))).to.deep.equal({});
  });

  it('lists the errors found at Next', () => {
    expect(summaryErrors(flow, atNext, 'device', state(atNext))).to.deep.equal({
      'device.zone': 'required', 'device.country': 'required',
    });
  });

  it('does not list an error that typing brought since, which shows at its field', () => {
    const now = typed('0K1CG1R0A300591');
    expect(visibleErrors(flow, now, 'device', state(atNext))).to.have.property('device.serial');
    expect(summaryErrors(flow, now, 'device', state(atNext))).to.deep.equal({
      'device.zone': 'required', 'device.country': 'required',
    });
  });

  it('lists it once Next is pressed again', () => {
    const now = typed('0K1CG1R0A300591');
    expect(summaryErrors(flow, now, 'device', state(now))).to.have.keys('device.zone', 'device.country', 'device.serial');
  });

  it('drops an error once it is fixed', () => {
    const now = { device: { ...known, zone: 'europe' } } as const;
    expect(summaryErrors(flow, now, 'device', state(atNext))).to.deep.equal({ 'device.country': 'required' });
  });

  it('lists the endpoint’s errors that still apply, with the step’s own', () => {
    const serverErrors = recordServerErrors({ 'device.serial': 'serial_unrecognised' }, atNext);
    const listed = summaryErrors(flow, atNext, 'device', state(atNext, serverErrors));
    expect(listed).to.have.keys('device.serial', 'device.zone', 'device.country');
  });
});

describe('the errors shown at the fields after Next (pure)', () => {
  /** Next pressed on the Device step with the zone and country chosen and no way of naming the product yet. */
  const placed = { zone: 'europe', country: 'DE' } as const;
  const empty: RepairDraft = { device: placed };

  it('shows every error of the step at Next', () => {
    expect(visibleErrors(flow, empty, 'device', state(empty))).to.have.keys('device.identifiedBy');
  });

  it('does not greet a field an answer reveals with an error while it is empty: it waits for the next Next', () => {
    const byModel: RepairDraft = { device: { ...placed, identifiedBy: 'model' } };
    expect(flow.stepErrors(byModel, 'device'), 'the model is missing').to.have.keys('device.model');
    expect(visibleErrors(flow, byModel, 'device', state(empty))).to.deep.equal({});
    expect(visibleErrors(flow, byModel, 'device', state(byModel))).to.deep.equal({ 'device.model': 'required' });
  });

  it('follows the typing in a revealed field', () => {
    const bySerial: RepairDraft = { device: { ...placed, identifiedBy: 'serial', serial: '0K1C' } };
    expect(visibleErrors(flow, bySerial, 'device', state(empty))).to.have.keys('device.serial');
  });

  it('gives the same errors again while a field waits and nothing changed, so a step given them has nothing new to render', () => {
    const then: RepairDraft = { device: { zone: 'europe' } };
    const byModel: RepairDraft = { device: { zone: 'europe', identifiedBy: 'model' } };
    const v = state(then);
    const shown = visibleErrors(flow, byModel, 'device', v);
    expect(shown, 'the model waits; the country, missing at Next, shows').to.deep.equal({ 'device.country': 'required' });
    expect(visibleErrors(flow, byModel, 'device', v), 'rendered again with the same answers').to.equal(shown);
    expect(visibleErrors(flow, { device: { zone: 'europe', identifiedBy: 'model' } }, 'device', v), 'new answers, the same words')
      .to.deep.equal(shown);
    expect(visibleErrors(flow, { device: { zone: 'europe', country: 'DE', identifiedBy: 'model' } }, 'device', v)).to.deep.equal({});
    expect(visibleErrors(flow, byModel, 'device', state(byModel)), 'at the next Next').to.have.keys('device.country', 'device.model');
  });

  it('shows at once the error of a field emptied since Next', () => {
    expect(visibleErrors(flow, { device: { ...known, ...placed, serial: '' } }, 'device', state({ device: { ...known, ...placed } })))
      .to.have.keys('device.serial');
  });
});
