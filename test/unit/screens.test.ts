import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { createFlow } from '../../src/flow/flow.js';
import {
  answeredFields, applicableScreens, currentScreen, nextMove, previousScreen, resumeScreen, screenFor, screenOf, screenPosition, showsOn,
} from '../../src/flow/screens.js';
import { MALFUNCTION_SCREENS as plan } from '../../src/steps/malfunction/screens.js';
import type { RepairDraft } from '../../src/schema/request.js';

const flow = createFlow(defaultConfig, { today: '2026-11-24', addressRules: null });
const minimum = {
  serviceType: 'repair' as const, issues: ['gimbal-camera'], description: 'nothing works at all', supportContacted: true as const,
};
const crashed = { ...minimum, issues: ['crash-damage'], crashCause: 'product' as const, dataAnalysis: 'requested' as const };
const sectionsOf = (malfunction: RepairDraft['malfunction']) => flow.sections({ malfunction });
const errorsOf = (malfunction: RepairDraft['malfunction']) => flow.stepErrors({ malfunction }, 'malfunction');

describe('screens of a step (pure)', () => {
  it('places every Malfunction field of the schema on a screen', () => {
    const paths = Object.keys(errorsOf({ ...crashed, servicePlan: true, expressChoice: 'express', description: undefined,
      supportContacted: undefined, issues: ['crash-damage'], aircraftSerial: 'x', receivedOn: '2999-01-01', videoUrl: 'ftp://x' }));
    expect(paths.length).to.be.greaterThan(5);
    for (const path of paths) expect(screenOf(plan, path), path).to.be.a('string');
  });

  it('asks a repair in four screens, a crash with an analysis in seven, a replacement in one', () => {
    expect(applicableScreens(plan, sectionsOf(minimum))).to.deep.equal(['problem', 'description', 'purchase', 'plan']);
    expect(applicableScreens(plan, sectionsOf(crashed)))
      .to.deep.equal(['problem', 'description', 'purchase', 'plan', 'accident', 'analysis', 'flight']);
    expect(applicableScreens(plan, sectionsOf({ serviceType: 'replacement' }))).to.deep.equal(['problem']);
    expect(screenPosition(plan, sectionsOf(crashed), 'analysis')).to.deep.equal({ index: 6, count: 7 });
  });

  it('finds the screen of a field by its path, nested paths included, and none for another step', () => {
    expect(screenOf(plan, 'malfunction.description')).to.equal('description');
    expect(screenOf(plan, 'malfunction.proofOfPurchase.size')).to.equal('purchase');
    expect(screenOf(plan, 'malfunction.videoUrl')).to.equal('flight');
    expect(screenOf(plan, 'device.serial')).to.equal(undefined);
    expect(screenOf(plan, 'malfunction.toString')).to.equal(undefined);
  });

  describe('Next', () => {
    it('stays on a screen whose own fields have errors, whatever the later screens lack', () => {
      expect(nextMove(plan, sectionsOf({}), 'problem', errorsOf({}))).to.deep.equal({ to: 'errors' });
    });

    it('goes to the next screen when only later screens have errors', () => {
      const answered = { serviceType: 'repair' as const, issues: ['gimbal-camera'] };
      expect(nextMove(plan, sectionsOf(answered), 'problem', errorsOf(answered))).to.deep.equal({ to: 'screen', screen: 'description' });
    });

    it('skips the screens that do not apply, and leaves the step from the last one', () => {
      expect(nextMove(plan, sectionsOf(minimum), 'purchase', {})).to.deep.equal({ to: 'screen', screen: 'plan' });
      expect(nextMove(plan, sectionsOf(minimum), 'plan', {})).to.deep.equal({ to: 'step' });
      expect(nextMove(plan, sectionsOf(crashed), 'plan', {})).to.deep.equal({ to: 'screen', screen: 'accident' });
      const declined = { ...crashed, dataAnalysis: 'declined' as const };
      expect(nextMove(plan, sectionsOf(declined), 'accident', {})).to.deep.equal({ to: 'step' });
    });
  });

  it('goes a screen back with Previous, and out of the step from the first', () => {
    expect(previousScreen(plan, sectionsOf(crashed), 'accident')).to.equal('plan');
    expect(previousScreen(plan, sectionsOf(minimum), 'description')).to.equal('problem');
    expect(previousScreen(plan, sectionsOf(minimum), 'problem')).to.equal(undefined);
  });

  it('shows on a screen the errors of its own fields once Next was pressed there, and those no screen asks', () => {
    const checked = new Set(['description']);
    expect(showsOn(plan, 'description', 'malfunction.description', checked)).to.equal(true);
    expect(showsOn(plan, 'description', 'malfunction.issues', checked)).to.equal(false);
    expect(showsOn(plan, 'description', 'malfunction', checked)).to.equal(true);
    expect(showsOn(plan, 'description', 'malfunction.description', new Set()), 'before Next').to.equal(false);
    expect(showsOn(plan, 'plan', 'malfunction.aircraftSerial', new Set(['malfunction.aircraftSerial'])), 'a field checked alone')
      .to.equal(true);
    expect(showsOn(plan, 'plan', 'malfunction.expressConfirmed', new Set(['malfunction.aircraftSerial']))).to.equal(false);
    const photosChecked = new Set(['malfunction.photos']);
    expect(showsOn(plan, 'photos', 'malfunction.photos.gimbal-close-up', photosChecked), 'a shot, below the photos checked')
      .to.equal(true);
    expect(showsOn(plan, 'photos', 'malfunction.photos', photosChecked), 'all the photos').to.equal(true);
    expect(showsOn(plan, 'description', 'malfunction.description', new Set(['malfunction.desc'])), 'below, not alike')
      .to.equal(false);
  });

  it('counts as answered the fields that hold something', () => {
    expect(answeredFields({ serviceType: 'repair', issues: [], description: '', servicePlan: false, videoUrl: undefined }))
      .to.deep.equal(['serviceType', 'servicePlan']);
  });

  it('opens the screen holding errors or an answer to edit: the current one if it holds one, else the first', () => {
    const sections = sectionsOf(crashed);
    const paths = ['malfunction.description', 'malfunction.flightEnvironment'];
    expect(screenFor(plan, sections, 'plan', paths)).to.equal('description');
    expect(screenFor(plan, sections, 'analysis', paths)).to.equal('analysis');
    expect(screenFor(plan, sections, 'plan', ['malfunction.serviceType'])).to.equal('problem');
    expect(screenFor(plan, sections, 'plan', ['device.zone'])).to.equal('plan');
    // A field whose screen does not apply is not opened.
    expect(screenFor(plan, sectionsOf(minimum), 'plan', ['malfunction.accidentDate'])).to.equal('plan');
  });

  describe('after Resume', () => {
    it('opens the furthest screen answered when nothing before it is wrong', () => {
      const answers = { ...minimum, purchaseChannel: 'authorised-retailer' };
      expect(resumeScreen(plan, sectionsOf(answers), Object.keys(answers), Object.keys(errorsOf(answers)))).to.equal('purchase');
    });

    it('opens the first screen with an error before the furthest answered', () => {
      const answers = { serviceType: 'repair' as const, issues: ['gimbal-camera'], purchaseChannel: 'authorised-retailer' };
      expect(resumeScreen(plan, sectionsOf(answers), Object.keys(answers), Object.keys(errorsOf(answers)))).to.equal('description');
    });

    it('opens the first screen of a step not answered yet', () => {
      expect(resumeScreen(plan, sectionsOf({}), [], Object.keys(errorsOf({})))).to.equal('problem');
    });
  });

  it('falls back to the nearest screen before one that no longer applies', () => {
    expect(currentScreen(plan, sectionsOf(crashed), 'flight')).to.equal('flight');
    expect(currentScreen(plan, sectionsOf({ ...crashed, dataAnalysis: 'declined' }), 'flight')).to.equal('accident');
    expect(currentScreen(plan, sectionsOf({ serviceType: 'replacement' }), 'plan')).to.equal('problem');
  });
});
